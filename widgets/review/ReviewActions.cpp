#include "widgets/review/ReviewActions.h"

#include "document/AnnotationsModel.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "widgets/findings/ErrorsQuestion.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/ProseEditor.h"
#include "widgets/pages/SectionPage.h"
#include "widgets/review/AnnotationsDock.h"
#include "widgets/review/ComparisonDock.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>

namespace nianbao {

namespace {

/// What a comment on a finding is on: the finding's place where a comment can be there (the
/// interchange format has no comments on a whole table, nor on the review record).
ReportPlace commentPlaceOf(const ReportPlace &place)
{
    switch (place.kind) {
    case ReportPlace::Kind::Table:
        return ReportPlace::ofSection(place.sectionShown());
    case ReportPlace::Kind::Field:
        return ReportFields::commentable().contains(place.field) ? place : ReportPlace::ofReport();
    default:
        return place;
    }
}

} // namespace

ReviewActions::ReviewActions(QMainWindow *window, ReportDocument *document, FindingsDock *findings,
                             Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_annotations(new AnnotationsDock(document, window))
    , m_comparison(new ComparisonDock(document, hooks.grids, window))
    , m_hooks(std::move(hooks))
    , m_menu(window->menuBar()->addMenu(tr("&Review")))
    , m_state(new QLabel(window))
    , m_warning(new QLabel(window))
{
    m_menu->setObjectName(QStringLiteral("reviewMenu"));
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_warning->setObjectName(QStringLiteral("changedSinceSubmissionBar"));
    m_warning->setWordWrap(true);
    m_warning->setAutoFillBackground(true);
    m_warning->setBackgroundRole(QPalette::ToolTipBase);
    m_warning->setForegroundRole(QPalette::ToolTipText);
    m_warning->setMargin(6);
    m_warning->hide();
    window->addDockWidget(Qt::RightDockWidgetArea, m_annotations);
    window->tabifyDockWidget(findings, m_annotations);
    findings->raise();
    window->addDockWidget(Qt::RightDockWidgetArea, m_comparison);
    m_comparison->hide();
    connect(findings, &FindingsDock::commentRequested, this, &ReviewActions::commentOnFinding);
    connect(m_annotations, &AnnotationsDock::locationRequested, this,
            [this](const ReportPlace &l) { m_hooks.show(l); });
    connect(m_comparison, &ComparisonDock::locationRequested, this,
            [this](const ReportPlace &l) { m_hooks.show(l); });

    // Word's and WPS's "New Comment" is Ctrl+Alt+M.
    m_addComment = m_menu->addAction(tr("&Add Comment…"), this, &ReviewActions::addComment);
    m_addComment->setObjectName(QStringLiteral("addCommentAction"));
    m_addComment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_addComment->setShortcutContext(Qt::ApplicationShortcut);
    QAction *show = m_menu->addAction(tr("Show &Comments"));
    connect(show, &QAction::triggered, m_annotations, [this] {
        m_annotations->show();
        m_annotations->raise();
    });
    m_menu->addSeparator();
    m_submit = m_menu->addAction(tr("&Submit for Review"), this, &ReviewActions::submit);
    m_submit->setObjectName(QStringLiteral("submitAction"));
    m_return = m_menu->addAction(tr("&Return for Changes"), this, [this] {
        m_document->setAuthor(AnnotationsDock::reviewerName());
        m_document->returnForChanges();
    });
    m_return->setObjectName(QStringLiteral("returnAction"));
    m_approve = m_menu->addAction(tr("A&pprove"), this, &ReviewActions::approve);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_reviewMode = m_menu->addAction(tr("Review &Mode (Content Read-Only)"));
    m_reviewMode->setObjectName(QStringLiteral("reviewModeAction"));
    m_reviewMode->setCheckable(true);
    connect(m_reviewMode, &QAction::toggled, m_document, &ReportDocument::setContentLocked);
    m_menu->addSeparator();
    QAction *compare = m_menu->addAction(tr("Compare with &Version…"), this, &ReviewActions::compare);
    compare->setObjectName(QStringLiteral("compareAction"));
    QAction *exportCopy
        = m_menu->addAction(tr("&Export Review Copy…"), this, &ReviewActions::exportReviewCopy);
    exportCopy->setObjectName(QStringLiteral("exportReviewCopyAction"));

    window->statusBar()->addPermanentWidget(m_state);
    // Every change of a comment (added, resolved, removed, undone) changes the count.
    for (auto signal : { &ReportDocument::reviewChanged, &ReportDocument::reportReset,
                         &ReportDocument::findingsChanged, &ReportDocument::annotationsChanged })
        connect(document, signal, this, &ReviewActions::updateState);
    connect(document, &ReportDocument::contentLockChanged, m_reviewMode, &QAction::setChecked);
    updateState();
}

ReportPlace ReviewActions::targetAt(QWidget *focus, int page)
{
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        if (auto *grid = qobject_cast<GridView *>(w)) {
            const CellRef cell = grid->tableModel()->cellRefAt(grid->currentIndex());
            if (cell.isValid())
                return ReportPlace::ofCell(cell);
        } else if (auto *prose = qobject_cast<ProseEditor *>(w)) {
            return prose->commentTarget();
        } else if (auto *section = qobject_cast<SectionPage *>(w)) {
            return ReportPlace::ofSection(section->section());
        }
    }
    // Pages after the sections (同比, 图表) show the whole report.
    return page >= 1 && page <= SectionCount ? ReportPlace::ofSection(SectionId(page - 1))
                                             : ReportPlace::ofReport();
}

QString ReviewActions::stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return tr("Draft");
    case ReviewState::Submitted:
        return tr("Submitted for review");
    case ReviewState::Returned:
        return tr("Returned for changes");
    case ReviewState::Approved:
        return tr("Approved");
    }
    return QString();
}

