#pragma once

#include "core/Report.h"
#include "rules/Finding.h"

#include <QCoreApplication>

namespace nianbao {

/// The summary report of a district or city (`nianbao sum`, docs/interchange.md): every
/// table cell the sum of that cell over the reports; a cell blank in all of them stays blank,
/// blank in some counts as 0 and is listed; totals too are sums (computed again where they
/// agree with their summed parts). The
/// year is the reports' (sum.mixedYears when they differ), prose is empty.
class ReportSum
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportSum)

public:
    struct Part
    {
        QString name; ///< the file, as given
        Report report;
    };
    /// A blank cell counted as 0: which report, which cell.
    struct Blank
    {
        QString name;
        CellRef cell;
    };

    /// What stops or questions a sum before it is made: reports of different years
    /// (sum.mixedYears, an error) and one agency twice (sum.duplicateAgency).
    static Findings preflight(const QVector<Part> &parts);
    /// Sums `parts`. Findings: preflight()'s (after sum.mixedYears nothing is summed).
    static Report sum(const QVector<Part> &parts, const QString &agency, Findings &findings,
                      QVector<Blank> &blanks);
};

} // namespace nianbao
