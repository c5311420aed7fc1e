#pragma once

#include "core/Report.h"

#include <QUndoCommand>

namespace nianbao {

class ReportDocument;

/// Sets statistics cells (one typed value, or a pasted block) and whether computed cells
/// follow their sum. Keystrokes in one open cell editor (same edit session, same cell)
/// merge into one step; separate edits do not.
class SetCellsCommand : public QUndoCommand
{
public:
    struct Change
    {
        CellRef cell;
        CellValue value;
        bool automatic;
    };

    SetCellsCommand(ReportDocument *document, const QVector<Change> &changes, const QString &text,
                    int editSession = 0);
    void undo() override;
    void redo() override;
    int id() const override { return m_editSession > 0 ? 0x4E43 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVector<Change> &changes);
    ReportDocument *m_document;
    QVector<Change> m_before;
    QVector<Change> m_after;
    int m_editSession = 0;
};

/// The one generic change of prose and fields: the report before and after. Report is
/// implicitly shared, so a snapshot costs little. Consecutive changes with the same merge
/// key (typing in one field) merge into one undo step.
class ReportChangeCommand : public QUndoCommand
{
public:
    enum class Kind { Text, Structure, Whole };

    ReportChangeCommand(ReportDocument *document, const Report &after, const QString &text, Kind kind,
                        const QString &mergeKey = {});
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x4E42; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Report &report);
    ReportDocument *m_document;
    Report m_before;
    Report m_after;
    Kind m_kind;
    QString m_mergeKey;
};

} // namespace nianbao
