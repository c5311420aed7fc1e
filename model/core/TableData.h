#pragma once

#include "core/CellValue.h"
#include "core/ReportTemplate.h"

#include <QVector>

namespace nianbao {

/// The values of one statistics table, shaped by its TableSpec.
///
/// Computed cells (totals) are "automatic" by default: their value is the sum defined by
/// the template, recomputed whenever it is read. A computed cell that was imported with a
/// different value keeps that stated value (automatic = false) until someone chooses to
/// use the computed value; the rules report the difference, nothing is silently changed.
class TableData
{
public:
    TableData() = default;
    explicit TableData(TableId id);

    TableId id() const { return m_id; }
    const TableSpec &spec() const;

    /// What is stored: for automatic computed cells this is not the value shown.
    const CellValue &stored(int row, int column) const { return m_cells[index(row, column)]; }
    void setStored(int row, int column, const CellValue &value) { m_cells[index(row, column)] = value; }

    bool isAutomatic(int row, int column) const { return m_automatic[index(row, column)]; }
    void setAutomatic(int row, int column, bool automatic) { m_automatic[index(row, column)] = automatic; }

    bool operator==(const TableData &o) const;
    bool operator!=(const TableData &o) const { return !(*this == o); }

private:
    int index(int row, int column) const { return row * m_columns + column; }
    TableId m_id = TableId::Applications;
    int m_columns = 0;
    QVector<CellValue> m_cells;
    QVector<bool> m_automatic;
};

} // namespace nianbao
