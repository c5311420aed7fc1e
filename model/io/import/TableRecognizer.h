#pragma once

#include "core/ReportTemplate.h"

#include <QSet>
#include <QStringList>
#include <QVector>

#include <optional>

namespace nianbao {

class Report;

/// Maps rows of table cells, as any importer finds them (text lines, DOCX rows), onto the
/// official template's keys by what the cells say: which table a row belongs to is told by
/// its labels (第二十条, 申请人情况, 尚未审结 …), which row by its row label, which column by
/// the header rows seen before it. Positions are never assumed, so an extra empty row,
/// a split header cell, a table placed before its heading or a different column order
/// still land on the right keys.
class TableRecognizer
{
public:
    explicit TableRecognizer(Report &report);

    /// Feeds one row, in document order. Returns the table it was read into, if any.
    std::optional<TableId> addRow(const QStringList &cells);
    /// The source table ended (a paragraph follows, or a new DOCX table begins).
    void endOfTable();
    /// The document ended: rows still waiting for their place are placed or given up.
    void finish();

    bool sawTable(TableId id) const { return m_seen[static_cast<int>(id)]; }
    /// Was a row of the official layout found and its values read (blank ones included)?
    bool rowRead(TableId table, int row) const { return m_rowsRead[static_cast<int>(table)].contains(row); }
    /// The cells the last row's values went to, with the index of the source cell each came
    /// from (for review comments on a cell of an imported table).
    const QVector<QPair<CellRef, int>> &lastRowCells() const { return m_lastRowCells; }

    /// Is this cell text (spaces removed) a value: a number, a blank or a blank marker such as
    /// "/"? What the importers tell a table's values from its labels by.
    static bool isValueText(const QString &compact);
    /// Does this cell text begin a row of one of the tables (a row label such as 规章 or
    /// （一）予以公开, a 第二十条 sub-table title, 信息内容)? For layouts that lost the row
    /// boundaries, e.g. one cell per line without tabs.
    static bool startsRow(const QString &cellText);
    /// Does this line begin a table in such a layout?
    static bool startsTable(const QString &line, const QString &nextLine);

private:
    struct Row
    {
        QStringList cells; ///< as written
        QStringList compact; ///< spaces removed, for matching labels
        QString label; ///< the non-numeric cells joined
        int lastLabelCell = -1;
    };

    std::optional<TableId> detectTable(const Row &row) const;
    void readProactive(const Row &row);
    void readApplications(const Row &row);
    void readReviewLitigation(const Row &row);
    /// A row with a label and `count` numbers after it.
    bool hasFullValues(const Row &row, int count) const;
    void storeApplicationRow(const Row &row, int r);
    /// Rows with unrecognised labels seen since the last recognised row, placed by the
    /// layout when they fill exactly the rows between it and row `r`.
    void placeRowsBefore(int r);
    /// Stores values[i] (from valueCells()) into a cell.
    void store(TableId table, int row, int column, const QStringList &values, int i);
    void markOutdated(TableId table, const QString &reason);
    /// A 2019 column or row whose numbers have no place in the 2021 layout.
    void noteWithoutPlace(const QString &label);
    /// The value cells of a data row: the last `count` cells after its label.
    QStringList valueCells(const Row &row, int count);

    Report &m_report;
    int m_valueStart = 0; ///< source index of the first of the last valueCells()
    QVector<QPair<CellRef, int>> m_lastRowCells;
    std::optional<TableId> m_current;
    bool m_seen[TableCount] = { false, false, false };
    QSet<int> m_rowsRead[TableCount];

    QVector<int> m_proactiveColumns; ///< column indices of the current 第二十条 sub-table
    bool m_proactiveOutdated = false;

    QVector<int> m_applicationTop; ///< natural, -1 for the 法人或其他组织 group, total
    QVector<int> m_applicationLeaves; ///< the columns under 法人或其他组织
    int m_lastApplicationRow = -1; ///< the last row of table 三 recognised by its label
    QVector<Row> m_unplacedRows; ///< rows of numbers since then whose labels were not recognised

    QVector<int> m_reviewGroups; ///< row indices in the order the header names them
    QVector<int> m_reviewLeaves; ///< column indices in the order the header names them
};

} // namespace nianbao
