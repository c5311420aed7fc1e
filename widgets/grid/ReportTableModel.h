#pragma once

#include "core/CellValue.h"
#include "core/PrintedLayout.h"
#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nianbao {

class Report;
class ReportDocument;

/// One statistics table of the document, shaped like the printed form: labels and merged
/// cells where the official template has them (spanFor() gives the spans), values where
/// the report's numbers go. setData() validates and goes through ReportDocument, so every
/// edit is an undo step; computed totals are shown apart and are not editable.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CellKindRole = Qt::UserRole + 1,
        ComputedRole,
        SeverityRole,
        /// Number of open review comments on the cell (the corner marker).
        CommentRole,
        /// The value differs from the version being compared with (its old value in the tooltip).
        ChangedRole
    };

    ReportTableModel(ReportDocument *document, TableId table, QObject *parent = nullptr);

    TableId table() const { return m_table; }
    const PrintedTable &layout() const { return m_layout; }

    /// The printed cell at a grid position, or nullptr where a merged cell covers it.
    const PrintedCell *cellAt(int row, int column) const;
    /// The value cell at an index, or an invalid CellRef.
    CellRef cellRefAt(const QModelIndex &index) const;
    /// The index of a value cell; for {table, row, -1} the row's label, for {table, -1,
    /// column} the column's header.
    QModelIndex indexOf(const CellRef &cell) const;
    bool isEditableValue(const QModelIndex &index) const;
    /// Lets one computed total be typed into (F2: stating a total); an invalid cell ends it.
    void allowStating(const CellRef &cell) { m_stating = cell; }

    /// Checks typed text for a cell: whole numbers (decimals for 行政事业性收费), blank
    /// for nothing. Returns the value, or an error message in `error`. With `alone`, also
    /// that no total of the table goes past the limits with it (a paste checks its block).
    CellValue validate(const CellRef &cell, const QString &text, QString *error, bool alone = true) const;

    /// A value of this table in `after` (a total, as a rule) past CellValue::MaxNumber,
    /// spelled; empty when every one stays within it.
    QString totalPastTheLimits(const Report &after) const;

    /// Live editing: an open cell editor sends every valid keystroke, so that totals and
    /// findings follow the typing; the whole session is one undo step, and a final value
    /// that is refused puts the cell back as it was.
    void beginLiveEdit(const QModelIndex &index);
    /// Esc: the value the cell had when editing began comes back, as if never typed.
    void cancelLiveEdit();
    void liveEdit(const QModelIndex &index, const QString &text);
    void endLiveEdit();
    /// The last value an editor committed: its edit session and cell (a range fill joins it).
    QPair<int, CellRef> lastCommit() const { return m_lastCommit; }

    /// "Compare with version": old values of the cells that differ, by cell; empty to stop.
    void setComparison(const QHash<int, QString> &oldValues);
    static int cellKey(const CellRef &cell) { return cell.row * 64 + cell.column; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// Typed or pasted input was refused; the message says why.
    void inputRefused(const QString &message);

private:
    /// totalPastTheLimits() with `value` put in `cell`.
    QString totalPastTheLimits(const CellRef &cell, const CellValue &value) const;
    QModelIndex indexOfLabel(const CellRef &cell) const;
    void refreshFindings();

    ReportDocument *m_document;
    TableId m_table;
    const PrintedTable &m_layout;
    QVector<QVector<int>> m_cellIndex; ///< [row][grid column] → index into row.cells, -1 if spanned
    QHash<int, QVector<Finding>> m_findings; ///< by row * 64 + column
    QHash<int, QString> m_comparison; ///< old values, by cellKey()
    int m_session = 0; ///< the open editor's session, 0 when none
    int m_sessions = 0;
    CellRef m_sessionCell;
    CellValue m_sessionOriginal;
    QPair<int, CellRef> m_lastCommit { 0, CellRef() };
    CellRef m_stating;
};

} // namespace nianbao
