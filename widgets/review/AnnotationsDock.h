#pragma once

#include "core/Annotation.h"
#include "rules/Finding.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace nianbao {

class AnnotationsModel;
class ReportDocument;

/// 批注: every review comment with its status, place, author and time; filtered to open,
/// resolved or one's own; reply, resolve, reopen, delete; clicking one shows its place.
/// Below the list, the composer writes a new comment or a reply (Ctrl+Enter), signed with
/// the reviewer's name, which is kept in the settings.
class AnnotationsDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Filter { All, Open, Resolved, Mine };

    AnnotationsDock(ReportDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    AnnotationsModel *model() const { return m_model; }
    void setFilter(Filter filter);

    /// Opens the composer for a new comment on `target` (text may be prefilled).
    void startComment(const ReportPlace &target, const QString &text = {});
    /// Opens the composer for a reply to the selected comment.
    void startReply();
    /// The id of the selected comment, or empty.
    QString currentId() const;
    void select(const QString &id);

    /// The name comments are signed with: the settings', else the system user's full name.
    static QString reviewerName();
    static void setReviewerName(const QString &name);

signals:
    void locationRequested(const nianbao::ReportPlace &location);

private:
    void submit();
    void updateButtons();
    void showDetail();

    ReportDocument *m_document;
    AnnotationsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QTreeView *m_view;
    QLabel *m_detail;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QPushButton *m_delete;
    QLabel *m_place;
    QPlainTextEdit *m_text;
    QLineEdit *m_author;
    QPushButton *m_send;
    ReportPlace m_target; ///< of the comment being written
    QString m_replyTo; ///< the comment being answered, or empty for a new comment
};

} // namespace nianbao
