#pragma once

#include "core/ReportPlace.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace nianbao {

class Report;

struct AnnotationReply
{
    QString author;
    QDateTime created;
    QString text;

    bool operator==(const AnnotationReply &o) const
    {
        return author == o.author && created == o.created && text == o.text;
    }
};

/// One review comment with its replies (Okular keeps annotations in its core library too:
/// they are part of the document, and their changes are undoable commands).
struct Annotation
{
    QString id; ///< unique within the report, kept across saves ("c7")
    ReportPlace target; ///< what the comment is on (docs/interchange.md, "Review")
    QString author;
    QDateTime created;
    QString text;
    bool resolved = false;
    QVector<AnnotationReply> replies;

    bool operator==(const Annotation &o) const
    {
        return id == o.id && target == o.target && author == o.author && created == o.created
            && text == o.text && resolved == o.resolved && replies == o.replies;
    }
    bool operator!=(const Annotation &o) const { return !(*this == o); }
};

using Annotations = QVector<Annotation>;

/// Keeping paragraph comments on their paragraph. Files name a paragraph by position; the
/// program by anchor, which survives typing, inserting and moving.
namespace AnnotationAnchors {

/// After reading: each paragraph comment gets the anchor of the paragraph its indices name;
/// one whose paragraph does not exist is orphaned.
void bind(Report &report);
/// The report's comments as a file should say them: indices from the anchors (the paragraph
/// may have moved); a comment whose paragraph is gone is orphaned, keeping its last indices
/// and quote.
Annotations current(const Report &report);
/// A paragraph place with the subsection and paragraph indices its anchor has now (a new
/// comment's place has only the anchor); other places as they are.
/// `found`: whether the paragraph is there.
ReportPlace located(const Report &report, const ReportPlace &place, bool *found = nullptr);
/// A fresh id ("c" and a number) unused in the report.
QString newId(const Report &report);

} // namespace AnnotationAnchors

} // namespace nianbao
