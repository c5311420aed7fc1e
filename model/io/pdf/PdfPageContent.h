#pragma once

#include <QLineF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace nianbao {

/// A word as poppler finds it on a page: its text, its box and one box per character
/// (page points, origin top left). A PDF has no paragraphs or tables, only this.
struct PdfWord
{
    QString text;
    QRectF box;
    QVector<QRectF> chars; ///< one per QChar of text when poppler gives them
};

/// What the PDF importer reads of one page: its words and, where tables may be, the
/// straight lines drawn on it (table rulings).
struct PdfPageContent
{
    int number = 0; ///< 1-based, for messages
    QSizeF size;
    QVector<PdfWord> words;
    QVector<QLineF> rulings; ///< horizontal and vertical segments only
};

} // namespace nianbao
