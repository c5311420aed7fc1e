#include "widgets/grid/GridView.h"

#include "base/TextNormalizer.h"
#include "document/ReportDocument.h"
#include "widgets/findings/SeverityStyle.h"
#include "widgets/grid/GridActions.h"
#include "widgets/grid/ReportTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUndoStack>

namespace nianbao {

namespace {

// A commented cell shows a small triangle in its top right corner, as spreadsheets do. The
// frozen header rows paint with this alone: a delegate shared by two views sends its editor's
// commit and close to both, and the header, which never opens an editor, warned on each.
class CommentMarkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

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
};

// Tells the view that Enter ended an edit, so that it can move down as a spreadsheet does.
class EnterAwareDelegate : public CommentMarkDelegate
{
public:
    EnterAwareDelegate(bool *flag, ReportTableModel *model, QObject *parent)
        : CommentMarkDelegate(parent)
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
    setVerticalScrollMode(ScrollPerPixel);
    setUpFrozenHeader();
    applySpans();
    fitColumns();
    connect(model, &ReportTableModel::inputRefused, this, &GridView::inputRefused);
    // Said at the cell, where the eyes are, not only in the status bar. A label of the view,
    // not a QToolTip: a tooltip goes with the release of the Enter key that caused it.
    m_refusal = new QLabel(viewport());
    m_refusal->setObjectName(QStringLiteral("refusalNote"));
    m_refusal->setWordWrap(true);
    m_refusal->setForegroundRole(QPalette::ToolTipText);
    m_refusal->setBackgroundRole(QPalette::ToolTipBase);
    m_refusal->setAutoFillBackground(true);
    m_refusal->setFrameShape(QFrame::Box);
    m_refusal->setMargin(4);
    m_refusal->hide();
    m_refusalTimer.setSingleShot(true);
    m_refusalTimer.setInterval(8000);
    connect(&m_refusalTimer, &QTimer::timeout, m_refusal, &QWidget::hide);
    connect(this, &GridView::inputRefused, this, &GridView::showRefusal);
    // Gone with the next edit (a new step on the stack; a refusal pushes none, and takes back
    // the live step of what was being typed, which lowers the index).
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (index > m_stackIndex)
            m_refusal->hide();
        m_stackIndex = index;
    });
    new GridActions(this);
    connect(model, &QAbstractItemModel::modelReset, this, &GridView::applySpans);
}

void GridView::applySpans()
{
    clearSpans();
    if (m_frozen)
        m_frozen->clearSpans();
    const PrintedTable &layout = m_model->layout();
    for (int r = 0; r < layout.rows.size(); ++r) {
        for (const PrintedCell &c : layout.rows[r].cells) {
            if (c.kind == PrintedCell::Kind::Covered || (c.rowSpan == 1 && c.columnSpan == 1))
                continue;
            setSpan(r, c.column, c.rowSpan, c.columnSpan);
            if (m_frozen && r < layout.headerRows)
                m_frozen->setSpan(r, c.column, qMin(c.rowSpan, layout.headerRows - r), c.columnSpan);
        }
    }
}

void GridView::setUpFrozenHeader()
{
    const int headerRows = m_model->layout().headerRows;
    if (headerRows <= 0)
        return;
    m_frozen = new QTableView(this);
    m_frozen->setObjectName(QStringLiteral("frozenHeader_") + ReportTemplate::tableKey(m_model->table()));
    m_frozen->setModel(m_model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->horizontalHeader()->hide();
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameStyle(QFrame::NoFrame);
    m_frozen->setWordWrap(true);
    m_frozen->setItemDelegate(new CommentMarkDelegate(m_frozen));
    for (int r = headerRows; r < m_model->rowCount(); ++r)
        m_frozen->setRowHidden(r, true);
    viewport()->stackUnder(m_frozen);
    // Same column widths, row heights and horizontal position as the grid below it.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        m_frozen->setColumnWidth(column, size);
        placeFrozenHeader();
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this, headerRows](int row, int, int size) {
        if (row < headerRows) {
            m_frozen->setRowHeight(row, size);
            placeFrozenHeader();
        }
    });
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_frozen->horizontalScrollBar(),
            &QScrollBar::setValue);
    m_frozen->show();
}

int GridView::frozenHeight() const
{
    int height = 0;
    for (int r = 0; r < m_model->layout().headerRows; ++r)
        height += rowHeight(r);
    return height;
}

void GridView::placeFrozenHeader()
{
    if (m_frozen)
        m_frozen->setGeometry(frameWidth(), frameWidth(), viewport()->width(), frozenHeight());
}

