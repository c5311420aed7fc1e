#pragma once

#include "core/ReportTemplate.h"

#include <QTableView>

namespace nianbao {

class ReportDocument;
class ReportTableModel;

/// A statistics table as a spreadsheet-like grid, keyboard first: type to overwrite,
/// Enter moves down, Tab moves right, arrows move, Delete clears to blank, Ctrl+C / Ctrl+V
/// copy and paste a rectangular block as tab-separated text (a paste that does not fit
/// is refused whole).
class GridView : public QTableView
{
    Q_OBJECT
public:
    GridView(ReportDocument *document, ReportTableModel *model, QWidget *parent = nullptr);

    ReportTableModel *tableModel() const { return m_model; }
    void selectCell(const CellRef &cell);

    /// The selected block as tab-separated text.
    QString copySelection() const;
    /// Pastes tab-separated text at the current cell. Returns false (and says why through
    /// inputRefused) if any value does not fit or is not a valid number.
    bool paste(const QString &text);
    /// Clears the selected editable cells to blank, as one undo step.
    void clearSelectedCells();

signals:
    void inputRefused(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void applySpans();
    void fitColumns();
    void moveToNextEditable(int rowStep, int columnStep);

    ReportDocument *m_document;
    ReportTableModel *m_model;
    bool m_moveDownAfterEdit = false;
};

} // namespace nianbao
