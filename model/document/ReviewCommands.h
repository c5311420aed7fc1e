#pragma once

#include "core/Report.h"

#include <QUndoCommand>

namespace nianbao {

class ReportDocument;

/// A change of the review comments: added, edited, answered, resolved, reopened, deleted.
/// The list before and after (comments are few and implicitly shared): undo and redo are
/// exact whatever the change was. The report's content is untouched, so a reviewer can
/// comment on a report whose content is locked.
class AnnotationsCommand : public QUndoCommand
{
public:
    AnnotationsCommand(ReportDocument *document, const Annotations &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReportDocument *m_document;
    Annotations m_before;
    Annotations m_after;
};

/// A step of the review: submitted, returned, approved (the state and its history).
class ReviewStateCommand : public QUndoCommand
{
public:
    ReviewStateCommand(ReportDocument *document, const Review &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReportDocument *m_document;
    Review m_before;
    Review m_after;
};

} // namespace nianbao
