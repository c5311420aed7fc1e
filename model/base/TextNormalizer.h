#pragma once

#include <QString>

namespace nianbao {

/// Small text clean-ups that every importer and the rules need, in one place so that
/// the text, DOCX and JSON paths agree on what "the same text" means.
namespace TextNormalizer {

/// True for ASCII white space, the ideographic (full-width) space U+3000, no-break
/// spaces and the zero-width characters converters leave behind.
bool isSpace(QChar c);

/// Trims every kind of space isSpace() knows, on both ends.
QString trimmed(QStringView text);

/// Removes every space isSpace() knows, anywhere: for comparing labels such as
/// "商业 企业" with "商业企业".
QString compact(QStringView text);

/// `/`, `-`, `—`, `－`, `／`, `–`, `无` written in a statistics cell: nothing to report.
bool isBlankPlaceholder(QStringView trimmedText);

/// Digits of any script (full-width ０-９, Arabic-Indic, …) as ASCII digits, using ICU's
/// Unicode data, leaving everything else as it is.
QString asciiDigits(QStringView text);

/// Does the character take two columns in a fixed-pitch layout (Chinese, Japanese, Korean and
/// the full-width forms)? How text extracted from PDFs and pandoc's tables are measured, and
/// where a line break between two characters was no space.
bool isWide(QChar c);

/// Removes artefacts that document converters leave in text, such as
/// `[bookmark: _GoBack]`, and returns the rest.
QString withoutArtefacts(QStringView text);

} // namespace TextNormalizer
} // namespace nianbao