void ReviewActions::addToContextMenus()
{
    for (GridView *grid : m_window->findChildren<GridView *>()) {
        grid->setContextMenuPolicy(Qt::ActionsContextMenu);
        grid->addAction(m_addComment);
    }
    // Text editors keep their own menu (undo, copy, paste…) with the action added.
    auto extend = [this](QWidget *editor, auto standardMenu) {
        editor->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(editor, &QWidget::customContextMenuRequested, editor,
                [this, editor, standardMenu](const QPoint &at) {
                    QMenu *menu = standardMenu();
                    menu->addSeparator();
                    menu->addAction(m_addComment);
                    menu->exec(editor->mapToGlobal(at));
                    delete menu;
                });
    };
    for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>()) {
        if (qobject_cast<ProseEditor *>(edit->parentWidget()))
            extend(edit, [edit] { return edit->createStandardContextMenu(); });
    }
    for (QLineEdit *edit : m_window->findChildren<QLineEdit *>()) {
        if (edit->objectName().endsWith(QLatin1String("Edit")))
            extend(edit, [edit] { return edit->createStandardContextMenu(); });
    }
}

bool ReviewActions::saveScreenshot(const QString &file)
{
    const Annotations &comments = m_document->report().annotations;
    m_annotations->show();
    m_annotations->raise();
    if (!comments.isEmpty()) {
        m_hooks.show(comments.first().target);
        m_annotations->select(comments.first().id);
    }
    QApplication::processEvents();
    return m_window->grab().save(file);
}

void ReviewActions::addComment()
{
    const ReportPlace target = m_hooks.targetAtFocus();
    m_annotations->show();
    m_annotations->raise();
    m_annotations->startComment(target);
}

void ReviewActions::commentOnFinding(const Finding &finding)
{
    // One click: the finding's message becomes the comment, signed; it can be edited after.
    m_document->setAuthor(AnnotationsDock::reviewerName());
    const QString id = m_document->addAnnotation(commentPlaceOf(finding.location), finding.message);
    m_annotations->show();
    m_annotations->raise();
    m_annotations->select(id);
}

void ReviewActions::offerReviewMode(bool interactive)
{
    const ReviewState state = m_document->report().review.state;
    if (state != ReviewState::Submitted && state != ReviewState::Approved)
        return;
    bool lock = true;
    if (interactive) {
        lock = QMessageBox::question(
                   m_window, tr("Submitted report"),
                   tr("This report was submitted for review. Open it in review mode, with its "
                      "content read-only? Comments can still be added."),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }
    m_document->setContentLocked(lock);
}

void ReviewActions::compare()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Compare with another version"), QFileInfo(m_document->filePath()).absolutePath(),
        FormatRegistry::instance().nameFilters(FormatRegistry::Direction::Read));
    if (path.isEmpty())
        return;
    Report other;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, other, error)) {
        QMessageBox::warning(m_window, tr("Cannot compare"), error.message());
        return;
    }
    m_comparison->compareWith(other, QFileInfo(path).fileName());
}

void ReviewActions::exportReviewCopy()
{
    m_hooks.exportReviewCopy();
}

bool ReviewActions::goOnDespite(const QString &step, bool openComments)
{
    const Report &r = m_document->report();
    switch (ErrorsQuestion::ask(m_window, step, m_document->findings(), r.annotations, openComments)) {
    case ErrorsQuestion::Answer::GoOn:
        return true;
    case ErrorsQuestion::Answer::GoToFirst: {
        QString comment;
        if (const auto place
            = ErrorsQuestion::firstPlace(m_document->findings(), r.annotations, openComments, &comment)) {
            m_hooks.show(*place);
            if (!comment.isEmpty()) {
                m_annotations->show();
                m_annotations->select(comment);
            }
        }
        return false;
    }
    case ErrorsQuestion::Answer::Cancel:
        break;
    }
    return false;
}

void ReviewActions::submit()
{
    // Submitting errors goes through only when the author says so, knowing how many.
    if (!goOnDespite(tr("Submit"), false))
        return;
    m_document->setAuthor(AnnotationsDock::reviewerName());
    m_document->submitForReview();
}

void ReviewActions::approve()
{
    // Approving with errors or open comments: the reviewer is told which, and asked.
    if (!goOnDespite(tr("Approve"), true))
        return;
    m_document->setAuthor(AnnotationsDock::reviewerName());
    m_document->approve();
}

void ReviewActions::updateState()
{
    const Review &review = m_document->report().review;
    const int open = int(std::count_if(m_document->report().annotations.cbegin(),
                                       m_document->report().annotations.cend(),
                                       [](const Annotation &a) { return !a.resolved; }));
    m_state->setText(tr("%1 · %n open comment(s)", nullptr, open).arg(stateName(review.state)));
    const bool changed = m_document->changedSinceSubmission();
    if (changed) {
        const ReviewEvent *s = review.lastSubmission();
        m_warning->setText(tr("⚠ The content changed after it was submitted by %1 on %2: reviewers see a "
                              "different report than the one submitted.")
                               .arg(s->by, QLocale().toString(s->at.toLocalTime(), QLocale::ShortFormat)));
    }
    m_warning->setVisible(changed);
    // A report approved and then corrected is submitted again, for a new verdict.
    m_submit->setEnabled(review.state != ReviewState::Submitted);
    m_return->setEnabled(review.state == ReviewState::Submitted);
    m_approve->setEnabled(review.state == ReviewState::Submitted);
}

} // namespace nianbao
