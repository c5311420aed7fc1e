#include "widgets/grid/ReportTableModel.h"

#include "core/ReportLimits.h"
#include "document/ReportDocument.h"
#include "widgets/findings/SeverityStyle.h"

#include <QBrush>
#include <QFont>

namespace nianbao {

namespace {

int findingKey(const CellRef &c)
{
    return c.row * 64 + c.column;
}

} // namespace

ReportTableModel::ReportTableModel(ReportDocument *document, TableId table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
    , m_layout(PrintedLayout::table(table))
{
    m_cellIndex = QVector<QVector<int>>(m_layout.rows.size(), QVector<int>(m_layout.gridColumns, -1));
    for (int r = 0; r < m_layout.rows.size(); ++r) {
        const PrintedRow &row = m_layout.rows[r];
        for (int i = 0; i < row.cells.size(); ++i)
            m_cellIndex[r][row.cells[i].column] = i;
    }
    connect(document, &ReportDocument::cellChanged, this, [this](const CellRef &cell) {
        if (cell.table != m_table)
            return;
        // A value changes, and with it the totals computed from it.
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    connect(document, &ReportDocument::findingsChanged, this, &ReportTableModel::refreshFindings);
    auto everything = [this] { emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1)); };
    connect(document, &ReportDocument::annotationsChanged, this, everything);
    connect(document, &ReportDocument::contentLockChanged, this, everything);
    connect(document, &ReportDocument::reportReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    refreshFindings();
}

void ReportTableModel::refreshFindings()
{
    QHash<int, QVector<Finding>> next;
    for (const Finding &f : m_document->findings()) {
        if (f.location.kind == ReportPlace::Kind::Cell && f.location.cell.table == m_table)
            next[findingKey(f.location.cell)].append(f);
    }
    if (next.isEmpty() && m_findings.isEmpty())
        return;
    m_findings = next;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const PrintedCell *ReportTableModel::cellAt(int row, int column) const
{
    if (row < 0 || row >= m_layout.rows.size() || column < 0 || column >= m_layout.gridColumns)
        return nullptr;
    const int i = m_cellIndex[row][column];
    return i < 0 ? nullptr : &m_layout.rows[row].cells[i];
}

CellRef ReportTableModel::cellRefAt(const QModelIndex &index) const
{
    const PrintedCell *c = cellAt(index.row(), index.column());
    return c && c->kind == PrintedCell::Kind::Value ? c->value : CellRef {};
}

QModelIndex ReportTableModel::indexOf(const CellRef &cell) const
{
    if (cell.row < 0 || cell.column < 0)
        return indexOfLabel(cell);
    const auto [row, i] = m_layout.find(cell);
    if (row < 0)
        return {};
    return index(row, m_layout.rows[row].cells[i].column);
}

QModelIndex ReportTableModel::indexOfLabel(const CellRef &cell) const
{
    const TableSpec &spec = ReportTemplate::official().table(m_table);
    // A column's header: the label printed with its text above the values.
    if (cell.row < 0) {
        const QString label = spec.columns.value(cell.column).label;
        for (int r = 0; r < int(m_layout.rows.size()) && !label.isEmpty(); ++r) {
            for (const PrintedCell &p : m_layout.rows[r].cells) {
                if (p.kind == PrintedCell::Kind::Label && p.text.simplified() == label.simplified())
                    return index(r, p.column);
            }
        }
        return {};
    }
    // A row's label: the last label before the row's first value, in the printed row that
    // holds its values.
    for (int r = 0; r < int(m_layout.rows.size()); ++r) {
        const PrintedCell *label = nullptr;
        for (const PrintedCell &p : m_layout.rows[r].cells) {
            if (p.kind == PrintedCell::Kind::Label)
                label = &p;
            else if (p.kind == PrintedCell::Kind::Value && p.value.row == cell.row)
                return label ? index(r, label->column) : index(r, p.column);
        }
    }
    return {};
}

bool ReportTableModel::isEditableValue(const QModelIndex &index) const
{
    const CellRef ref = cellRefAt(index);
    return ref.isValid()
        && (!ReportTemplate::official().table(m_table).isComputed(ref.row, ref.column) || ref == m_stating)
        && !m_document->isContentLocked();
}

void ReportTableModel::setComparison(const QHash<int, QString> &oldValues)
{
    m_comparison = oldValues;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

CellValue ReportTableModel::validate(const CellRef &cell, const QString &text, QString *error,
                                     bool alone) const
{
    const TableSpec &spec = ReportTemplate::official().table(m_table);
    const CellValue value = CellValue::parse(text);
    const QString where = spec.rows[cell.row].label + QStringLiteral(" / ") + spec.columns[cell.column].label;
    if (value.isBeyondLimits()) {
        *error
            = tr("%1 is more than a report can hold (%2): at most %L3, with at most %4 significant digits.")
                  .arg(text, where)
                  .arg(qint64(CellValue::MaxNumber))
                  .arg(CellValue::MaxSignificantDigits);
    } else if (value.isInvalid()) {
        *error = tr("“%1” is not a number (%2). Type a whole number, or 0 when nothing happened.")
                     .arg(text, where);
    } else if (value.isNumber() && value.number() < 0) {
        *error = tr("%1 cannot be negative (%2).").arg(value.toString(), where);
    } else if (value.isNumber() && !value.isWholeNumber() && !spec.allowsDecimals(cell.row, cell.column)) {
        *error = tr("%1 must be a whole number (%2); only 行政事业性收费 takes decimals.")
                     .arg(value.toString(), where);
    } else if (const QString total = alone ? totalPastTheLimits(cell, value) : QString(); !total.isEmpty()) {
        *error = tr("With %1 here (%2), a total would be %3, more than a report can hold (at most %L4).")
                     .arg(value.toString(), where, total)
                     .arg(qint64(CellValue::MaxNumber));
    } else {
        error->clear();
    }
    return value;
}

QString ReportTableModel::totalPastTheLimits(const CellRef &cell, const CellValue &value) const
{
    if (!value.isNumber())
        return QString();
    Report probe = m_document->report(); // shares all but the table changed here
    TableData &table = probe.table(m_table);
    table.setStored(cell.row, cell.column, value);
    table.setAutomatic(cell.row, cell.column, false);
    return totalPastTheLimits(probe);
}

QString ReportTableModel::totalPastTheLimits(const Report &after) const
{
    const TableSpec &spec = after.table(m_table).spec();
    for (int r = 0; r < spec.rowCount(); ++r) {
        for (int c = 0; c < spec.columnCount(); ++c) {
            const CellValue v = spec.hasCell(r, c) ? after.value(m_table, r, c) : CellValue();
            if (!ReportLimits::withinNumberLimits(v))
                return ReportLimits::spelled(v);
        }
    }
    return QString();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout.rows.size();
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout.gridColumns;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    const PrintedCell *c = cellAt(index.row(), index.column());
    if (!c)
        return {};
    if (role == CellKindRole)
        return int(c->kind);
    if (c->kind == PrintedCell::Kind::Label) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return c->text;
        case Qt::BackgroundRole:
            return SeverityStyle::labelBackground();
        case Qt::TextAlignmentRole:
            return m_layout.rows[index.row()].header ? int(Qt::AlignCenter)
                                                     : int(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (c->kind != PrintedCell::Kind::Value)
        return {};

    const Report &report = m_document->report();
    const CellRef ref = c->value;
    const TableSpec &spec = ReportTemplate::official().table(m_table);
    const bool computed = spec.isComputed(ref.row, ref.column);
    const bool automatic = report.table(m_table).isAutomatic(ref.row, ref.column);
    const QVector<Finding> findings = m_findings.value(findingKey(ref));
    int worst = -1;
    for (const Finding &f : findings)
        worst = worst < 0 ? int(f.severity) : qMin(worst, int(f.severity));

    switch (role) {
    case Qt::DisplayRole:
        return report.value(ref).toString();
    case Qt::EditRole:
        return report.value(ref).toString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (computed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (worst >= 0)
            return SeverityStyle::cellBackground(Severity(worst));
        if (m_comparison.contains(cellKey(ref)))
            return SeverityStyle::changedBackground();
        if (computed)
            return SeverityStyle::computedBackground();
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << spec.rows[ref.row].label + QStringLiteral(" / ") + spec.columns[ref.column].label;
        if (computed)
            lines << (automatic ? tr("Computed from its parts; not editable.")
                                : tr("Stated as imported; the computed value is %1.")
                                      .arg(report.computedValue(ref).toString()));
        for (const Finding &f : findings)
            lines << QStringLiteral("• ") + f.message;
        // A summary report: the reports this cell adds up.
        if (const auto it = report.sources.constFind(spec.anchor(ref.row, ref.column));
            it != report.sources.cend()) {
            QStringList parts;
            for (const CellSource &s : *it)
                parts << QStringLiteral("%1 %2").arg(
                    s.from, s.value.isNumber() ? s.value.toString() : tr("blank (0)"));
            lines << tr("Summed from: %1").arg(parts.join(QStringLiteral("; ")));
        }
        if (m_comparison.contains(cellKey(ref))) {
            const QString old = m_comparison.value(cellKey(ref));
            lines << tr("Was: %1").arg(old.isEmpty() ? tr("blank") : old);
        }
        for (const Annotation &a : report.annotations) {
            if (a.target.kind == ReportPlace::Kind::Cell && a.target.cell == ref)
                lines << tr("Comment by %1: %2").arg(a.author, a.text);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case ComputedRole:
        return computed;
    case CommentRole: {
        int open = 0;
        for (const Annotation &a : report.annotations)
            open += !a.resolved && a.target.kind == ReportPlace::Kind::Cell && a.target.cell == ref;
        return open;
    }
    case ChangedRole:
        return m_comparison.contains(cellKey(ref));
    case SeverityRole:
        return worst;
    default:
        return {};
    }
}

void ReportTableModel::beginLiveEdit(const QModelIndex &index)
{
    if (!isEditableValue(index))
        return;
    m_session = ++m_sessions;
    m_sessionCell = cellRefAt(index);
    m_sessionOriginal = m_document->report().table(m_table).stored(m_sessionCell.row, m_sessionCell.column);
}

void ReportTableModel::liveEdit(const QModelIndex &index, const QString &text)
{
    if (m_session == 0 || cellRefAt(index) != m_sessionCell)
        return;
    QString error;
    const CellValue parsed = validate(m_sessionCell, text, &error);
    if (error.isEmpty())
        m_document->setCell(m_sessionCell, parsed, m_session); // partial input that is not a number yet waits
}

void ReportTableModel::cancelLiveEdit()
{
    if (m_session == 0)
        return;
    const TableData &table = m_document->report().table(m_table);
    if (!(table.stored(m_sessionCell.row, m_sessionCell.column) == m_sessionOriginal))
        m_document->setCell(m_sessionCell, m_sessionOriginal, m_session); // merges away
    m_session = 0;
}

void ReportTableModel::endLiveEdit()
{
    m_session = 0;
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditableValue(index))
        return false;
    const CellRef ref = cellRefAt(index);
    const int session = m_session != 0 && ref == m_sessionCell ? m_session : 0;
    QString error;
    const CellValue parsed = validate(ref, value.toString(), &error);
    if (!error.isEmpty()) {
        emit inputRefused(error);
        if (session != 0) // undo what the keystrokes showed along the way
            m_document->setCell(ref, m_sessionOriginal, session);
        return false; // refused, not stored
    }
    m_document->setCell(ref, parsed, session);
    m_lastCommit = { session, ref };
    return true;
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    const PrintedCell *c = cellAt(index.row(), index.column());
    if (!c)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableValue(index))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace nianbao
