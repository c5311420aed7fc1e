#pragma once

#include "core/Annotation.h"
#include "core/Review.h"
#include "rules/Finding.h"

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace nianbao {

class AnnotationsDock;
class ComparisonDock;
class FindingsDock;
class ReportTableModel;
class ReportDocument;

/// The reviewer's half of the window: the 审阅 menu (comment, submit, return, approve, review
/// mode, compare, export the review copy), the review state in the status bar and a warning
/// bar when the content changed after it was submitted. The window tells it where a comment
/// made now would go (the focused cell, paragraph or field) and how to write a file.
class ReviewActions : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<ReportPlace()> targetAtFocus;
        /// Asks where and writes the review copy (comments included).
        std::function<void()> exportReviewCopy;
        /// The grids to tint when comparing with another version.
        std::function<QVector<ReportTableModel *>()> grids;
        /// Shows a place in the window (a comment's, a change's).
        std::function<void(const ReportPlace &)> show;
    };

    /// Adds the 批注 dock (tabbed with the findings) and the comparison dock to `window`.
    ReviewActions(QMainWindow *window, ReportDocument *document, FindingsDock *findings, Hooks hooks);

    AnnotationsDock *annotationsDock() const { return m_annotations; }
    /// 提交审阅 and 审核通过: with errors (and, approving, open comments) they ask first,
    /// naming them, and offer to go to the first.
    void submit();
    void approve();
    ComparisonDock *comparisonDock() const { return m_comparison; }
    /// What a comment made with the focus on `focus` is on: a grid's current cell, a prose
    /// editor's paragraph (with the selected words), a section page; else the section shown
    /// (`page` 1 … 6) or the whole report (0).
    static ReportPlace targetAt(QWidget *focus, int page);

    QMenu *menu() const { return m_menu; }
    QAction *addCommentAction() const { return m_addComment; }
    QAction *reviewModeAction() const { return m_reviewMode; }
    /// The warning bar above the pages (hidden unless the content changed after submission).
    QLabel *warningBar() const { return m_warning; }

    /// Puts "Add Comment" in the context menus of the window's grids, prose editors and
    /// fields (call once the pages exist).
    void addToContextMenus();
    /// A comment on a finding's place with its message as the text ("加为批注").
    void commentOnFinding(const Finding &finding);
    /// After opening a file: a submitted report offers review mode (read-only content).
    void offerReviewMode(bool interactive);
    /// Shows the 批注 dock and the first comment's place, and saves the window as a picture.
    bool saveScreenshot(const QString &file);
    /// The name of the review state, e.g. 已提交审阅.
    static QString stateName(ReviewState state);

private:
    bool goOnDespite(const QString &step, bool openComments);
    void addComment();
    void compare();
    void exportReviewCopy();
    void updateState();

    QMainWindow *m_window;
    ReportDocument *m_document;
    AnnotationsDock *m_annotations;
    ComparisonDock *m_comparison;
    Hooks m_hooks;
    QMenu *m_menu;
    QAction *m_addComment;
    QAction *m_submit;
    QAction *m_return;
    QAction *m_approve;
    QAction *m_reviewMode;
    QLabel *m_state;
    QLabel *m_warning;
};

} // namespace nianbao
