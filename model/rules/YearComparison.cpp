#include "rules/YearComparison.h"

#include "base/TextNormalizer.h"
#include "rules/RuleEngine.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

QJsonValue numberOrNull(const CellValue &v)
{
    return v.isNumber() ? QJsonValue(v.number()) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

YearComparison YearComparison::compare(const Report &last, const Report &now)
{
    YearComparison out;
    out.lastYear = last.year;
    out.thisYear = now.year;
    out.lastAgency = last.agency;
    out.thisAgency = now.agency;
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c))
                    continue;
                CellChange change { CellRef { spec.id, r, c }, last.value(spec.id, r, c),
                                    now.value(spec.id, r, c), std::nullopt, std::nullopt };
                if (change.last.isNumber() && change.now.isNumber()) {
                    change.change = change.now.number() - change.last.number();
                    if (change.last.number() != 0)
                        change.percent = *change.change / change.last.number() * 100.0;
                }
                out.cells.append(change);
            }
        }
    }
    out.prose = ProseRepetition::measure(now, last);
    for (const Finding &f : RuleEngine::check(now, &last)) {
        if (f.rule.startsWith(QLatin1String("crossYear.")))
            out.findings.append(f);
    }
    return out;
}

bool YearComparison::consecutive(const Report &last, const Report &now, QString *why)
{
    const QString lastAgency = TextNormalizer::compact(last.agency);
    const QString thisAgency = TextNormalizer::compact(now.agency);
    if (lastAgency.isEmpty() || thisAgency.isEmpty())
        *why = tr("the agency of a report is not known, so they cannot be told to be one agency's");
    else if (lastAgency != thisAgency)
        *why = tr("they are the reports of two agencies: %1 and %2").arg(last.agency, now.agency);
    else if (last.year <= 0 || now.year <= 0)
        *why = tr("the year of a report is not known");
    else if (now.year != last.year + 1)
        *why = tr("they are the reports for %1 and %2, not for two consecutive years (last year's first)")
                   .arg(last.year)
                   .arg(now.year);
    else
        return true;
    return false;
}

QString YearComparison::cellKey(const CellRef &cell)
{
    const TableSpec &spec = ReportTemplate::official().table(cell.table);
    return QStringLiteral("tables.%1.%2.%3")
        .arg(spec.key, spec.rows[cell.row].key, spec.columns[cell.column].key);
}

QVector<YearComparison::CellChange> YearComparison::largestChanges(int count) const
{
    QVector<CellChange> changed;
    for (const CellChange &c : cells) {
        if (c.change && *c.change != 0)
            changed.append(c);
    }
    std::stable_sort(changed.begin(), changed.end(), [](const CellChange &a, const CellChange &b) {
        if (std::fabs(*a.change) != std::fabs(*b.change))
            return std::fabs(*a.change) > std::fabs(*b.change);
        return std::fabs(a.percent.value_or(0)) > std::fabs(b.percent.value_or(0));
    });
    return changed.mid(0, count);
}

QJsonObject YearComparison::toJson(const QString &lastFile, const QString &nowFile) const
{
    QJsonArray cellList;
    for (const CellChange &c : cells) {
        cellList.append(QJsonObject { { QStringLiteral("key"), cellKey(c.cell) },
                                      { QStringLiteral("last"), numberOrNull(c.last) },
                                      { QStringLiteral("this"), numberOrNull(c.now) },
                                      { QStringLiteral("change"), numberOrNull(c.change) },
                                      { QStringLiteral("percent"), numberOrNull(c.percent) } });
    }
    QJsonObject sections;
    for (int s = 0; s < SectionCount; ++s)
        sections.insert(ReportTemplate::sectionKey(static_cast<SectionId>(s)),
                        numberOrNull(prose.sections[s]));
    QJsonArray repeated;
    for (const ProseRepetition::Sentence &r : prose.repeated) {
        QJsonObject o { { QStringLiteral("section"), ReportTemplate::sectionKey(r.section) },
                        { QStringLiteral("paragraph"), r.paragraph },
                        { QStringLiteral("quote"), r.quote } };
        if (r.subsection >= 0)
            o.insert(QStringLiteral("subsection"), r.subsection);
        repeated.append(o);
    }
    QJsonArray findingList;
    for (const Finding &f : findings)
        findingList.append(f.toJson());
    return { { QStringLiteral("lastYear"),
               QJsonObject { { QStringLiteral("file"), lastFile },
                             { QStringLiteral("agency"), lastAgency },
                             { QStringLiteral("year"), lastYear } } },
             { QStringLiteral("thisYear"),
               QJsonObject { { QStringLiteral("file"), nowFile },
                             { QStringLiteral("agency"), thisAgency },
                             { QStringLiteral("year"), thisYear } } },
             { QStringLiteral("cells"), cellList },
             { QStringLiteral("repetition"),
               QJsonObject { { QStringLiteral("overall"), numberOrNull(prose.overall) },
                             { QStringLiteral("sections"), sections } } },
             { QStringLiteral("repeated"), repeated },
             { QStringLiteral("findings"), findingList } };
}

} // namespace nianbao
