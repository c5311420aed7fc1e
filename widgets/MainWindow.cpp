#include "widgets/MainWindow.h"

#include "base/Localization.h"
#include "content/ReportFactory.h"
#include "document/FindingsModel.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "io/PastedReport.h"
#include "render/PainterCanvas.h"
#include "render/ReportRenderer.h"
#include "widgets/FileActions.h"
#include "widgets/FindingsDock.h"
#include "widgets/GridView.h"
#include "widgets/ImportNoticeBar.h"
#include "widgets/NavigationPane.h"
#include "widgets/NewReportDialog.h"
#include "widgets/RecentFilesMenu.h"
#include "widgets/ReportInfoPage.h"
#include "widgets/ReportTableModel.h"
#include "widgets/ReviewActions.h"
#include "widgets/SectionPage.h"
#include "widgets/SeverityStyle.h"
#include "widgets/ViewActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace nianbao {

namespace {

// The recovery copy is written a second after the last change, and at the latest five
// seconds after the first unsaved one, so that steady typing is saved too: a crash loses
// only the last few seconds.
constexpr int AutosaveIdleMs = 1000;
constexpr int AutosaveMaxDelayMs = 5000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReportDocument(this))
    , m_navigation(new NavigationPane(m_document, this))
    , m_pages(new QStackedWidget(this))
    , m_infoPage(nullptr)
    , m_findingsDock(nullptr)
    , m_counts(new QLabel(this))
    , m_autosaveTimer(new QTimer(this))
    , m_recoveryId(QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    m_viewActions = new ViewActions(this, m_document, m_fileActions, m_viewMenu, m_editMenu);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_review->warningBar());
    auto *importNotice = new ImportNoticeBar(m_document, central);
    connect(importNotice, &ImportNoticeBar::locationRequested, this, &MainWindow::showLocation);
    column->addWidget(importNotice);
    column->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);

    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveIdleMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_unsavedSince.isValid())
            m_unsavedSince.start();
        if (m_unsavedSince.elapsed() >= AutosaveMaxDelayMs)
            autosaveNow();
        else
            m_autosaveTimer->start();
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
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    // The recovery copy stays unless the window was closed on purpose (closeEvent): a
    // crash or a kill leaves it for the next start.
    unlockFile();
}

void MainWindow::createPages()
{
    m_infoPage = new ReportInfoPage(m_document, m_pages);
    m_pages->addWidget(m_infoPage);
    for (int s = 0; s < SectionCount; ++s) {
        auto *page = new SectionPage(m_document, static_cast<SectionId>(s), m_pages);
        connect(page, &SectionPage::inputRefused, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
            QApplication::beep();
        });
        m_sectionPages.append(page);
        m_pages->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
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
    m_fileActions = new FileActions(this, m_document);
    m_recentMenu = m_fileActions->recentMenu();

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // A report's page copied in a browser, or its text from anywhere, becomes the report.
    QAction *paste = edit->addAction(tr("Paste &Report"), this,
                                     [this] { pasteReport(*QGuiApplication::clipboard()->mimeData()); });
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Example Report"), this, [this] {
        if (!maybeSave())
            return;
        Report example;
        FormatError error;
        QFile file(QStringLiteral(":/examples/example-report.nianbao"));
        const ReportFormat *native = FormatRegistry::instance().formatById(QStringLiteral("nianbao"));
        if (!file.open(QIODevice::ReadOnly) || !native->read(file, example, error)) {
            reportError(tr("Cannot open the example"), error.message());
            return;
        }
        startNewReport(example);
    });
    help->addAction(tr("&About Nianbao"), this, [this] {
        QMessageBox::about(this, tr("About Nianbao"),
                           tr("<h3>Nianbao %1</h3><p>Editor for the annual government information disclosure "
                              "reports (政府信息公开工作年度报告), format 国办公开办函〔2021〕30号.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
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

bool MainWindow::lockFile(const QString &path)
{
    qint64 pid = 0;
    QString host;
    if (m_lock.acquire(path, &pid, &host))
        return true;
    reportError(tr("Report already open"),
                tr("%1 is already open in another window (process %2 on %3). Close it there first.")
                    .arg(path)
                    .arg(pid)
                    .arg(host));
    return false;
}

void MainWindow::unlockFile()
{
    m_lock.release();
}

bool MainWindow::openFile(const QString &path)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const ReportFormat *format = registry.formatForFile(path);
    const bool native = format && format->id() == u"nianbao";
    if (native && m_document->filePath() != path && !lockFile(path))
        return false;
    Report report;
    FormatError error;
    if (!registry.readFile(path, report, error)) {
        if (native)
            unlockFile();
        reportError(tr("Cannot open report"), error.message());
        return false;
    }
    m_recovery.remove(m_recoveryId);
    m_document->load(report, native ? path : QString());
    if (!native) {
        unlockFile();
        statusBar()->showMessage(tr("Imported %1; save it as a Nianbao report to keep your edits.").arg(path),
                                 10000);
    }
    m_recentMenu->addFile(path);
    showPage(0);
    m_review->offerReviewMode(m_interactive);
    return true;
}

void MainWindow::startNewReport(const Report &report)
{
    unlockFile();
    m_recovery.remove(m_recoveryId);
    m_document->load(report);
    m_document->setPreviousYear(std::nullopt);
    showPage(0);
}

bool MainWindow::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Save report"), m_document->report().title + QStringLiteral(".nianbao"),
            tr("Nianbao report (*.nianbao)"));
        if (chosen.isEmpty())
            return false;
        return saveAs(chosen.endsWith(QLatin1String(".nianbao")) ? chosen
                                                                 : chosen + QStringLiteral(".nianbao"));
    }
    return saveAs(path);
}

