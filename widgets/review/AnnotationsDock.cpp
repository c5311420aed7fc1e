#include "widgets/review/AnnotationsDock.h"

#include "document/AnnotationsModel.h"
#include "document/ReportDocument.h"
#include "widgets/findings/WrappingDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace nianbao {

namespace {

const char *const AuthorKey = "review/author";

// Open / resolved / mine, on top of the model's rows.
class AnnotationFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(AnnotationsDock::Filter filter, const QString &me)
    {
        m_filter = filter;
        m_me = me;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        switch (m_filter) {
        case AnnotationsDock::All:
            return true;
        case AnnotationsDock::Open:
            return !index.data(AnnotationsModel::ResolvedRole).toBool();
        case AnnotationsDock::Resolved:
            return index.data(AnnotationsModel::ResolvedRole).toBool();
        case AnnotationsDock::Mine:
            return index.data(AnnotationsModel::AuthorRole).toString() == m_me;
        }
        return true;
    }

private:
    AnnotationsDock::Filter m_filter = AnnotationsDock::All;
    QString m_me;
};

} // namespace

QString AnnotationsDock::reviewerName()
{
    const QString saved = QSettings().value(QLatin1String(AuthorKey)).toString();
    if (!saved.isEmpty())
        return saved;
#ifdef Q_OS_UNIX
    // The full name from the account (GECOS field up to the first comma), as mail clients do.
    if (const passwd *pw = getpwuid(getuid())) {
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        return QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
}

void AnnotationsDock::setReviewerName(const QString &name)
{
    QSettings().setValue(QLatin1String(AuthorKey), name.trimmed());
}

AnnotationsDock::AnnotationsDock(ReportDocument *document, QWidget *parent)
    : QDockWidget(tr("Comments"), parent)
    , m_document(document)
    , m_model(new AnnotationsModel(document, this))
    , m_proxy(new AnnotationFilter(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_detail(new QLabel(this))
    , m_reply(new QPushButton(tr("&Reply"), this))
    , m_resolve(new QPushButton(tr("Re&solve"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_place(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_author(new QLineEdit(this))
    , m_send(new QPushButton(tr("Add comment"), this))
{
    setObjectName(QStringLiteral("annotationsDock"));
    m_filter->setObjectName(QStringLiteral("annotationFilter"));
    m_view->setObjectName(QStringLiteral("annotationList"));
    m_detail->setObjectName(QStringLiteral("annotationDetail"));
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_delete->setObjectName(QStringLiteral("deleteCommentButton"));
    m_place->setObjectName(QStringLiteral("commentPlace"));
    m_text->setObjectName(QStringLiteral("commentText"));
    m_author->setObjectName(QStringLiteral("commentAuthor"));
    m_send->setObjectName(QStringLiteral("sendCommentButton"));

    m_filter->addItem(tr("All comments"), All);
    m_filter->addItem(tr("Open"), Open);
    m_filter->addItem(tr("Resolved"), Resolved);
    m_filter->addItem(tr("Mine"), Mine);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    // Status and place are short; the text takes what is left (the full text and replies show
    // below the list).
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(AnnotationsModel::PlaceColumn, 110);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    // The time is in the detail below the list: the text takes the width.
    m_view->setColumnHidden(AnnotationsModel::TimeColumn, true);
    m_view->header()->setSectionResizeMode(AnnotationsModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AnnotationsModel::AuthorColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AnnotationsModel::TimeColumn, QHeaderView::ResizeToContents);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_place->setWordWrap(true);
    m_text->setPlaceholderText(tr("Comment text; Ctrl+Enter adds it"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_author->setText(reviewerName());
    m_author->setPlaceholderText(tr("Your name"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reply);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    layout->addWidget(m_place);
    layout->addWidget(m_text);
    auto *sendRow = new QHBoxLayout;
    auto *signedAs = new QLabel(tr("Si&gned:"), this);
    signedAs->setBuddy(m_author);
    sendRow->addWidget(signedAs);
    sendRow->addWidget(m_author, 1);
    sendRow->addWidget(m_send);
    layout->addLayout(sendRow);
    setWidget(content);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(Filter(m_filter->currentData().toInt())); });
    auto activate = [this](const QModelIndex &index) {
        if (const Annotation *a = m_model->annotationAt(m_proxy->mapToSource(index).row()))
            emit locationRequested(a->target);
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_reply, &QPushButton::clicked, this, &AnnotationsDock::startReply);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        if (const Annotation *a = m_document->annotation(id))
            m_document->setAnnotationResolved(id, !a->resolved);
        select(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_document->removeAnnotation(currentId()); });
    connect(m_send, &QPushButton::clicked, this, &AnnotationsDock::submit);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_text);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &AnnotationsDock::submit);
    auto *sendEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_text);
    sendEnter->setContext(Qt::WidgetShortcut);
    connect(sendEnter, &QShortcut::activated, this, &AnnotationsDock::submit);
    // The selection model stays through resets of the (same) model.
    auto refresh = [this] {
        updateButtons();
        showDetail();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, refresh);
    refresh();
    startComment(ReportPlace::ofReport());
}

void AnnotationsDock::setFilter(Filter filter)
{
    static_cast<AnnotationFilter *>(m_proxy)->setFilter(filter, m_author->text().trimmed());
    const int at = m_filter->findData(filter);
    if (at != m_filter->currentIndex())
        m_filter->setCurrentIndex(at);
}

QString AnnotationsDock::currentId() const
{
    return m_proxy->data(m_view->currentIndex(), AnnotationsModel::IdRole).toString();
}

void AnnotationsDock::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void AnnotationsDock::startComment(const ReportPlace &target, const QString &text)
{
    m_target = target;
    m_replyTo.clear();
    // Paragraphs counted from 1, as people count them ("第 1 段"), from where it is now.
    m_place->setText(
        tr("New comment on: %1")
            .arg(AnnotationsModel::describe(AnnotationAnchors::located(m_document->report(), target))));
    m_send->setText(tr("Add comment"));
    m_text->setPlainText(text);
    if (isVisible())
        m_text->setFocus(Qt::ShortcutFocusReason);
}

void AnnotationsDock::startReply()
{
    const Annotation *a = m_document->annotation(currentId());
    if (!a)
        return;
    m_replyTo = a->id;
    m_place->setText(tr("Reply to %1: %2").arg(a->author, a->text.left(40)));
    m_send->setText(tr("Reply"));
    m_text->clear();
    m_text->setFocus(Qt::ShortcutFocusReason);
}

void AnnotationsDock::submit()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    const QString author = m_author->text().trimmed();
    if (author != reviewerName())
        setReviewerName(author);
    m_document->setAuthor(author);
    QString id = m_replyTo;
    if (m_replyTo.isEmpty())
        id = m_document->addAnnotation(m_target, text);
    else
        m_document->replyToAnnotation(m_replyTo, text);
    m_text->clear();
    m_replyTo.clear();
    select(id);
    startComment(m_target);
}

void AnnotationsDock::updateButtons()
{
    const Annotation *a = m_document->annotation(currentId());
    m_reply->setEnabled(a != nullptr);
    m_resolve->setEnabled(a != nullptr);
    m_delete->setEnabled(a != nullptr);
    m_resolve->setText(a && a->resolved ? tr("Re&open") : tr("Re&solve"));
}

void AnnotationsDock::showDetail()
{
    const Annotation *a = m_document->annotation(currentId());
    if (!a) {
        m_detail->clear();
        return;
    }
    QString text = QStringLiteral("<b>%1</b>: %2").arg(a->author.toHtmlEscaped(), a->text.toHtmlEscaped());
    if (!a->target.quote.isEmpty())
        text.prepend(QStringLiteral("<i>“%1”</i><br>").arg(a->target.quote.toHtmlEscaped()));
    for (const AnnotationReply &r : a->replies)
        text += QStringLiteral("<br>↳ <b>%1</b>: %2").arg(r.author.toHtmlEscaped(), r.text.toHtmlEscaped());
    m_detail->setText(text);
}

} // namespace nianbao
