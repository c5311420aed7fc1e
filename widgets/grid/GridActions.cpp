#include "widgets/grid/GridActions.h"

#include "document/ReportDocument.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMap>

namespace nianbao {

GridActions::GridActions(GridView *grid)
    : QObject(grid)
    , m_grid(grid)
{
    // Keys of the grid alone (WidgetShortcut): a cell editor, another grid or a text box
    // keeps its own Ctrl+C and Delete.
    add(tr("Cu&t"), QStringLiteral("gridCutAction"), QKeySequence::Cut, &GridActions::cut);
    add(tr("&Copy"), QStringLiteral("gridCopyAction"), QKeySequence::Copy, &GridActions::copy);
    add(tr("&Paste"), QStringLiteral("gridPasteAction"), QKeySequence::Paste, &GridActions::paste);
    add(tr("C&lear"), QStringLiteral("gridClearAction"), QKeySequence::Delete, &GridActions::clear);
    auto *separator = new QAction(grid);
    separator->setSeparator(true);
    grid->addAction(separator);
    add(tr("Fill &Down"), QStringLiteral("fillDownAction"), QKeySequence(Qt::CTRL | Qt::Key_D),
        &GridActions::fillDown);
    add(tr("Fill Blanks with 0"), QStringLiteral("fillBlanksAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0), &GridActions::fillBlanks);
    grid->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QAction *GridActions::add(const QString &text, const QString &objectName, const QKeySequence &keys,
                          void (GridActions::*slot)())
{
    auto *action = new QAction(text, m_grid);
    action->setObjectName(objectName);
    if (!keys.isEmpty()) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    connect(action, &QAction::triggered, this, slot);
    m_grid->addAction(action);
    return action;
}

void GridActions::copy()
{
    QApplication::clipboard()->setText(m_grid->copySelection());
}

void GridActions::paste()
{
    m_grid->paste(QApplication::clipboard()->text());
}

void GridActions::clear()
{
    m_grid->clearSelectedCells();
}

void GridActions::fillBlanks()
{
    m_grid->fillBlanksWithZero();
}

void GridActions::cut()
{
    copy();
    m_grid->clearSelectedCells();
}

void GridActions::fillDown()
{
    ReportTableModel *model = m_grid->tableModel();
    ReportDocument *document = m_grid->document();
    QMap<int, QModelIndexList> byColumn;
    for (const QModelIndex &i : m_grid->selectionModel()->selectedIndexes())
        byColumn[i.column()] << i;
    QVector<QPair<CellRef, CellValue>> cells;
    for (QModelIndexList &column : byColumn) {
        std::sort(column.begin(), column.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        // One row: from the cell above; a block: from its top row down.
        const QModelIndex source = column.size() == 1
            ? model->index(column.first().row() - 1, column.first().column())
            : column.first();
        if (!source.isValid() || !model->isEditableValue(source))
            continue;
        const CellRef from = model->cellRefAt(source);
        const CellValue value = document->report().table(from.table).stored(from.row, from.column);
        for (const QModelIndex &i : column) {
            if (i != source && model->isEditableValue(i))
                cells.append({ model->cellRefAt(i), value });
        }
    }
    if (!cells.isEmpty())
        document->setCells(cells, tr("Fill down"));
}

} // namespace nianbao
