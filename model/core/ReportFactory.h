#pragma once

#include "core/Report.h"

namespace nianbao {

/// New reports: from the official template, or from last year's report.
namespace ReportFactory {

/// A new report of the official template: standard title and preamble, the six sections,
/// all cells blank (to be filled; the check says which are still blank).
Report newReport(const QString &agency, int year, BodyKind kind);

/// Next year's report from last year's: the agency and kind, the subsection headings of
/// 一 and 五 as a starting point, and 上年结转 = last year's 结转下年度 per column.
/// Last year's 现行有效件数 stay with last year's report, which the editor keeps attached
/// for the cross-year rules.
Report fromLastYear(const Report &lastYear);

} // namespace ReportFactory
} // namespace nianbao
