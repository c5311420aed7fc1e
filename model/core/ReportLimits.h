#pragma once

#include "base/FormatError.h"

#include <QCoreApplication>

namespace nianbao {

class CellValue;
class Report;

/// The largest report the program accepts from a file. A real annual report has about
/// 10,000 characters of prose and numbers of a few digits; the bounds leave a hundred times
/// that, and keep every later step (rules on each keystroke, page layout, PDF output) within
/// a known time and memory. docs/limits.md lists them with the file-level bounds.
class ReportLimits
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportLimits)

public:
    /// Title, agency, signature, subsection headings.
    static constexpr qsizetype MaxFieldLength = 1000;
    /// The text of one table cell (a number, or what was written instead of one).
    static constexpr qsizetype MaxCellLength = 1000;
    static constexpr qsizetype MaxParagraphLength = 100000;
    static constexpr qsizetype MaxParagraphs = 10000;
    static constexpr qsizetype MaxTotalLength = 2000000;
    static constexpr int MaxAnnotations = 10000;
    /// A summary's provenance: a value per summed report per cell (200 cells × 1,000 reports).
    static constexpr qsizetype MaxSources = 200000;

    /// True when `report` is within every bound; otherwise the error says which part is too
    /// long (its place) and by how much.
    static bool check(const Report &report, FormatError &error);

    /// A cell's number within CellValue::MaxNumber and its 15 significant digits (blank and
    /// text always are); the reason when it is not, with the number as it was written.
    static bool withinNumberLimits(const CellValue &value);
    static QString beyondNumberLimits(const CellValue &value);
    /// A cell's value as written, a whole number in full (1000000000000000, not 1e+15).
    static QString spelled(const CellValue &value);
};

} // namespace nianbao
