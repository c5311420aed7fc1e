#pragma once

#include "io/import/SourceBlock.h"

#include <QStringList>
#include <QVector>

namespace nianbao {

/// Text pulled out of a PDF (pdftotext, a viewer's "copy all", online converters): lines
/// hard-broken at the page's width inside paragraphs, labels broken mid-word, spaces
/// between Chinese and digits ("2024 年 1 月 1 日"), page numbers, and the statistics tables
/// flattened into a run of labels and numbers in an order the extractor chose.
///
/// - A line as wide as the text column that does not end a sentence goes on in the next
///   line, joined without a space (Chinese has none); headings and list items begin anew.
/// - A page number (the page's own number before a form feed, or "- 3 -", "第3页") is dropped.
/// - A table's numbers are placed by the official layout only when they are exactly as many
///   as the layout has cells (表二 10, 表三 175, 表四 15), read row by row as extractors read
///   lines; otherwise none is placed and the table is named as unplaced (import.incomplete):
///   a label and a number that merely stand near each other in extracted text are no proof.
namespace ExtractedText {

/// Is this text hard-broken at a column width (form feeds between pages, or many full-width
/// lines that stop mid-sentence)?
bool looksLike(const QStringList &lines);
QVector<SourceBlock> blocks(const QStringList &lines);
/// Spaces a PDF's spacing left between Chinese and digits or Latin letters taken out:
/// "2024 年 1 月" → "2024年1月".
QString withoutCjkSpacing(const QString &text);

} // namespace ExtractedText
} // namespace nianbao