bool MainWindow::saveAs(const QString &path)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    FormatError error;
    if (path != m_document->filePath() && !lockFile(path))
        return false;
    if (!registry.writeFile(m_document->report(), path, *registry.formatById(QStringLiteral("nianbao")),
                            error)) {
        // The document stays modified and the file on disk is what it was.
        reportError(tr("Cannot save report"), error.message());
        return false;
    }
    m_document->markSaved(path);
    m_recovery.remove(m_recoveryId);
    m_recentMenu->addFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportTo(const QString &path, const WriteOptions &options)
{
    FormatError error;
    if (!FormatRegistry::instance().writeFile(m_document->report(), path, error, options)) {
        reportError(tr("Cannot export report"), error.message());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

void MainWindow::reportPrinted(int pages)
{
    statusBar()->showMessage(tr("%n page(s) sent to the printer", nullptr, pages), 5000);
}

bool MainWindow::printTo(QPrinter &printer, int *pages)
{
    printer.setDocName(m_document->report().title);
    printer.setCreator(QApplication::applicationName());
    printer.setFullPage(true); // the renderer lays out the GB/T 9704 margins itself
    ReportRenderer renderer(m_document->report());
    FormatError error;
    if (!renderer.resolveFonts(error)) {
        reportError(tr("Cannot print"), error.message());
        return false;
    }
    PainterCanvas canvas(printer);
    if (!canvas.begin()) {
        reportError(tr("Cannot print"), tr("The printer cannot be painted on."));
        return false;
    }
    renderer.render(canvas);
    canvas.end();
    if (pages)
        *pages = renderer.pageCount();
    return true;
}

bool MainWindow::attachPreviousYear(const QString &path)
{
    Report last;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, last, error)) {
        reportError(tr("Cannot open last year's report"), error.message());
        return false;
    }
    m_document->setPreviousYear(last);
    statusBar()->showMessage(tr("Last year's report attached: the cross-year rules run as well."), 5000);
    return true;
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
    hooks.show = [this](const Location &l) { showLocation(l); };
    m_review = new ReviewActions(this, m_document, m_findingsDock, hooks);
    m_annotationsDock = m_review->annotationsDock();
    m_comparisonDock = m_review->comparisonDock();
    m_review->addToContextMenus();
    connect(m_document, &ReportDocument::reviewChanged, this, &MainWindow::updateTitle);
}

AnnotationTarget MainWindow::commentTargetAtFocus() const
{
    const QString field = m_infoPage->focusedField();
    if (!field.isEmpty())
        return AnnotationTarget::ofField(field);
    return ReviewActions::targetAt(QApplication::focusWidget(), m_navigation->currentRow());
}

