#include "widgets/shell/FileActions.h"

#include "core/Report.h"
#include "core/ReportFactory.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "widgets/findings/ErrorsQuestion.h"
#include "widgets/shell/EditorApplication.h"
#include "widgets/shell/NewReportDialog.h"
#include "widgets/shell/RecentFilesMenu.h"
#include "widgets/shell/ReportSession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>

namespace nianbao {

FileActions::FileActions(QMainWindow *window, ReportSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_document(session->document())
    , m_menu(window->menuBar()->addMenu(tr("&File")))
    , m_recent(new RecentFilesMenu(window))
{
    // Named for the toolbar (action()).
    m_menu->addAction(tr("&New Report…"), QKeySequence::New, this, &FileActions::newReportDialog)
        ->setObjectName(QStringLiteral("newAction"));
    m_menu->addAction(tr("New from &Last Year's Report…"), this, &FileActions::newFromLastYearDialog);
    m_menu
        ->addAction(tr("&Open…"), QKeySequence::Open, this,
                    [this] {
                        if (!m_session->maybeSave())
                            return;
                        const QString path = QFileDialog::getOpenFileName(
                            m_window, tr("Open report"), QString(),
                            FormatRegistry::instance().nameFilters(FormatRegistry::Direction::Read));
                        if (!path.isEmpty())
                            m_session->openFile(path);
                    })
        ->setObjectName(QStringLiteral("openAction"));
    m_menu->addAction(tr("&Import…"), this, [this] {
        // Word, text and JSON reports open as a new, unsaved Nianbao report.
        if (!m_session->maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import report"), QString(),
            FormatRegistry::instance().nameFilters(FormatRegistry::Direction::Read));
        if (!path.isEmpty())
            m_session->openFile(path);
    });
    m_menu
        ->addAction(tr("Open &Folder (Review Desk)…"), this,
                    [this] {
                        const QString folder
                            = QFileDialog::getExistingDirectory(m_window, tr("A folder of reports"));
                        if (!folder.isEmpty())
                            EditorApplication::openDesk(folder);
                    })
        ->setObjectName(QStringLiteral("openFolderAction"));
    m_menu->addMenu(m_recent);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (m_session->maybeSave())
            m_session->openFile(path);
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Save"), QKeySequence::Save, m_session, &ReportSession::save)
        ->setObjectName(QStringLiteral("saveAction"));
    // Ctrl+Shift+S as in Word and WPS: Qt's SaveAs key is empty on Windows and KDE.
    QAction *saveAs
        = m_menu->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
              const QString path = QFileDialog::getSaveFileName(
                  m_window, tr("Save report"), m_document->filePath(),
                  FormatRegistry::instance().formatById(QStringLiteral("nianbao"))->displayName()
                      + QStringLiteral(" (*.nianbao)"));
              if (!path.isEmpty())
                  m_session->saveAs(
                      path.endsWith(QLatin1String(".nianbao")) ? path : path + QStringLiteral(".nianbao"));
          });
    saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_menu->addAction(tr("&Export…"), this, [this] { exportDialog(false); })
        ->setObjectName(QStringLiteral("exportAction"));
    m_menu->addAction(tr("Attach Last Year's Report…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Last year's report"), QString(),
            FormatRegistry::instance().nameFilters(FormatRegistry::Direction::Read));
        if (!path.isEmpty())
            m_session->attachPreviousYear(path);
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("Print Pre&view…"), this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setWindowTitle(tr("Print preview"));
        int pages = 0;
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [this, &pages](QPrinter *p) { m_session->printTo(*p, &pages); });
        // Painting the preview prints nothing; only the dialog's Print button does.
        if (preview.exec() == QDialog::Accepted)
            m_session->reportPrinted(pages);
    });
    m_menu
        ->addAction(tr("&Print…"), QKeySequence::Print, this,
                    [this] {
                        QPrinter printer(QPrinter::HighResolution);
                        QPrintDialog dialog(&printer, m_window);
                        int pages = 0;
                        if (dialog.exec() == QDialog::Accepted && m_session->printTo(printer, &pages))
                            m_session->reportPrinted(pages);
                    })
        ->setObjectName(QStringLiteral("printAction"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Close"), QKeySequence::Close, m_window, &QWidget::close);
    m_menu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void FileActions::insertAfter(const QString &name, QAction *action)
{
    const QList<QAction *> actions = m_menu->actions();
    const qsizetype at = actions.indexOf(this->action(name));
    m_menu->insertAction(at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr, action);
}

QAction *FileActions::action(const QString &name) const
{
    for (QAction *a : m_menu->actions()) {
        if (a->objectName() == name + QStringLiteral("Action"))
            return a;
    }
    return nullptr;
}

QString FileActions::suggestedFileName(const Report &report, const QString &extension)
{
    QString base = Report::standardTitle(report.agency, report.year);
    if (base.isEmpty())
        base = report.title.isEmpty() ? tr("Annual report") : report.title;
    // Characters Windows does not allow in a file name.
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return base + QLatin1Char('.') + extension;
}

QString FileActions::withFilterExtension(const QString &path, const QString &filter)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    const QRegularExpressionMatch m = pattern.match(filter);
    return m.hasMatch() ? path + QLatin1Char('.') + m.captured(1) : path;
}

FileActions::ExportStart FileActions::exportStart(const Report &report, const QString &reportPath)
{
    QSettings settings;
    const QString filters = FormatRegistry::instance().nameFilters(FormatRegistry::Direction::Export);
    QString filter = settings.value(QStringLiteral("export/filter")).toString();
    if (!filters.split(QStringLiteral(";;")).contains(filter))
        filter = filters.section(QStringLiteral(";;"), 0, 0);
    const QString extension = QFileInfo(withFilterExtension(QStringLiteral("x"), filter)).suffix();
    const QString folder
        = settings.value(QStringLiteral("export/folder"), QFileInfo(reportPath).absolutePath()).toString();
    return { QDir(folder).filePath(
                 suggestedFileName(report, extension.isEmpty() ? QStringLiteral("docx") : extension)),
             filter };
}

void FileActions::rememberExport(const QString &path, const QString &filter)
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/filter"), filter);
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

void FileActions::exportDialog(bool withComments)
{
    // A publication copy of a report with errors goes out only when the user says so.
    if (!withComments) {
        switch (ErrorsQuestion::ask(m_window, tr("Export"), m_document->findings())) {
        case ErrorsQuestion::Answer::GoOn:
            break;
        case ErrorsQuestion::Answer::GoToFirst:
            if (const auto place = ErrorsQuestion::firstPlace(m_document->findings(), {}, false);
                place && m_showPlace)
                m_showPlace(*place);
            return;
        case ErrorsQuestion::Answer::Cancel:
            return;
        }
    }
    const ExportStart start = exportStart(m_document->report(), m_document->filePath());
    QString selected = start.filter;
    QString path = QFileDialog::getSaveFileName(
        m_window, withComments ? tr("Export review copy (with comments)") : tr("Export report"), start.path,
        FormatRegistry::instance().nameFilters(FormatRegistry::Direction::Export), &selected);
    if (path.isEmpty())
        return;
    path = withFilterExtension(path, selected);
    rememberExport(path, selected);
    WriteOptions options;
    options.withAnnotations = withComments;
    m_session->exportTo(path, options);
}

void FileActions::newReportDialog()
{
    if (!m_session->maybeSave())
        return;
    NewReportDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_session->startNewReport(ReportFactory::newReport(dialog.agency(), dialog.year(), dialog.kind()));
}

void FileActions::newFromLastYearDialog()
{
    if (!m_session->maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Last year's report"), QString(),
        FormatRegistry::instance().nameFilters(FormatRegistry::Direction::Read));
    if (path.isEmpty())
        return;
    Report last;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, last, error)) {
        m_session->reportError(tr("Cannot open last year's report"), error.message());
        return;
    }
    m_session->startNewReport(ReportFactory::fromLastYear(last), true);
    m_document->setPreviousYear(last);
}

} // namespace nianbao
