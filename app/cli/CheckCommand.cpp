#include "cli/CheckCommand.h"

#include "base/CsvField.h"
#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

#include <optional>

namespace nianbao {

namespace {

QString locationText(const ReportPlace &l)
{
    const QJsonObject o = l.toJson();
    QStringList parts;
    for (const char *key : { "table", "row", "column", "section", "paragraph", "field" }) {
        const QString k = QString::fromLatin1(key);
        if (o.contains(k))
            parts << o.value(k).toString();
    }
    return parts.join(QLatin1Char('/'));
}

/// A name as one field of a tab-separated line: a tab or a line break in a file's name (or
/// an agency's) would split it; such a name is written quoted, with C escapes.
QString oneField(const QString &text)
{
    if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

int CheckCommand::summary(const QStringList &files, Summary form, QTextStream &out, QTextStream &err)
{
    struct Row
    {
        QString file, agency, error;
        ReviewState reviewState = ReviewState::Draft;
        int year = 0, errors = 0, warnings = 0, infos = 0;
    };
    // Each report on its own core; rows in the order given.
    const QList<Row> rows = QtConcurrent::blockingMapped(files, [](const QString &file) {
        Row row;
        row.file = file;
        Report report;
        FormatError error;
        if (!FormatRegistry::instance().readFile(file, report, error)) {
            row.error = error.message();
            return row;
        }
        row.agency = report.agency;
        row.year = report.year;
        row.reviewState = report.review.state;
        for (const Finding &f : RuleEngine::check(report)) {
            row.errors += f.severity == Severity::Error;
            row.warnings += f.severity == Severity::Warning;
            row.infos += f.severity == Severity::Info;
        }
        return row;
    });
    int status = 0;
    QJsonArray array;
    if (form == Summary::Csv) {
        out.setGenerateByteOrderMark(true); // WPS and Excel read UTF-8 only with it
        // For people, in the interface's language (JSON keeps its keys for programs).
        QStringList header;
        for (const QString &name : { tr("File"), tr("Agency"), tr("Year"), tr("Errors"), tr("Warnings"),
                                     tr("Notes"), tr("Review state") })
            header << CsvField::quoted(name);
        out << header.join(QLatin1Char(',')) << QStringLiteral("\r\n");
    }
    for (const Row &row : rows) {
        if (!row.error.isEmpty()) {
            err << row.error << Qt::endl;
            status = 2;
            continue;
        }
        if (row.errors > 0 && status == 0)
            status = 1;
        switch (form) {
        case Summary::Json:
            array.append(
                QJsonObject { { QStringLiteral("file"), row.file },
                              { QStringLiteral("agency"), row.agency },
                              { QStringLiteral("year"), row.year },
                              { QStringLiteral("errors"), row.errors },
                              { QStringLiteral("warnings"), row.warnings },
                              { QStringLiteral("infos"), row.infos },
                              { QStringLiteral("reviewState"), Review::stateKey(row.reviewState) } });
            break;
        case Summary::Csv:
            out << QStringList { CsvField::quoted(row.file),
                                 CsvField::quoted(row.agency),
                                 QString::number(row.year),
                                 QString::number(row.errors),
                                 QString::number(row.warnings),
                                 QString::number(row.infos),
                                 CsvField::quoted(Review::stateName(row.reviewState)) }
                       .join(QLatin1Char(','))
                << QStringLiteral("\r\n");
            break;
        case Summary::Text:
            out << QStringList { oneField(row.file),
                                 oneField(row.agency),
                                 QString::number(row.year),
                                 QString::number(row.errors),
                                 QString::number(row.warnings),
                                 QString::number(row.infos),
                                 Review::stateName(row.reviewState) }
                       .join(QLatin1Char('\t'))
                << Qt::endl;
            break;
        }
    }
    if (form == Summary::Json)
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out.flush();
    return status;
}

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::synopsis() const
{
    return QStringLiteral("[--json] [--previous LAST_YEAR] FILE... | --summary [--json|--csv] FILE...");
}

QString CheckCommand::description() const
{
    return tr("Run every consistency rule on each report and print the findings.");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return { { QStringLiteral("json"), tr("Print the findings as JSON.") },
             { QStringLiteral("summary"), tr("One line per report: agency, year, counts, review state.") },
             { QStringLiteral("csv"), tr("With --summary: CSV that WPS and Excel open (UTF-8 with BOM).") },
             { QStringLiteral("previous"), tr("Last year's report, for the cross-year rules."),
               tr("FILE") } };
}

int CheckCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("nianbao check: name at least one report file") << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("summary")))
        return summary(files,
                       json                                      ? Summary::Json
                           : parser.isSet(QStringLiteral("csv")) ? Summary::Csv
                                                                 : Summary::Text,
                       out, err);
    const QString previousFile = parser.value(QStringLiteral("previous"));
    const FormatRegistry &registry = FormatRegistry::instance();
    int status = 0;

    std::optional<Report> previous;
    if (!previousFile.isEmpty()) {
        Report last;
        FormatError error;
        if (!registry.readFile(previousFile, last, error)) {
            err << error.message() << Qt::endl;
            return 2; // without last year's report the cross-year rules cannot run as asked
        }
        previous = last;
    }

    QJsonArray results;
    for (const QString &file : files) {
        Report report;
        FormatError error;
        if (!registry.readFile(file, report, error)) {
            err << error.message() << Qt::endl;
            status = 2;
            continue;
        }
        const Findings findings = RuleEngine::check(report, previous ? &*previous : nullptr);
        int errors = 0, warnings = 0, infos = 0;
        for (const Finding &f : findings) {
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
            infos += f.severity == Severity::Info;
        }
        if (errors > 0 && status == 0)
            status = 1;

        if (json) {
            QJsonArray list;
            for (const Finding &f : findings)
                list.append(f.toJson());
            results.append(
                QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("findings"), list } });
            continue;
        }
        for (const Finding &f : findings) {
            out << file << QStringLiteral(": ") << severityKey(f.severity) << QStringLiteral(" ") << f.rule
                << QStringLiteral(" [") << locationText(f.location) << QStringLiteral("] ") << f.message
                << Qt::endl;
        }
        out << file << QStringLiteral(": ")
            << tr("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(infos) << Qt::endl;
    }
    if (json)
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    out.flush();
    return status;
}

} // namespace nianbao
