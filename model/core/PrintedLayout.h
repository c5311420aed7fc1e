#pragma once

#include "core/ReportTemplate.h"

#include <QVector>

namespace nianbao {

/// One cell of a printed table, as the official template draws it.
struct PrintedCell
{
    enum class Kind : quint8 {
        Label, ///< fixed text of the template
        Value, ///< a statistics cell of the report
        Covered, ///< the continuation of a cell merged down from a row above (w:vMerge)
    };
    Kind kind = Kind::Label;
    QString text; ///< Label
    CellRef value; ///< Value
    int column = 0; ///< first grid column
    int columnSpan = 1; ///< w:gridSpan
    int rowSpan = 1; ///< for Label/Value: how many rows it covers (w:vMerge restart)
};

struct PrintedRow
{
    QVector<PrintedCell> cells;
    bool header = false; ///< repeated at the top of each page
};

/// The shape of a statistics table as printed in published reports: every label, every
/// merged cell, where each value stands. The text and DOCX exports write it, the PDF
/// draws it, and the editor's grids show it, so all of them look like the official form.
struct PrintedTable
{
    TableId table = TableId::Applications;
    int gridColumns = 0;
    QVector<int> columnWeights; ///< relative widths of the grid columns
    QVector<PrintedRow> rows;
    int headerRows = 0;

    /// Where a value cell is printed: row index and cell index, or {-1, -1}.
    QPair<int, int> find(const CellRef &ref) const;
};

namespace PrintedLayout {
const PrintedTable &table(TableId id);
}

} // namespace nianbao
