#pragma once

#include "core/ReportTemplate.h"

#include <QTableView>
#include <QTimer>

class QLabel;

namespace nianbao {

class ReportDocument;
class ReportTableModel;

/// A statistics table as a spreadsheet-like grid, keyboard first: type to overwrite,
/// Enter moves down, Tab moves right, arrows move, Delete clears to blank, Ctrl+C / Ctrl+V
/// copy and paste a rectangular block as tab-separated text (copied from the Excel or WPS
/// table too: totals in it are absorbed or stated, labels matched). A value typed with a
/// range selected fills the range.
class GridView : public QTableView
{
    Q_OBJECT
public:
    GridView(ReportDocument *document, ReportTableModel *model, QWidget *parent = nullptr);

    ReportTableModel *tableModel() const { return m_model; }
    ReportDocument *document() const { return m_document; }
    void selectCell(const CellRef &cell);

    /// The selected block as tab-separated text.
    QString copySelection() const;
    /// Pastes tab-separated text at the current cell. Returns false (and says why through
    /// inputRefused) if any value does not fit or is not a valid number.
    bool paste(const QString &text);
    /// Clears the selected editable cells to blank, as one undo step.
    void clearSelectedCells();
    /// The header rows, frozen at the top while the table scrolls (as a spreadsheet's frozen
    /// panes): a second view over the same model and selection, laid over the first rows.
    QTableView *frozenHeader() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    /// 空白填 0: blank editable cells of the selection (or of the whole table when one cell is
    /// selected) become 0, as one undo step.
    void fillBlanksWithZero();

signals:
    void inputRefused(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    /// Tab, Shift+Tab and the arrows go from editable cell to editable cell, over labels,
    /// headers and computed totals (in review mode, from value to value).
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void showRefusal(const QString &message);
    void applySpans();
    void setUpFrozenHeader();
    void placeFrozenHeader();
    int frozenHeight() const;
    void fitColumns();
    void moveToNextEditable(int rowStep, int columnStep);
    bool isStop(const QModelIndex &index) const;

    ReportDocument *m_document;
    ReportTableModel *m_model;
    bool m_moveDownAfterEdit = false;
    QTableView *m_frozen = nullptr;
    QLabel *m_refusal = nullptr; ///< why the last entry was refused, at its cell
    QTimer m_refusalTimer;
    int m_stackIndex = 0; ///< the undo stack's index, to tell a new edit from a step taken back
    int m_fittedWidth = -1; ///< the viewport's width the columns were last fitted to
    bool m_fitting = false;
};

} // namespace nianbao
