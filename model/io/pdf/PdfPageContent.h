#pragma once

#include <QDateTime>
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

/// A review note on a page: a sticky note, or a highlight with a comment, made by this
/// program (a 审阅稿), Acrobat, WPS, Foxit or Okular.
struct PdfNote
{
    QString id; ///< unique in the document
    QString inReplyTo; ///< the id of the note it answers, or empty
    QPointF at; ///< where it points, page points from the top left
    QString author;
    QString subject;
    QString text;
    QDateTime created;
};

/// What the PDF importer reads of one page: its words, where tables may be the straight
/// lines drawn on it (table rulings), and its review notes.
struct PdfPageContent
{
    int number = 0; ///< 1-based, for messages
    QSizeF size;
    QVector<PdfWord> words;
    QVector<QLineF> rulings; ///< horizontal and vertical segments only
    QVector<PdfNote> notes;
    /// Characters drawn, and of them those a font without a map to Unicode wrote, which no
    /// word holds (counted in the child, which refuses a PDF with too many; not sent on).
    int drawnChars = 0;
    int undecodableChars = 0;
};

} // namespace nianbao
