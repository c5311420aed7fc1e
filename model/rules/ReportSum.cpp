#include "rules/ReportSum.h"

#include <QHash>
#include <QSet>

namespace nianbao {

Report ReportSum::sum(const QVector<Part> &parts, const QString &agency, Findings &findings,
                      QVector<Blank> &blanks)
{
    Report out;
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
        return out;
    }
    QHash<QString, QString> agencies; // agency → first file
    for (const Part &p : parts) {
        const QString a = p.report.agency.trimmed();
        if (a.isEmpty())
            continue;
        if (agencies.contains(a))
            findings.append({ QStringLiteral("sum.duplicateAgency"), Severity::Warning,
                              ReportPlace::ofField(ReportField::Agency),
                              tr("%1 appears twice: %2 and %3").arg(a, agencies.value(a), p.name), false });
        else
            agencies.insert(a, p.name);
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
