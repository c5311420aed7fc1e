#include "cli/CheckCommand.h"

#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace nianbao {

namespace {

QString locationText(const Location &l)
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

} // namespace

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::synopsis() const
{
    return QStringLiteral("[--json] [--previous LAST_YEAR] FILE...");
}

QString CheckCommand::description() const
{
    return tr("Run every consistency rule on each report and print the findings.");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return { { QStringLiteral("json"), tr("Print the findings as JSON.") },
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
