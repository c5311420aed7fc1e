#pragma once

#include <QString>

namespace nianbao {

/// One statistics cell as the report states it.
///
/// A cell is either blank (nothing, or a placeholder such as `/`, `-`, `—` that published
/// reports use for "nothing"), a number, or text that is not a number. Blank is never
/// silently turned into 0: the rules warn about it and the interchange format writes null.
/// Text that is not a number is kept as typed so that the check can name it.
class CellValue
{
public:
    enum class Kind : quint8 { Blank, Number, Invalid };

    /// The largest number a cell holds: 15 digits. Every count and fee of a real report is
    /// many orders below it, every whole number up to it and every sum of a thousand of them is
    /// exact in a double, and 15 significant digits survive every format (JSON, text, DOCX)
    /// unchanged. docs/limits.md.
    static constexpr double MaxNumber = 999999999999999.0;
    static constexpr int MaxSignificantDigits = 15;

    CellValue() = default;
    static CellValue blank(const QString &placeholder = {});
    static CellValue number(double value);
    static CellValue invalid(const QString &text);

    /// Reads a cell as written by a person or another program: surrounding spaces (ASCII
    /// and full-width) are ignored, full-width digits are read as digits (via ICU),
    /// thousands separators are dropped, the placeholders above mean blank.
    /// A number past the limits above (too large, or more than 15 significant digits) is kept
    /// as typed, as invalid text marked isBeyondLimits(), never rounded: readers refuse it
    /// (core/ReportLimits), the editor refuses the entry.
    static CellValue parse(QStringView text);
    /// True when `value` is within MaxNumber and its 15-significant-digit spelling is itself.
    static bool holdsExactly(double value);

    Kind kind() const { return m_kind; }
    bool isBlank() const { return m_kind == Kind::Blank; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isInvalid() const { return m_kind == Kind::Invalid; }
    /// Invalid text that is no number at all. Table recognizers count a number past the limits
    /// (9007199254740993) as a figure, so that it is refused in its own cell.
    bool isWords() const { return isInvalid() && !m_beyondLimits; }
    /// Text that is a number, but one past MaxNumber or MaxSignificantDigits.
    bool isBeyondLimits() const { return m_beyondLimits; }
    double number() const { return m_number; }
    /// The original spelling of a blank placeholder or of invalid text.
    const QString &text() const { return m_text; }

    bool isWholeNumber() const;
    /// The value as the number the arithmetic rules add up: blank counts as 0.
    double sumValue() const { return m_kind == Kind::Number ? m_number : 0.0; }

    /// How the value is written in text and table exports: integers without a decimal
    /// point, decimals with as many places as needed, blank as empty.
    QString toString() const;
    /// A figure as a person reads it beside another (comparisons, the 图解, memos): whole
    /// numbers in full, others to two places (fees in 万元).
    static QString figure(double value);
    /// The same for a cell: "—" where it holds no number (blank, or words).
    static QString figure(const CellValue &value);

    bool operator==(const CellValue &other) const;
    bool operator!=(const CellValue &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Blank;
    double m_number = 0.0;
    QString m_text;
    bool m_beyondLimits = false;
};

} // namespace nianbao
