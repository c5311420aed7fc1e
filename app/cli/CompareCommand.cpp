#include "cli/CompareCommand.h"

#include "document/ComparisonMemo.h"
#include "io/FormatRegistry.h"
#include "io/SafeWriter.h"
#include "rules/YearComparison.h"

#include <QJsonDocument>

#include <cmath>

namespace nianbao {

namespace {

QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + CellValue::figure(v);
}

} // namespace

QString CompareCommand::name() const
{
    return QStringLiteral("compare");
}

QString CompareCommand::synopsis() const
{
    return QStringLiteral("[--json] [--output MEMO.pdf|MEMO.docx|MEMO.json] LAST_YEAR THIS_YEAR");
}

QString CompareCommand::description() const
{
    return tr("Compare a report with the same agency's report of last year: how every figure moved, and "
              "which sentences were copied.");
}

bool CompareCommand::needsGui(const QStringList &arguments) const
{
    // A PDF memo is set in the report's fonts; JSON and DOCX need none.
    for (const QString &a : arguments) {
        if (a.toLower().endsWith(QLatin1String(".pdf")))
            return true;
    }
    return false;
}

QList<QCommandLineOption> CompareCommand::options() const
{
    return { { QStringLiteral("json"), tr("Print the comparison as JSON.") },
             { QStringLiteral("output"),
               tr("Also write the comparison as a memo: FILE.pdf, FILE.docx or FILE.json."),
               QStringLiteral("FILE") } };
}

int CompareCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << tr(
            "nianbao compare: expected last year's report and this year's, e.g. nianbao compare 2023.docx "
            "2024.docx")
            << Qt::endl;
        return 2;
    }
    Report last, now;
    FormatError error;
    if (!FormatRegistry::instance().readFile(files[0], last, error)
        || !FormatRegistry::instance().readFile(files[1], now, error)) {
        err << error.message() << Qt::endl;
        return 2;
    }
    QString why;
    if (!YearComparison::consecutive(last, now, &why)) {
        err << tr("nianbao compare: %1 and %2 cannot be compared: %3").arg(files[0], files[1], why)
            << Qt::endl;
        return 2;
    }
    const YearComparison comparison = YearComparison::compare(last, now);
    if (parser.isSet(QStringLiteral("output"))) {
        const QString memo = parser.value(QStringLiteral("output"));
        for (const QString &input : files) {
            if (SafeWriter::isSameFile(input, memo)) {
                err << tr("%1: refusing to write the memo over a report it compares").arg(memo) << Qt::endl;
                return 2;
            }
        }
        if (!ComparisonMemo::write(comparison, files[0], files[1], memo, error)) {
            err << error.message() << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(comparison.toJson(files[0], files[1])).toJson(QJsonDocument::Indented);
        return 0;
    }

    out << tr("%1: %2 compared with %3").arg(now.agency).arg(now.year).arg(last.year) << Qt::endl;
    const QVector<YearComparison::CellChange> largest = comparison.largestChanges(10);
    out << (largest.isEmpty() ? tr("No figure changed.") : tr("The largest changes:")) << Qt::endl;
    for (const YearComparison::CellChange &c : largest) {
        const TableSpec &spec = ReportTemplate::official().table(c.cell.table);
        out << QStringLiteral("  %1 / %2 / %3: %4 → %5 (%6%7)")
                   .arg(ReportTemplate::sectionHeading(spec.section), spec.rows[c.cell.row].label,
                        spec.columns[c.cell.column].label, CellValue::figure(c.last),
                        CellValue::figure(c.now), signedNumber(*c.change),
                        c.percent
                            ? QStringLiteral(", %1%").arg(signedNumber(std::round(*c.percent * 10) / 10))
                            : QString())
            << Qt::endl;
    }
    out << tr("Text repeated from last year's report:") << Qt::endl;
    for (int s = 0; s < SectionCount; ++s) {
        if (const std::optional<double> rate = comparison.prose.sections[s])
            out << QStringLiteral("  %1: %2%")
                       .arg(ReportTemplate::sectionHeading(static_cast<SectionId>(s)))
                       .arg(qRound(*rate * 100))
                << Qt::endl;
    }
    if (comparison.prose.overall)
        out << QStringLiteral("  %1: %2%")
                   .arg(tr("the whole report"))
                   .arg(qRound(*comparison.prose.overall * 100))
            << Qt::endl;
    for (const ProseRepetition::Sentence &r : comparison.prose.repeated)
        out << QStringLiteral("  = %1: %2").arg(ReportTemplate::sectionHeading(r.section), r.quote)
            << Qt::endl;
    for (const Finding &f : comparison.findings)
        out << severityKey(f.severity) << QLatin1Char(' ') << f.rule << QStringLiteral(": ") << f.message
            << Qt::endl;
    return 0;
}

} // namespace nianbao