void GridView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    // Zoom: columns, rows and the frozen header follow the font, so that going back to the
    // first size gives back the first grid exactly (columns are weights times the width of
    // "0000" in the font, never fitted to contents).
    if (event->type() == QEvent::FontChange) {
        fitColumns();
        placeFrozenHeader();
    }
}

void GridView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // Refit to a new width, once: the rows' new heights may show or hide the scroll bar,
    // which changes the width again, and that must not start a loop.
    if (!m_fitting && viewport()->width() != m_fittedWidth) {
        m_fitting = true;
        fitColumns();
        m_fitting = false;
    }
    placeFrozenHeader();
}

void GridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    // A body cell must not end up under the frozen header rows.
    if (!m_frozen || index.row() < m_model->layout().headerRows)
        return;
    const int covered = frozenHeight() - visualRect(index).top();
    if (covered > 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - covered);
}

void GridView::fitColumns()
{
    // Columns in the printed table's proportions, in units of "0000" in the grid's font, as
    // wide as that makes them; narrower when the view is narrower (the 1280-pixel window with
    // its docks, a long English label), down to what the column's numbers need: every
    // column, 总计 included, stays on screen, and the labels wrap instead.
    const PrintedTable &layout = m_model->layout();
    const QFontMetrics metrics = fontMetrics();
    const int unit = metrics.horizontalAdvance(QStringLiteral("0000"));
    QVector<int> widths;
    int total = 0;
    for (int c = 0; c < layout.gridColumns; ++c) {
        widths << qMax(48, layout.columnWeights.value(c, 1) * unit);
        total += widths.last();
    }
    const int available = viewport()->width() - 2;
    m_fittedWidth = viewport()->width();
    if (available > 0 && total > available) {
        // A column of weight 1 (table 四's counts of appeals) keeps four digits; wider
        // ones (table 三's applications, which reach five) five.
        const double scale = double(available) / total;
        for (int c = 0; c < widths.size(); ++c) {
            const QString digits(layout.columnWeights.value(c, 1) > 1 ? 5 : 4, QLatin1Char('0'));
            const int narrowest = metrics.horizontalAdvance(digits) + 6;
            widths[c] = qMax(qMin(widths[c], narrowest), int(widths[c] * scale));
        }
    }
    for (int c = 0; c < widths.size(); ++c)
        setColumnWidth(c, widths[c]);
    resizeRowsToContents();
}

void GridView::showRefusal(const QString &message)
{
    const QRect cell = visualRect(currentIndex());
    m_refusal->setText(message);
    m_refusal->setFixedWidth(qMin(viewport()->width() - 8, 360));
    m_refusal->adjustSize();
    const int x = qBound(0, cell.left(), qMax(0, viewport()->width() - m_refusal->width()));
    const int below = cell.isValid() ? cell.bottom() + 2 : 0;
    const int y = below + m_refusal->height() <= viewport()->height()
        ? below
        : qMax(0, cell.top() - m_refusal->height() - 2);
    m_refusal->move(x, y);
    m_refusal->show();
    m_refusal->raise();
    m_refusalTimer.start();
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
        if (isStop(next)) {
            setCurrentIndex(next);
            return;
        }
        row += rowStep;
        column += columnStep;
    }
}

bool GridView::isStop(const QModelIndex &index) const
{
    return m_document->isContentLocked() ? m_model->cellRefAt(index).isValid()
                                         : m_model->isEditableValue(index);
}

QModelIndex GridView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    int dr = 0, dc = 0;
    bool reading = false; // Tab: along the rows, on to the next row
    switch (action) {
    case MoveUp:
        dr = -1;
        break;
    case MoveDown:
        dr = 1;
        break;
    case MoveLeft:
        dc = -1;
        break;
    case MoveRight:
        dc = 1;
        break;
    case MoveNext:
        reading = true;
        dc = 1;
        break;
    case MovePrevious:
        reading = true;
        dc = -1;
        break;
    default:
        return QTableView::moveCursor(action, modifiers);
    }
    if (!current.isValid())
        return QTableView::moveCursor(action, modifiers);
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    int r = current.row();
    int c = current.column();
    for (int steps = 0; steps < rows * columns; ++steps) {
        r += dr;
        c += dc;
        if (reading && c >= columns) {
            c = 0;
            ++r;
        } else if (reading && c < 0) {
            c = columns - 1;
            --r;
        }
        if (r < 0 || r >= rows || c < 0 || c >= columns)
            return current; // nothing further that way: stay
        const QModelIndex next = m_model->index(r, c);
        if (isStop(next) && next != current)
            return next;
    }
    return current;
}

