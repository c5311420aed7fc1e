#pragma once

#include "core/Annotation.h"
#include "rules/Finding.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace nianbao {

/// Before a step that others rely on (submitting for review, approving, a publication
/// export) a report with errors or open comments: how many, the first of them by name, and
/// a choice to go to the first, to go on anyway, or to cancel. Nothing is asked when there
/// is nothing to say.
class ErrorsQuestion
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ErrorsQuestion)

public:
    enum class Answer { GoOn, GoToFirst, Cancel };

    /// `step`: what the user asked for, as the button says it ("Submit", "Approve",
    /// "Export"). `openComments`: count the unresolved comments too (approving).
    static Answer ask(QWidget *parent, const QString &step, const Findings &findings,
                      const Annotations &comments = {}, bool openComments = false);
    /// Where "go to the first" goes: the first error, else (with `openComments`) the first
    /// open comment's place; `commentId` names that comment.
    static std::optional<ReportPlace> firstPlace(const Findings &findings, const Annotations &comments,
                                                 bool openComments, QString *commentId = nullptr);
    /// The question's text, for the same arguments (empty: nothing to ask).
    static QString text(const Findings &findings, const Annotations &comments, bool openComments);
};

} // namespace nianbao
