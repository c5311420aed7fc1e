#include "rules/ReportSum.h"

#include <QHash>
#include <QSet>

namespace nianbao {

Findings ReportSum::preflight(const QVector<Part> &parts)
{
    Findings findings;
    QSet<int> years;
    for (const Part &p : parts)
        years.insert(p.report.year);
    if (years.size() > 1) {
        QStringList list;
        for (const Part &p : parts)
            list << QStringLiteral("%1 (%2)").arg(p.name).arg(p.report.year);
        findings.append(
            { QStringLiteral("sum.mixedYears"), Severity::Error, ReportPlace::ofField(ReportField::Year),
              tr("The reports are of different years: %1").arg(list.join(QStringLiteral(", "))), false });
    }
    QHash<QString, QString> agencies; // agency → first file
    for (const Part &p : parts) {
        // One agency written with other spaces is the same agency.
        const QString a = p.report.agency.simplified().remove(QLatin1Char(' '));
        if (a.isEmpty())
            continue;
        if (agencies.contains(a))
            findings.append(
                { QStringLiteral("sum.duplicateAgency"), Severity::Warning,
                  ReportPlace::ofField(ReportField::Agency),
                  tr("%1 appears twice: %2 and %3").arg(p.report.agency.trimmed(), agencies.value(a), p.name),
                  false });
        else
            agencies.insert(a, p.name);
    }
    return findings;
}

Report ReportSum::sum(const QVector<Part> &parts, const QString &agency, Findings &findings,
                      QVector<Blank> &blanks)
{
    Report out;
    const Findings before = preflight(parts);
    findings += before;
    for (const Finding &f : before) {
        if (f.severity == Severity::Error)
            return out;
    }
    out.year = parts.isEmpty() ? 0 : parts.first().report.year;
    out.agency = agency;
    out.bodyKind = agency.endsWith(QStringLiteral("人民政府")) ? BodyKind::Government : BodyKind::Department;
    out.title = Report::standardTitle(out.agency, out.year);
    for (Section &s : out.sections) {
        s.paragraphs.clear();
        s.subsections.clear();
    }
    out.preamble.clear();
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        TableData &table = out.table(spec.id);
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c))
                    continue;
                const CellRef cell { spec.id, r, c };
                double total = 0;
                bool any = false;
                QVector<Blank> blankHere;
                QVector<CellSource> from;
                for (const Part &p : parts) {
                    const CellValue v = p.report.value(cell);
                    from.append({ p.report.agency.isEmpty() ? p.name : p.report.agency, v });
                    if (v.isNumber()) {
                        total += v.number();
                        any = true;
                    } else {
                        blankHere.append({ p.name, cell });
                    }
                }
                table.setAutomatic(r, c, false);
                if (!any) { // blank everywhere: stays blank
                    table.setStored(r, c, CellValue::blank());
                    continue;
                }
                table.setStored(r, c, CellValue::number(total));
                blanks += blankHere;
                out.sources.insert(spec.anchor(r, c), from);
            }
        }
    }
    // A summed total equal to the sum of the summed parts follows them from now on; one that
    // differs (a part stated an inconsistent total) stays stated, and the rules say so.
    out.adoptMatchingTotals();
    out.assignMissingAnchors();
    return out;
}

} // namespace nianbao