bool GridView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (trigger == AnyKeyPressed && event && event->type() == QEvent::KeyPress
        && !m_model->isEditableValue(index)) {
        // Typing into a label or a computed total: say why nothing happens.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && m_model->cellRefAt(index).isValid()
            && !m_document->isContentLocked())
            emit inputRefused(tr("This total is computed from its parts. To state a different total (as a "
                                 "printed report has it), press F2."));
    }
    // F2 on a computed total: the person asked to state it; the rules compare it with the sum.
    if (trigger == EditKeyPressed && !m_document->isContentLocked() && m_model->cellRefAt(index).isValid()
        && !m_model->isEditableValue(index))
        m_model->allowStating(m_model->cellRefAt(index));
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
    m_model->allowStating(CellRef());
    // A value typed with a range selected goes to the whole range, in the same undo step.
    const auto [session, typed] = m_model->lastCommit();
    if (enter && session > 0 && typed == m_model->cellRefAt(currentIndex())) {
        QVector<QPair<CellRef, CellValue>> cells;
        const CellValue value = m_document->report().table(typed.table).stored(typed.row, typed.column);
        for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
            if (m_model->isEditableValue(i))
                cells.append({ m_model->cellRefAt(i), value });
        }
        if (cells.size() > 1)
            m_document->setCells(cells, tr("Fill cells"), session);
    }
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
    if (m_document->isContentLocked()) {
        emit inputRefused(tr("The report is open in review mode: its content is read-only."));
        return false;
    }
    // A block copied from the Excel or WPS version of the table may cover labels (kept when
    // they say the same) and totals: one equal to the sum of the pasted parts is absorbed,
    // another becomes a stated total that the rules then flag.
    QVector<QPair<CellRef, CellValue>> cells;
    QVector<QPair<CellRef, CellValue>> totals;
    const QStringList lines = t.split(QLatin1Char('\n'));
    auto refuse = [&](const QString &why) {
        emit inputRefused(why + QLatin1Char(' ') + tr("Nothing was pasted."));
        return false;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList values = lines[i].split(QLatin1Char('\t'));
        for (int j = 0; j < values.size(); ++j) {
            const QModelIndex target = m_model->index(start.row() + i, start.column() + j);
            const CellRef ref = m_model->cellRefAt(target);
            const QString text = values[j].trimmed();
            if (!target.isValid())
                return refuse(tr("The pasted block (%1 × %2) does not fit here: it goes past the table.")
                                  .arg(lines.size())
                                  .arg(values.size()));
            if (!ref.isValid()) { // a label, or a cell a merged label covers
                const QString label = target.data().toString();
                if (!text.isEmpty() && TextNormalizer::compact(text) != TextNormalizer::compact(label))
                    return refuse(tr("“%1” would go over the label “%2”.").arg(text, label));
                continue;
            }
            QString error;
            const CellValue v = m_model->validate(ref, text, &error, false);
            if (!error.isEmpty())
                return refuse(error);
            if (m_model->isEditableValue(target))
                cells.append({ ref, v });
            else if (!v.isBlank())
                totals.append({ ref, v });
        }
    }
    Report after = m_document->report();
    for (const auto &c : std::as_const(cells)) {
        after.table(c.first.table).setStored(c.first.row, c.first.column, c.second);
        after.table(c.first.table).setAutomatic(c.first.row, c.first.column, false);
    }
    for (const auto &c : std::as_const(totals)) {
        if (!(after.computedValue(c.first) == c.second))
            cells.append(c);
    }
    if (const QString total = m_model->totalPastTheLimits(after); !total.isEmpty())
        return refuse(tr("A total would be %1, more than a report can hold (at most %L2).")
                          .arg(total)
                          .arg(qint64(CellValue::MaxNumber)));
    m_document->setCells(cells, tr("Paste"));
    return true;
}

void GridView::fillBlanksWithZero()
{
    QModelIndexList scope = selectionModel()->selectedIndexes();
    if (scope.size() <= 1) {
        scope.clear();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            for (int c = 0; c < m_model->columnCount(); ++c)
                scope << m_model->index(r, c);
        }
    }
    QVector<QPair<CellRef, CellValue>> cells;
    for (const QModelIndex &i : std::as_const(scope)) {
        const CellRef ref = m_model->cellRefAt(i);
        if (m_model->isEditableValue(i)
            && m_document->report().table(ref.table).stored(ref.row, ref.column).isBlank())
            cells.append({ ref, CellValue::number(0) });
    }
    if (!cells.isEmpty())
        m_document->setCells(cells, tr("Fill blanks with 0"));
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
