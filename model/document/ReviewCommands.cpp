#include "document/ReviewCommands.h"

#include "document/ReportDocument.h"

namespace nianbao {

AnnotationsCommand::AnnotationsCommand(ReportDocument *document, const Annotations &after,
                                       const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->report().annotations)
    , m_after(after)
{
}

void AnnotationsCommand::undo()
{
    m_document->mutableReport().annotations = m_before;
    m_document->notifyAnnotationsChanged();
}

void AnnotationsCommand::redo()
{
    m_document->mutableReport().annotations = m_after;
    m_document->notifyAnnotationsChanged();
}

ReviewStateCommand::ReviewStateCommand(ReportDocument *document, const Review &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->report().review)
    , m_after(after)
{
}

void ReviewStateCommand::undo()
{
    m_document->mutableReport().review = m_before;
    m_document->notifyReviewChanged();
}

void ReviewStateCommand::redo()
{
    m_document->mutableReport().review = m_after;
    m_document->notifyReviewChanged();
}

} // namespace nianbao
