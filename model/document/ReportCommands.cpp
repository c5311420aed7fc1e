#include "document/ReportCommands.h"

#include "document/ReportDocument.h"

#include <algorithm>

namespace nianbao {

SetCellsCommand::SetCellsCommand(ReportDocument *document, const QVector<Change> &changes,
                                 const QString &text, int editSession)
    : QUndoCommand(text)
    , m_document(document)
    , m_after(changes)
    , m_editSession(editSession)
{
    const Report &report = document->report();
    for (const Change &c : changes) {
        const TableData &t = report.table(c.cell.table);
        m_before.append(
            { c.cell, t.stored(c.cell.row, c.cell.column), t.isAutomatic(c.cell.row, c.cell.column) });
    }
}

void SetCellsCommand::apply(const QVector<Change> &changes)
{
    Report &report = m_document->mutableReport();
    for (const Change &c : changes) {
        TableData &t = report.table(c.cell.table);
        t.setStored(c.cell.row, c.cell.column, c.value);
        t.setAutomatic(c.cell.row, c.cell.column, c.automatic);
    }
    for (const Change &c : changes)
        m_document->notifyCellChanged(c.cell);
    m_document->notifyCellsDone();
}

bool SetCellsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetCellsCommand *>(other);
    if (o->m_editSession != m_editSession || m_after.size() != 1)
        return false;
    if (o->m_after.size() == 1 && o->m_after.first().cell == m_after.first().cell) {
        m_after = o->m_after;
        // Typing that ends where it began (a refused value put back, 5 → 56 → 5) changes
        // nothing: the step goes away, and with it the "modified" mark it would leave.
        const Change &before = m_before.first();
        const Change &after = m_after.first();
        setObsolete(before.value == after.value && before.automatic == after.automatic);
        return true;
    }
    // The value typed, then given to the whole selected range (the same edit session): one
    // step. Each cell keeps the value it had before the session touched it.
    QVector<Change> before = m_before;
    QVector<Change> after = m_after;
    for (const Change &c : o->m_before) {
        if (std::none_of(before.cbegin(), before.cend(), [&](const Change &b) { return b.cell == c.cell; }))
            before.append(c);
    }
    for (const Change &c : o->m_after) {
        auto it = std::find_if(after.begin(), after.end(), [&](const Change &a) { return a.cell == c.cell; });
        if (it == after.end())
            after.append(c);
        else
            *it = c;
    }
    m_before = before;
    m_after = after;
    return true;
}

void SetCellsCommand::undo()
{
    apply(m_before);
}

void SetCellsCommand::redo()
{
    apply(m_after);
}

ReportChangeCommand::ReportChangeCommand(ReportDocument *document, const Report &after, const QString &text,
                                         Kind kind, const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->report())
    , m_after(after)
    , m_kind(kind)
    , m_mergeKey(mergeKey)
{
}

void ReportChangeCommand::apply(const Report &report)
{
    m_document->mutableReport() = report;
    switch (m_kind) {
    case Kind::Whole:
        m_document->notifyContentReplaced();
        break;
    case Kind::Structure:
        m_document->notifyStructureChanged();
        break;
    case Kind::Text:
        m_document->notifyTextChanged();
        break;
    }
}

void ReportChangeCommand::undo()
{
    apply(m_before);
}

void ReportChangeCommand::redo()
{
    apply(m_after);
}

bool ReportChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ReportChangeCommand *>(other);
    if (o->m_mergeKey != m_mergeKey || o->m_kind != m_kind)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace nianbao
