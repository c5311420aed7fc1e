#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace nianbao {

/// Where a report stands between its staff and its reviewers (docs/interchange.md, "Review").
enum class ReviewState : quint8 { Draft, Submitted, Returned, Approved };

/// One step of the review: submitted by staff (with the content hash of what was submitted),
/// returned or approved by a reviewer.
struct ReviewEvent
{
    ReviewState state = ReviewState::Draft;
    QString by;
    QDateTime at;
    QString contentHash; ///< "sha256:<64 hex>" on submissions; may be empty otherwise

    bool operator==(const ReviewEvent &o) const
    {
        return state == o.state && by == o.by && at == o.at && contentHash == o.contentHash;
    }
};

struct Review
{
    ReviewState state = ReviewState::Draft;
    QVector<ReviewEvent> history;

    bool isEmpty() const { return state == ReviewState::Draft && history.isEmpty(); }
    /// The last submission in the history, or nullptr.
    const ReviewEvent *lastSubmission() const;

    static QString stateKey(ReviewState state); ///< "draft", "submitted", "returned", "approved"
    /// The state in the interface's language (草稿, 已提交, 已退回, 已通过): lists and CSV
    /// files for people; the key is for files read by programs.
    static QString stateName(ReviewState state);
    static std::optional<ReviewState> stateFromKey(const QString &key);

    bool operator==(const Review &o) const { return state == o.state && history == o.history; }
    bool operator!=(const Review &o) const { return !(*this == o); }
};

} // namespace nianbao
