#pragma once

#include <QString>

#include <optional>

namespace nianbao {

/// Chinese numerals, through ICU's rule-based number format for "zh": the numbering of
/// subsections （一）（二）…（十一）, and reading numbers people write in prose (十二件).
namespace ChineseNumerals {

/// 1 → 一, 10 → 十, 11 → 十一, 23 → 二十三.
QString cardinal(int value);

/// （一）-style subsection number for a zero-based index.
QString subsectionNumber(int index);

/// 一 … 六 for section numbers (1-based).
QString sectionNumber(int value);

/// Reads 十二, 二十三, 一百零五, and digit-by-digit years such as 二〇二四 / 二零二四.
/// Returns nothing if the text is not a Chinese numeral.
std::optional<qint64> parse(QStringView text);

/// True for the characters that can make up a Chinese numeral.
bool isNumeralChar(QChar c);

} // namespace ChineseNumerals
} // namespace nianbao
