#include "core/TableData.h"

namespace nianbao {

TableData::TableData(TableId id)
    : m_id(id)
{
    const TableSpec &s = spec();
    m_columns = s.columnCount();
    m_cells = QVector<CellValue>(s.rowCount() * m_columns);
    m_automatic = QVector<bool>(s.rowCount() * m_columns, false);
    for (int r = 0; r < s.rowCount(); ++r) {
        for (int c = 0; c < m_columns; ++c)
            m_automatic[index(r, c)] = s.isComputed(r, c);
    }
}

const TableSpec &TableData::spec() const
{
    return ReportTemplate::official().table(m_id);
}

bool TableData::operator==(const TableData &o) const
{
    if (m_id != o.m_id)
        return false;
    const TableSpec &s = spec();
    for (int r = 0; r < s.rowCount(); ++r) {
        for (int c = 0; c < m_columns; ++c) {
            if (!s.hasCell(r, c))
                continue;
            if (isAutomatic(r, c) != o.isAutomatic(r, c))
                return false;
            if (!isAutomatic(r, c) && stored(r, c) != o.stored(r, c))
                return false;
        }
    }
    return true;
}

} // namespace nianbao
