#pragma once

#include "io/import/SourceBlock.h"
#include "io/pdf/PdfPageContent.h"

#include <QCoreApplication>
#include <QVector>

namespace nianbao {

/// Turns the words and rulings of a PDF's pages into the paragraphs and table rows the
/// other importers produce, by geometry alone:
/// - lines by their vertical centres, left to right; page numbers (-3-, — 3 —, 第3页) and
///   running headers repeated on several pages dropped;
/// - a paragraph goes on while the next line starts at the text's left edge and the line
///   before it reached the right edge and the spacing stays that of a paragraph; an indent,
///   a short line, a wider gap or a table ends it; lines are joined without a space
///   (Chinese has none) except between two Latin words;
/// - tables from their rulings (PdfTableGrid), continued over pages as separate tables that
///   TableRecognizer joins by their labels; a table drawn without rulings is read line by
///   line, its cells cut at wide gaps.
class PdfLayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PdfLayoutReader)

public:
    /// Does a page's text look like a table (a line with wide gaps between its words, or a
    /// table's title)? Only those pages are drawn to find their rulings.
    static bool mayHoldTable(const PdfPageContent &page);
    static QVector<SourceBlock> blocks(const QVector<PdfPageContent> &pages);
};

} // namespace nianbao
