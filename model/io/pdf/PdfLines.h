#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

namespace nianbao {

/// Some text at a place on a page: a word, or the part of a word inside one table cell.
struct PdfPiece
{
    QString text;
    QRectF box;
};

/// Pieces on one baseline, left to right.
struct PdfLine
{
    QVector<PdfPiece> pieces;
    QRectF box;

    /// The line's text. Chinese has no spaces between words: a space is kept only where
    /// the gap separates two pieces of Latin script or digits.
    QString text() const;
    /// The line cut where the gap between pieces is wider than `gap` (table columns
    /// without rulings).
    QVector<PdfLine> segments(qreal gap) const;
};

namespace PdfLines {

/// Groups pieces into lines by their vertical centres, top to bottom.
QVector<PdfLine> group(QVector<PdfPiece> pieces);
/// Joins two lines of one paragraph or cell: directly, since a line break in Chinese is not
/// a space; with a space only between two Latin words.
QString joinBroken(const QString &before, const QString &after);
/// Ideographs, kana, fullwidth forms and CJK punctuation, which take no spaces around them.
bool isCjk(QChar c);
/// The median height of the pieces: the body text's size.
qreal typicalHeight(const QVector<PdfLine> &lines);

} // namespace PdfLines

} // namespace nianbao
