#pragma once

#include "core/Report.h"

#include <QJsonObject>
#include <QJsonValue>

namespace nianbao {

/// What changed between two versions of a report: the cells, the fields and the paragraphs
/// (docs/interchange.md, `nianbao diff`). The command line prints it; the editor's
/// "compare with" marks the same changes.
struct ReportDiff
{
    struct Cell
    {
        CellRef cell;
        CellValue before;
        CellValue after;
    };
    struct Field
    {
        QString field; ///< agency, year, title, bodyKind, signatureOrganization, signatureDate
        QJsonValue before;
        QJsonValue after;
    };
    struct Paragraph
    {
        enum class Op { Changed, Inserted, Removed };
        QString section; ///< "preamble" or a section key
        int subsection = -1; ///< -1: the section's own paragraphs
        bool heading = false; ///< the subsection's heading, not a paragraph
        Op op = Op::Changed;
        QString before; ///< empty for Inserted
        QString after; ///< empty for Removed
    };

    QVector<Cell> cells;
    QVector<Field> fields;
    QVector<Paragraph> paragraphs;

    bool isEmpty() const { return cells.isEmpty() && fields.isEmpty() && paragraphs.isEmpty(); }
    static ReportDiff between(const Report &before, const Report &after);
    QJsonObject toJson() const;
    static QString opKey(Paragraph::Op op); ///< "changed", "inserted", "removed"
};

} // namespace nianbao