void MainWindow::showFinding(const Finding &finding)
{
    showLocation(finding.location);
}

void MainWindow::showLocation(const Location &l)
{
    switch (l.kind) {
    case Location::Kind::Field:
        showPage(0);
        m_infoPage->showField(l.field);
        break;
    case Location::Kind::Cell:
    case Location::Kind::Table: {
        const SectionId s = ReportTemplate::official().table(l.cell.table).section;
        showPage(1 + int(s));
        m_sectionPages[int(s)]->show(l);
        break;
    }
    case Location::Kind::Section:
        showPage(1 + int(l.section));
        m_sectionPages[int(l.section)]->show(l);
        break;
    }
}

bool MainWindow::confirmDiscard()
{
    if (!m_interactive)
        return false;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The report has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::maybeSave()
{
    return !m_document->isModified() || confirmDiscard();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery.remove(m_recoveryId); // closed on purpose: nothing to recover
    unlockFile();
    event->accept();
}

void MainWindow::autosaveNow()
{
    m_autosaveTimer->stop();
    m_unsavedSince.invalidate();
    if (!m_document->isModified()) {
        m_recovery.remove(m_recoveryId);
        return;
    }
    FormatError error;
    if (!m_recovery.save(m_recoveryId, m_document->report(), m_document->filePath(), error))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error.message()), 10000);
}

bool MainWindow::restoreRecovery(const RecoveryStore::Entry &entry)
{
    Report report;
    FormatError error;
    if (!m_recovery.load(entry, report, error)) {
        reportError(tr("Cannot restore"), error.message());
        return false;
    }
    if (!entry.originalPath.isEmpty() && !lockFile(entry.originalPath))
        return false;
    // Restored work is unsaved work: load the file's state, then the recovered one on top
    // as one undoable step, so that "modified" is true and undo goes back to the file.
    Report base;
    if (entry.originalPath.isEmpty() || !FormatRegistry::instance().readFile(entry.originalPath, base, error))
        base = ReportFactory::newReport(QString(), 0, BodyKind::Department);
    m_document->load(base, entry.originalPath);
    m_document->replaceContent(report, tr("Restore unsaved changes"));
    m_recovery.remove(entry.id);
    m_recoveryId = entry.id;
    autosaveNow();
    return true;
}

bool MainWindow::offerRecovery()
{
    const auto entries = m_recovery.entries();
    for (const RecoveryStore::Entry &e : entries) {
        const QString what = e.originalPath.isEmpty() ? tr("an unsaved report") : e.originalPath;
        const auto answer = QMessageBox::question(
            this, tr("Restore unsaved work?"),
            tr("Nianbao was not closed properly. Restore the changes to %1 autosaved at %2?")
                .arg(what, QLocale().toString(e.saved, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            return restoreRecovery(e);
        if (answer == QMessageBox::Discard)
            m_recovery.remove(e.id);
    }
    return false;
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
        if (pasteReport(*event->mimeData()))
            event->acceptProposedAction();
        return;
    }
    if (!maybeSave())
        return;
    openFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

bool MainWindow::pasteReport(const QMimeData &data)
{
    Report report;
    FormatError error;
    if (!PastedReport::read(data, report, error)) {
        reportError(tr("Cannot paste a report"), error.message());
        return false;
    }
    if (!maybeSave())
        return false;
    startNewReport(report);
    statusBar()->showMessage(tr("Report read from the pasted content; save it to keep it."), 10000);
    return true;
}

bool MainWindow::saveScreenshots(const QString &directory)
{
    QDir().mkpath(directory);
    resize(1400, 880);
    bool ok = true;
    for (int i = 0; i < m_navigation->count(); ++i) {
        showPage(i);
        QApplication::processEvents();
        const QString key
            = i == 0 ? QStringLiteral("info") : ReportTemplate::sectionKey(static_cast<SectionId>(i - 1));
        const QString file
            = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(i, 2, 10, QLatin1Char('0')).arg(key));
        ok &= grab().save(file);
    }
    // A report with comments: the 批注 dock beside the first comment's place.
    if (!m_document->report().annotations.isEmpty())
        ok &= m_review->saveScreenshot(QDir(directory).filePath(QStringLiteral("review.png")));
    return ok;
}

} // namespace nianbao
