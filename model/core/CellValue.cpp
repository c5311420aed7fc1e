#include "core/CellValue.h"

#include "base/TextNormalizer.h"

#include <cmath>

namespace nianbao {

namespace {

/// Digits that carry the value in a number as toDouble() accepts it: without the sign, the
/// exponent, leading zeros and zeros ending a fraction ("0.0120" has 2, "1200" has 4).
int significantDigits(const QString &ascii)
{
    qsizetype end = ascii.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    if (end < 0)
        end = ascii.size();
    const QStringView mantissa = QStringView(ascii).left(end);
    const bool fraction = mantissa.contains(QLatin1Char('.'));
    QString digits;
    for (QChar c : mantissa) {
        if (c.isDigit())
            digits.append(c);
    }
    qsizetype first = 0;
    while (first < digits.size() && digits.at(first) == QLatin1Char('0'))
        ++first;
    qsizetype last = digits.size();
    if (fraction) {
        while (last > first && digits.at(last - 1) == QLatin1Char('0'))
            --last;
    }
    return int(last - first);
}

} // namespace

CellValue CellValue::blank(const QString &placeholder)
{
    CellValue v;
    v.m_kind = Kind::Blank;
    v.m_text = placeholder;
    return v;
}

CellValue CellValue::number(double value)
{
    CellValue v;
    v.m_kind = Kind::Number;
    v.m_number = value;
    return v;
}

CellValue CellValue::invalid(const QString &text)
{
    CellValue v;
    v.m_kind = Kind::Invalid;
    v.m_text = text;
    return v;
}

CellValue CellValue::parse(QStringView text)
{
    const QString trimmed = TextNormalizer::trimmed(text);
    if (trimmed.isEmpty())
        return blank();
    if (TextNormalizer::isBlankPlaceholder(trimmed))
        return blank(trimmed);

    // Digits in any script (full-width ０-９ are common in WPS documents) become ASCII;
    // separators that people type inside numbers are dropped, and so is a counting unit
    // after a number ("3件"). Money is left alone: "5元" is not 5 万元.
    QString ascii = TextNormalizer::asciiDigits(TextNormalizer::compact(trimmed));
    for (const char16_t *unit : { u"件", u"条", u"个", u"项", u"次" }) {
        if (ascii.size() > 1 && ascii.endsWith(QStringView(unit)) && ascii.at(ascii.size() - 2).isDigit()) {
            ascii.chop(1);
            break;
        }
    }
    ascii.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    ascii.replace(QChar(0xFF0E), QLatin1Char('.')); // full-width full stop used as decimal point
    ascii.replace(QChar(0xFF0D), QLatin1Char('-'));
    ascii.replace(QChar(0x2212), QLatin1Char('-'));

    bool ok = false;
    const double value = ascii.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return invalid(trimmed);
    if (std::fabs(value) > MaxNumber || significantDigits(ascii) > MaxSignificantDigits) {
        // Kept exactly as written: a double would round 9007199254740993 to …992.
        CellValue v = invalid(trimmed);
        v.m_beyondLimits = true;
        return v;
    }
    return number(value);
}

bool CellValue::holdsExactly(double value)
{
    return std::isfinite(value) && std::fabs(value) <= MaxNumber
        && QString::number(value, 'g', MaxSignificantDigits).toDouble() == value;
}

bool CellValue::isWholeNumber() const
{
    return m_kind == Kind::Number && std::floor(m_number) == m_number;
}

QString CellValue::toString() const
{
    switch (m_kind) {
    case Kind::Blank:
        return QString();
    case Kind::Invalid:
        return m_text;
    case Kind::Number:
        if (isWholeNumber() && std::fabs(m_number) < 1e15)
            return QString::number(static_cast<qint64>(m_number));
        return QString::number(m_number, 'g', 15);
    }
    return QString();
}

QString CellValue::figure(const CellValue &value)
{
    return value.isNumber() ? figure(value.number()) : QStringLiteral("—");
}

QString CellValue::figure(double value)
{
    return value == std::floor(value) && std::fabs(value) < 1e15 ? QString::number(qint64(value))
                                                                 : QString::number(value, 'f', 2);
}

bool CellValue::operator==(const CellValue &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Blank:
        return true; // "/" and "" mean the same thing: nothing stated
    case Kind::Number:
        return m_number == other.m_number;
    case Kind::Invalid:
        return m_text == other.m_text;
    }
    return false;
}

} // namespace nianbao
