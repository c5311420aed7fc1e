#include "widgets/shell/MainWindow.h"

#include "base/Localization.h"
#include "core/ReportFactory.h"
#include "document/FindingsModel.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "io/PastedReport.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/findings/ImportNoticeBar.h"
#include "widgets/findings/SeverityStyle.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/GraphicPage.h"
#include "widgets/pages/NavigationPane.h"
#include "widgets/pages/ReportInfoPage.h"
#include "widgets/pages/SectionPage.h"
#include "widgets/pages/YearOverYearPage.h"
#include "widgets/review/AnnotationsDock.h"
#include "widgets/review/ReviewActions.h"
#include "widgets/shell/FileActions.h"
#include "widgets/shell/FindBar.h"
#include "widgets/shell/HelpDialog.h"
#include "widgets/shell/RecentFilesMenu.h"
#include "widgets/shell/ReportSession.h"
#include "widgets/shell/ViewActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr int DockWidth = 340; // pixels, at the default 1280-pixel window: the grids keep 650

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReportDocument(this))
    , m_session(new ReportSession(m_document, this))
    , m_navigation(new NavigationPane(m_document, this))
    , m_pages(new QStackedWidget(this))
    , m_infoPage(nullptr)
    , m_findingsDock(nullptr)
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    createPages();
    createActions();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 900 });

    m_findingsDock = new FindingsDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_findingsDock);
    connect(m_findingsDock, &FindingsDock::findingActivated, this, &MainWindow::showFinding);
    createReviewPanels();
    // Wide enough that a finding or a comment reads as a sentence, not a few characters.
    resizeDocks({ m_findingsDock }, { DockWidth }, Qt::Horizontal);
    m_viewActions = new ViewActions(
        this,
        [this](const ReportSearch::Hit &hit) {
            showPlace(hit.place);
            if (!hit.commentId.isEmpty())
                m_annotationsDock->select(hit.commentId);
        },
        m_document, m_fileActions, m_viewMenu, m_editMenu);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_review->warningBar());
    auto *importNotice = new ImportNoticeBar(m_document, central);
    connect(importNotice, &ImportNoticeBar::locationRequested, this, &MainWindow::showPlace);
    column->addWidget(importNotice);
    column->addWidget(splitter, 1);
    column->addWidget(m_viewActions->findBar());
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_session, &ReportSession::statusMessage, statusBar(), &QStatusBar::showMessage);
    // A refused entry's reason goes with the next edit (a new step on the stack; a refusal
    // pushes none and takes back the live step of what was typed), not 8 seconds later over
    // the work that followed.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (index > m_stackIndex && !m_refusalShown.isEmpty()) {
            if (statusBar()->currentMessage() == m_refusalShown)
                statusBar()->clearMessage();
            m_refusalShown.clear();
        }
        m_stackIndex = index;
    });
    connect(m_session, &ReportSession::fileUsed, m_recentMenu, &RecentFilesMenu::addFile);
    connect(m_session, &ReportSession::reportLoaded, this, [this](bool fromFile) {
        showPage(0);
        if (fromFile)
            m_review->offerReviewMode(m_session->isInteractive());
    });
    connect(m_document, &ReportDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ReportDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ReportDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ReportDocument::textChanged, this, &MainWindow::updateTitle);

    m_document->load(ReportFactory::newReport(QString(), 0, BodyKind::Department));
    showPage(0);
    resize(1280, 820);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The document goes with the window's children, after this destructor: what it says
    // while it goes (its undo stack clearing) must not reach a window that is gone.
    // The session first (it releases the lock; the recovery copy stays unless the window
    // was closed on purpose), so that it hears nothing from a document being destroyed.
    delete m_session;
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::createPages()
{
    m_infoPage = new ReportInfoPage(m_document, m_pages);
    m_pages->addWidget(m_infoPage);
    for (int s = 0; s < SectionCount; ++s) {
        auto *page = new SectionPage(m_document, static_cast<SectionId>(s), m_pages);
        connect(page, &SectionPage::inputRefused, this, [this](const QString &message) {
            m_refusalShown = message;
            statusBar()->showMessage(message, 8000);
            QApplication::beep();
        });
        m_sectionPages.append(page);
        m_pages->addWidget(page);
    }
    m_yearOverYearPage = new YearOverYearPage(m_document, m_pages);
    connect(m_yearOverYearPage, &YearOverYearPage::placeRequested, this, &MainWindow::showPlace);
    m_pages->addWidget(m_yearOverYearPage);
    m_graphicPage = new GraphicPage(m_document, m_pages);
    m_pages->addWidget(m_graphicPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Built while shown only: they follow edits on their own once in view.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int) {
        if (m_pages->currentWidget() == m_yearOverYearPage)
            m_yearOverYearPage->refresh();
        else if (m_pages->currentWidget() == m_graphicPage)
            m_graphicPage->refresh();
    });
}

