#pragma once

#include "io/pdf/PdfLines.h"
#include "io/pdf/PdfPageContent.h"

#include <QStringList>
#include <QVector>

namespace nianbao {

/// A table found on a page: its rows as a word processor would have them, one entry per
/// cell, a cell merged over several rows giving its text in its first row and an empty
/// entry below (as DOCX's w:vMerge does), a cell spanning columns one entry.
struct PdfTable
{
    QRectF bounds;
    QVector<QStringList> rows;
    QVector<QVector<QRectF>> boxes; ///< per row, each cell's box in that row (for review notes)
};

/// Tables from the rulings of a page: the horizontal and vertical lines that meet form a
/// grid; grid cells not separated by a line are one merged cell; each character goes to
/// the cell its centre is in (a word that poppler ran across a border is cut there). A cell
/// whose text wraps, or is written one character per line (本/年/度/…), reads as one string.
class PdfTableGrid
{
public:
    /// The page's tables, top to bottom; `rest` receives the text outside them.
    static QVector<PdfTable> find(const PdfPageContent &page, QVector<PdfPiece> &rest);
};

} // namespace nianbao
