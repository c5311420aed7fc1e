#include "core/PrintedLayout.h"

namespace nianbao {

namespace {

// Builds rows cell by cell, keeping track of cells merged down from above so that their
// continuations are emitted where they stand.
class Builder
{
public:
    Builder(TableId id, int gridColumns)
    {
        m_table.table = id;
        m_table.gridColumns = gridColumns;
        m_covered = QVector<int>(gridColumns, 0);
        m_coverSpan = QVector<int>(gridColumns, 1);
    }

    Builder &row(bool header = false)
    {
        finishRow();
        m_row = PrintedRow();
        m_row.header = header;
        m_column = 0;
        skipCovered();
        return *this;
    }

    Builder &label(const QString &text, int columnSpan = 1, int rowSpan = 1)
    {
        PrintedCell c;
        c.kind = PrintedCell::Kind::Label;
        c.text = text;
        return add(c, columnSpan, rowSpan);
    }

    Builder &value(TableId t, int r, int col, int columnSpan = 1)
    {
        PrintedCell c;
        c.kind = PrintedCell::Kind::Value;
        c.value = CellRef { t, r, col };
        return add(c, columnSpan, 1);
    }

    PrintedTable finish(int headerRows, QVector<int> weights)
    {
        finishRow();
        m_table.headerRows = headerRows;
        for (int i = 0; i < headerRows && i < m_table.rows.size(); ++i)
            m_table.rows[i].header = true;
        m_table.columnWeights = std::move(weights);
        return m_table;
    }

private:
    Builder &add(PrintedCell c, int columnSpan, int rowSpan)
    {
        c.column = m_column;
        c.columnSpan = columnSpan;
        c.rowSpan = rowSpan;
        m_row.cells.append(c);
        if (rowSpan > 1) {
            m_covered[m_column] = rowSpan - 1;
            m_coverSpan[m_column] = columnSpan;
        }
        m_column += columnSpan;
        skipCovered();
        return *this;
    }

    void skipCovered()
    {
        while (m_column < m_table.gridColumns && m_pendingCover(m_column)) {
            PrintedCell c;
            c.kind = PrintedCell::Kind::Covered;
            c.column = m_column;
            c.columnSpan = m_coverSpan[m_column];
            m_row.cells.append(c);
            m_column += c.columnSpan;
        }
    }

    bool m_pendingCover(int column) const { return m_coveredNow.value(column, 0) > 0; }

    void finishRow()
    {
        if (m_started)
            m_table.rows.append(m_row);
        m_started = true;
        // Cells merged down cover the next row.
        m_coveredNow = m_covered;
        for (int &n : m_covered) {
            if (n > 0)
                --n;
        }
    }

    PrintedTable m_table;
    PrintedRow m_row;
    int m_column = 0;
    bool m_started = false;
    QVector<int> m_covered; ///< rows still to cover, counted at row start
    QVector<int> m_coveredNow; ///< covers active in the row being built
    QVector<int> m_coverSpan;
};

PrintedTable proactive()
{
    const TableId t = TableId::Proactive;
    const TableSpec &spec = ReportTemplate::official().table(t);
    Builder b(t, 4);
    QString group;
    b.row(); // replaced below: the first call to row() starts the table
    bool first = true;
    for (int r = 0; r < spec.rowCount(); ++r) {
        const RowSpec &row = spec.rows[r];
        if (row.groupKey != group) {
            group = row.groupKey;
            if (!first)
                b.row();
            first = false;
            b.label(group, 4);
            b.row().label(QStringLiteral("信息内容"));
            QVector<int> columns;
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (spec.hasCell(r, c))
                    columns << c;
            }
            const int span = 3 / columns.size();
            for (int c : columns)
                b.label(spec.columns[c].label, span);
        }
        b.row().label(row.label);
        QVector<int> columns;
        for (int c = 0; c < spec.columnCount(); ++c) {
            if (spec.hasCell(r, c))
                columns << c;
        }
        for (int c : columns)
            b.value(t, r, c, 3 / columns.size());
    }
    return b.finish(0, { 4, 3, 3, 3 });
}

PrintedTable applications()
{
    const TableId t = TableId::Applications;
    const TableSpec &spec = ReportTemplate::official().table(t);
    Builder b(t, 10);
    b.row(true)
        .label(QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, 3)
        .label(QStringLiteral("申请人情况"), 7);
    b.row(true)
        .label(spec.columns[0].label, 1, 2)
        .label(spec.columns[1].groupLabel, 5)
        .label(spec.columns[6].label, 1, 2);
    b.row(true);
    for (int c = 1; c <= 5; ++c)
        b.label(spec.columns[c].label);

    const int firstResult = spec.rowIndex(u"disclosed");
    const int processed = spec.rowIndex(u"processedTotal");
    QString subgroup;
    for (int r = 0; r < spec.rowCount(); ++r) {
        const RowSpec &row = spec.rows[r];
        b.row();
        if (r == firstResult)
            b.label(row.groupLabel, 1, processed - firstResult + 1);
        if (row.groupLabel.isEmpty()) {
            b.label(row.label, 3);
        } else if (row.subgroupLabel.isEmpty()) {
            b.label(row.label, 2);
        } else {
            if (row.subgroupLabel != subgroup) {
                subgroup = row.subgroupLabel;
                int n = 0;
                while (r + n < spec.rowCount() && spec.rows[r + n].subgroupLabel == subgroup)
                    ++n;
                b.label(subgroup, 1, n);
            }
            b.label(row.label);
        }
        for (int c = 0; c < spec.columnCount(); ++c)
            b.value(t, r, c);
    }
    return b.finish(3, { 2, 2, 5, 2, 2, 2, 2, 2, 2, 2 });
}

PrintedTable reviewLitigation()
{
    const TableId t = TableId::ReviewLitigation;
    const TableSpec &spec = ReportTemplate::official().table(t);
    Builder b(t, 15);
    b.row(true).label(spec.rows[0].label, 5).label(spec.rows[1].groupLabel, 10);
    b.row(true);
    for (int c = 0; c < spec.columnCount(); ++c)
        b.label(spec.columns[c].label, 1, 2);
    b.label(spec.rows[1].label, 5).label(spec.rows[2].label, 5);
    b.row(true);
    for (int g = 1; g < spec.rowCount(); ++g) {
        for (int c = 0; c < spec.columnCount(); ++c)
            b.label(spec.columns[c].label);
    }
    b.row();
    for (int r = 0; r < spec.rowCount(); ++r) {
        for (int c = 0; c < spec.columnCount(); ++c)
            b.value(t, r, c);
    }
    return b.finish(3, QVector<int>(15, 1));
}

} // namespace

QPair<int, int> PrintedTable::find(const CellRef &ref) const
{
    for (int r = 0; r < rows.size(); ++r) {
        for (int i = 0; i < rows[r].cells.size(); ++i) {
            const PrintedCell &c = rows[r].cells[i];
            if (c.kind == PrintedCell::Kind::Value && c.value == ref)
                return { r, i };
        }
    }
    return { -1, -1 };
}

const PrintedTable &PrintedLayout::table(TableId id)
{
    static const PrintedTable tables[] = { proactive(), applications(), reviewLitigation() };
    return tables[static_cast<int>(id)];
}

} // namespace nianbao
