#include "widgets/GridView.h"

#include "document/ReportDocument.h"
#include "widgets/ReportTableModel.h"
#include "widgets/SeverityStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>

namespace nianbao {

namespace {

// Tells the view that Enter ended an edit, so that it can move down as a spreadsheet does.
class EnterAwareDelegate : public QStyledItemDelegate
{
public:
    EnterAwareDelegate(bool *flag, ReportTableModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_flag(flag)
        , m_model(model)
    {
    }

    // Every keystroke goes to the model, so that totals and findings follow the typing.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            m_model->beginLiveEdit(index);
            const QPersistentModelIndex at(index);
            QObject::connect(line, &QLineEdit::textEdited, m_model,
                             [model = m_model, at](const QString &text) { model->liveEdit(at, text); });
        }
        return editor;
    }

    // Each keystroke changes the document, and the view then hands the cell's new value back
    // to the open editor: that would rewrite what is being typed ("-" reads as a blank cell,
    // and the minus vanished). The editor is filled once, when it opens.
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (editor->property("nianbaoFilled").toBool())
            return;
        QStyledItemDelegate::setEditorData(editor, index);
        editor->setProperty("nianbaoFilled", true);
    }

    // A commented cell shows a small triangle in its top right corner, as spreadsheets do.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.data(ReportTableModel::CommentRole).toInt() <= 0)
            return;
        const QRect r = option.rect;
        const int side = qMax(8, r.height() / 3);
        const QPolygon corner({ QPoint(r.right() - side, r.top()), QPoint(r.right(), r.top()),
                                QPoint(r.right(), r.top() + side) });
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(SeverityStyle::commentColor());
        painter->drawPolygon(corner);
        painter->restore();
    }

    void destroyEditor(QWidget *editor, const QModelIndex &index) const override
    {
        m_model->endLiveEdit();
        QStyledItemDelegate::destroyEditor(editor, index);
    }

protected:
    bool eventFilter(QObject *editor, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter)
                *m_flag = true;
        }
        return QStyledItemDelegate::eventFilter(editor, event);
    }

private:
    bool *m_flag;
    ReportTableModel *m_model;
};

} // namespace

GridView::GridView(ReportDocument *document, ReportTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_document(document)
    , m_model(model)
{
    setModel(model);
    setObjectName(QStringLiteral("grid_") + ReportTemplate::tableKey(model->table()));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setWordWrap(true);
    setTabKeyNavigation(true);
    setItemDelegate(new EnterAwareDelegate(&m_moveDownAfterEdit, model, this));
    horizontalHeader()->hide();
    verticalHeader()->hide();
    applySpans();
    fitColumns();
    connect(model, &ReportTableModel::inputRefused, this, &GridView::inputRefused);
    connect(model, &QAbstractItemModel::modelReset, this, &GridView::applySpans);
}

void GridView::applySpans()
{
    clearSpans();
    const PrintedTable &layout = m_model->layout();
    for (int r = 0; r < layout.rows.size(); ++r) {
        for (const PrintedCell &c : layout.rows[r].cells) {
            if (c.kind != PrintedCell::Kind::Covered && (c.rowSpan > 1 || c.columnSpan > 1))
                setSpan(r, c.column, c.rowSpan, c.columnSpan);
        }
    }
}

void GridView::fitColumns()
{
    const PrintedTable &layout = m_model->layout();
    const int unit = fontMetrics().horizontalAdvance(QStringLiteral("0000"));
    for (int c = 0; c < layout.gridColumns; ++c)
        setColumnWidth(c, qMax(48, layout.columnWeights.value(c, 1) * unit));
    resizeRowsToContents();
}

void GridView::selectCell(const CellRef &cell)
{
    const QModelIndex index = m_model->indexOf(cell);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
    setFocus(Qt::OtherFocusReason);
}

void GridView::moveToNextEditable(int rowStep, int columnStep)
{
    QModelIndex i = currentIndex();
    if (!i.isValid())
        return;
    int row = i.row() + rowStep;
    int column = i.column() + columnStep;
    while (row >= 0 && row < m_model->rowCount() && column >= 0 && column < m_model->columnCount()) {
        const QModelIndex next = m_model->index(row, column);
        if (m_model->cellRefAt(next).isValid()) {
            setCurrentIndex(next);
            return;
        }
        row += rowStep;
        column += columnStep;
    }
}

bool GridView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (trigger == AnyKeyPressed && event && event->type() == QEvent::KeyPress
        && !m_model->isEditableValue(index)) {
        // Typing into a label or a computed total: say why nothing happens.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && m_model->cellRefAt(index).isValid())
            emit inputRefused(tr("This total is computed from its parts and cannot be typed into."));
    }
    return QTableView::edit(index, trigger, event);
}

void GridView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(copySelection());
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste(QApplication::clipboard()->text());
        return;
    }
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (state() != EditingState) {
            clearSelectedCells();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (state() != EditingState) {
            moveToNextEditable(1, 0);
            return;
        }
        break;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

void GridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in the editor commits and moves down, as in a spreadsheet.
    const bool enter
        = hint == QAbstractItemDelegate::SubmitModelCache || hint == QAbstractItemDelegate::NoHint;
    // Esc: the cell goes back to what it held when editing began, leaving no undo step.
    if (hint == QAbstractItemDelegate::RevertModelCache)
        m_model->cancelLiveEdit();
    QTableView::closeEditor(editor, hint);
    if (enter && m_moveDownAfterEdit)
        moveToNextEditable(1, 0);
    m_moveDownAfterEdit = false;
}

QString GridView::copySelection() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return QString();
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : selected) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = m_model->index(r, c);
            if (!m_model->cellAt(r, c))
                continue; // covered by a merged cell
            cells << (m_model->cellRefAt(i).isValid() ? i.data(Qt::DisplayRole).toString() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

bool GridView::paste(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    if (t.isEmpty())
        return false;
    const QModelIndex start = currentIndex();
    if (!start.isValid())
        return false;
    QVector<QPair<CellRef, CellValue>> cells;
    const QStringList lines = t.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList values = lines[i].split(QLatin1Char('\t'));
        for (int j = 0; j < values.size(); ++j) {
            const QModelIndex target = m_model->index(start.row() + i, start.column() + j);
            if (!target.isValid() || !m_model->isEditableValue(target)) {
                emit inputRefused(tr("The pasted block (%1 × %2) does not fit here: it would cover labels or "
                                     "computed totals. Nothing was pasted.")
                                      .arg(lines.size())
                                      .arg(values.size()));
                return false;
            }
            QString error;
            const CellRef ref = m_model->cellRefAt(target);
            const CellValue v = m_model->validate(ref, values[j], &error);
            if (!error.isEmpty()) {
                emit inputRefused(error + QLatin1Char(' ') + tr("Nothing was pasted."));
                return false;
            }
            cells.append({ ref, v });
        }
    }
    m_document->setCells(cells, tr("Paste"));
    return true;
}

void GridView::clearSelectedCells()
{
    QVector<QPair<CellRef, CellValue>> cells;
    for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
        if (m_model->isEditableValue(i))
            cells.append({ m_model->cellRefAt(i), CellValue::blank() });
    }
    if (!cells.isEmpty())
        m_document->setCells(cells, tr("Clear cells"));
}

} // namespace nianbao
