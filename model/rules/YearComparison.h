#pragma once

#include "core/Report.h"
#include "rules/Finding.h"
#include "rules/ProseRepetition.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace nianbao {

/// One agency's report beside last year's (`nianbao compare`, the 同比 page, the reviewer's
/// 年度对比 memo): every table cell's change, the prose repeated, the cross-year findings.
class YearComparison
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::YearComparison)

public:
    struct CellChange
    {
        CellRef cell;
        CellValue last;
        CellValue now;
        std::optional<double> change; ///< now − last; nullopt unless both are numbers
        std::optional<double> percent; ///< change / last × 100; nullopt also where last is 0
    };

    /// Compares; `last` is meant to be the same agency's report of the year before (see
    /// consecutive()).
    static YearComparison compare(const Report &last, const Report &now);
    /// True when `last` and `now` are one agency's reports of consecutive years; otherwise
    /// the reason, in the user's language.
    static bool consecutive(const Report &last, const Report &now, QString *why);
    /// "tables.applications.new.total": a cell as `compare --json` names it.
    static QString cellKey(const CellRef &cell);

    /// Cells with a change, largest first (by the change's size, then its percentage).
    QVector<CellChange> largestChanges(int count) const;
    /// The object of spec/interchange.md (`compare --json`).
    QJsonObject toJson(const QString &lastFile, const QString &nowFile) const;

    int lastYear = 0;
    int thisYear = 0;
    QString lastAgency;
    QString thisAgency;
    QVector<CellChange> cells; ///< every cell of the three tables, in table order
    ProseRepetition prose;
    Findings findings; ///< the cross-year rules' (crossYear.*)
};

} // namespace nianbao
