#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace nianbao {

/// What an importer finds in a document, before it is understood: a paragraph of text,
/// or a row of table cells. Text and DOCX importers both produce these; ReportAssembler
/// turns them into a Report, so both formats are read by the same rules.
struct SourceBlock
{
    enum class Kind : quint8 { Paragraph, TableRow, TableEnd };
    Kind kind = Kind::Paragraph;
    QString text; ///< Paragraph
    QStringList cells; ///< TableRow
    QString place; ///< where it was found, for messages ("line 12")
    /// The paragraph carries automatic list numbering (Word's w:numPr): its "（一）" or "一、"
    /// is drawn by the word processor and is not in the text.
    bool autoNumbered = false;
    /// Review comments (Word's comment ids) whose range starts in this paragraph, or per
    /// cell of this row: the assembler says where each landed (cell, paragraph, heading).
    QStringList comments;
    QVector<QStringList> cellComments;
    /// A row that names a table whose numbers were in the source but could not be placed
    /// with certainty (text extracted from a PDF): the table is reported as incomplete.
    bool unplacedNumbers = false;

    static SourceBlock paragraph(const QString &text, const QString &place = {})
    {
        return { Kind::Paragraph, text, {}, place, false, {}, {}, false };
    }
    static SourceBlock row(const QStringList &cells, const QString &place = {})
    {
        return { Kind::TableRow, {}, cells, place, false, {}, {}, false };
    }
    static SourceBlock tableEnd() { return { Kind::TableEnd, {}, {}, {}, false, {}, {}, false }; }
};

} // namespace nianbao