SectionPage *MainWindow::sectionPage(SectionId section) const
{
    return m_sectionPages.value(int(section));
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::createActions()
{
    m_fileActions = new FileActions(this, m_session);
    m_fileActions->setShowPlace([this](const ReportPlace &place) { showPlace(place); });
    auto *exportGraphic = new QAction(tr("Export 图&解…"), this);
    exportGraphic->setObjectName(QStringLiteral("exportGraphicAction"));
    connect(exportGraphic, &QAction::triggered, m_graphicPage, &GraphicPage::exportDialog);
    m_fileActions->insertAfter(QStringLiteral("export"), exportGraphic);
    m_recentMenu = m_fileActions->recentMenu();

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as in Word, WPS and Excel, and Ctrl+Shift+Z, whatever the platform's own.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
         { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) }) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Cut, copy, paste and select all act on what has the focus: a grid (its own actions, one
    // undo step each), a text box, a field. The keys are shown, not bound here: the focused
    // widget already answers them, and a second binding would make them ambiguous.
    const auto onFocus = [this](const char *textMethod, const QString &gridAction) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !isAncestorOf(focus))
            return;
        for (QWidget *w = focus; w; w = w->parentWidget()) {
            if (auto *grid = qobject_cast<GridView *>(w)) {
                if (gridAction.isEmpty())
                    grid->selectAll();
                else if (auto *action = grid->findChild<QAction *>(gridAction))
                    action->trigger();
                return;
            }
        }
        QMetaObject::invokeMethod(focus, textMethod);
    };
    const struct
    {
        const char *name;
        QString text;
        QKeySequence keys;
        const char *textMethod;
        QString gridAction;
    } clipboardActions[] = {
        { "cutAction", tr("Cu&t"), QKeySequence::Cut, "cut", QStringLiteral("gridCutAction") },
        { "copyAction", tr("&Copy"), QKeySequence::Copy, "copy", QStringLiteral("gridCopyAction") },
        { "pasteAction", tr("&Paste"), QKeySequence::Paste, "paste", QStringLiteral("gridPasteAction") },
        { "selectAllAction", tr("Select &All"), QKeySequence::SelectAll, "selectAll", QString() },
    };
    for (const auto &c : clipboardActions) {
        QAction *action = edit->addAction(
            c.text + QLatin1Char('\t') + c.keys.toString(QKeySequence::NativeText), this,
            [onFocus, method = c.textMethod, grid = c.gridAction] { onFocus(method, grid); });
        action->setObjectName(QLatin1String(c.name));
    }
    edit->addSeparator();
    // A report's page copied in a browser, or its text from anywhere, becomes the report.
    QAction *paste = edit->addAction(tr("Paste &Report"), this, [this] {
        m_session->pasteReport(*QGuiApplication::clipboard()->mimeData());
    });
    paste->setObjectName(QStringLiteral("pasteReportAction"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    for (const QString &code : Localization::availableLanguages()) {
        language->addAction(Localization::languageName(code), this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes the next time Nianbao starts."));
        });
    }

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, [this] { HelpDialog::showManual(this); });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this,
                                         [this] { HelpDialog::showShortcuts(this, menuBar()); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    help->addAction(tr("Open &Example Report"), m_session, &ReportSession::openExample);
    help->addAction(tr("&About Nianbao"), this, [this] {
        QMessageBox::about(this, tr("About Nianbao"),
                           tr("<h3>Nianbao %1</h3><p>Editor for the annual government information disclosure "
                              "reports (政府信息公开工作年度报告), format 国办公开办函〔2021〕30号.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    const Report &r = m_document->report();
    QString name = m_document->filePath().isEmpty() ? tr("Untitled report")
                                                    : QFileInfo(m_document->filePath()).fileName();
    if (!r.agency.isEmpty())
        name += QStringLiteral(" — ") + r.agency + (r.year > 0 ? QString::number(r.year) : QString());
    if (r.review.state != ReviewState::Draft)
        name += QStringLiteral(" [%1]").arg(ReviewActions::stateName(r.review.state));
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Findings &fs = m_document->findings();
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : fs) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        infos += f.severity == Severity::Info;
    }
    m_counts->setText(tr("Errors: %1 · Warnings: %2 · Notes: %3").arg(errors).arg(warnings).arg(infos));
}

void MainWindow::createReviewPanels()
{
    ReviewActions::Hooks hooks;
    hooks.targetAtFocus = [this] { return commentTargetAtFocus(); };
    hooks.exportReviewCopy = [this] { m_fileActions->exportDialog(true); };
    hooks.grids = [this] {
        QVector<ReportTableModel *> models;
        for (SectionPage *page : std::as_const(m_sectionPages)) {
            if (page->grid())
                models << page->grid()->tableModel();
        }
        return models;
    };
    hooks.show = [this](const ReportPlace &l) { showPlace(l); };
    m_review = new ReviewActions(this, m_document, m_findingsDock, hooks);
    m_annotationsDock = m_review->annotationsDock();
    m_comparisonDock = m_review->comparisonDock();
    m_review->addToContextMenus();
    // 审阅 before 帮助, where every program puts Help: last.
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_review->menu());
    connect(m_document, &ReportDocument::reviewChanged, this, &MainWindow::updateTitle);
}

ReportPlace MainWindow::commentTargetAtFocus() const
{
    if (const std::optional<ReportField> field = m_infoPage->focusedField())
        return ReportPlace::ofField(*field);
    return ReviewActions::targetAt(QApplication::focusWidget(), m_navigation->currentRow());
}

void MainWindow::showFinding(const Finding &finding)
{
    showPlace(finding.location);
}

void MainWindow::showPlace(const ReportPlace &place)
{
    // The report, its fields and the preamble are on 报告信息; the rest on its section's page.
    if (const std::optional<SectionId> s = place.sectionShown()) {
        showPage(1 + int(*s));
        m_sectionPages[int(*s)]->show(place);
        return;
    }
    showPage(0);
    m_infoPage->show(place);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->close()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if ((!urls.isEmpty() && urls.first().isLocalFile()
         && FormatRegistry::instance().formatForFile(urls.first().toLocalFile()))
        || (urls.isEmpty() && PastedReport::canRead(*event->mimeData())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty()) {
        // A selection dragged from a browser or a text: read like a pasted report.
        if (m_session->pasteReport(*event->mimeData()))
            event->acceptProposedAction();
        return;
    }
    if (!m_session->maybeSave())
        return;
    m_session->openFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

bool MainWindow::saveScreenshots(const QString &directory)
{
    QDir().mkpath(directory);
    resize(1400, 880);
    bool ok = true;
    for (int i = 0; i < m_navigation->count(); ++i) {
        showPage(i);
        QApplication::processEvents();
        const QString key = i == 0  ? QStringLiteral("info")
            : i <= SectionCount     ? ReportTemplate::sectionKey(static_cast<SectionId>(i - 1))
            : i == SectionCount + 1 ? QStringLiteral("year-over-year")
                                    : QStringLiteral("charts");
        const QString file
            = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(i, 2, 10, QLatin1Char('0')).arg(key));
        ok &= grab().save(file);
    }
    // The 图解 as it is exported, beside the page that shows it.
    QString error;
    ok &= m_graphicPage->exportTo(QDir(directory).filePath(QStringLiteral("graphic.png")), &error);
    // A report with comments: the 批注 dock beside the first comment's place.
    if (!m_document->report().annotations.isEmpty())
        ok &= m_review->saveScreenshot(QDir(directory).filePath(QStringLiteral("review.png")));
    return ok;
}

} // namespace nianbao
