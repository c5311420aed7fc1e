#include "widgets/shell/EditorApplication.h"

#include "base/Localization.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "io/pdf/PdfContentReader.h"
#include "widgets/desk/ReviewDesk.h"
#include "widgets/shell/FileDialogFit.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace nianbao {

namespace {

// Ends the event loop once the window has been painted: start-up measured to the first
// frame a person sees.
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

MainWindow *EditorApplication::openEditor(const QString &path)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!path.isEmpty())
        window->session()->openFile(path);
    return window;
}

MainWindow *EditorApplication::openEditorOn(const Report &report, const QString &status)
{
    MainWindow *window = openEditor();
    window->session()->startNewReport(report, true);
    if (!status.isEmpty())
        window->statusBar()->showMessage(status, 15000);
    return window;
}

ReviewDesk *EditorApplication::openDesk(const QString &folder)
{
    auto *desk = new ReviewDesk(folder);
    desk->setAttribute(Qt::WA_DeleteOnClose);
    connectDesk(desk);
    desk->show();
    return desk;
}

void EditorApplication::connectDesk(ReviewDesk *desk)
{
    QObject::connect(desk, &ReviewDesk::reportOpenRequested, desk,
                     [](const QString &path) { openEditor(path); });
    QObject::connect(desk, &ReviewDesk::summaryReady, desk,
                     [](const Report &summary, const QString &notes) { openEditorOn(summary, notes); });
}

int EditorApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    QApplication::setOrganizationName(QStringLiteral("nianbao"));
    QApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nianbao.svg")));

    const QString language
        = Localization::chooseLanguage(QSettings().value(QStringLiteral("language")).toString());
    Localization::install(app, language);
    QApplication::setApplicationDisplayName(tr("Nianbao"));
    // PDFs are read by a child process, which poppler cannot take down with the open reports.
    IsolatedPdfReader::useInstalledHelper(language);
    FileDialogFit::install();
    // Were the helper missing, the editor still reads PDFs, unprotected, in its own process.
    PdfContentReader::registerAsLocalReader();

    QCommandLineParser parser;
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Save a PNG of every page into DIR and quit."),
                                         QStringLiteral("DIR"));
    parser.addOption(screenshots);
    const QCommandLineOption previous(
        QStringLiteral("previous"),
        QStringLiteral("Attach LAST_YEAR as last year's report of the report opened."),
        QStringLiteral("LAST_YEAR"));
    parser.addOption(previous);
    // For bench/startup.sh: quit as soon as the window has painted once.
    QCommandLineOption exitAfterPaint(QStringLiteral("exit-after-first-paint"));
    exitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterPaint);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    // A folder opens the review desk (审阅台) on its reports.
    if (!files.isEmpty() && QFileInfo(files.first()).isDir()) {
        ReviewDesk *desk = openDesk(files.first());
        if (parser.isSet(screenshots)) {
            QApplication::processEvents();
            QDir().mkpath(parser.value(screenshots));
            return desk->grab().save(QDir(parser.value(screenshots)).filePath(QStringLiteral("desk.png")))
                ? 0
                : 1;
        }
        return app.exec();
    }
    MainWindow *window = openEditor();
    // Work left behind by a crash comes first; then the files asked for.
    const bool automated = parser.isSet(screenshots) || parser.isSet(exitAfterPaint);
    window->session()->setInteractive(!automated); // nobody is there to answer a question
    const bool restored = !automated && window->session()->offerRecovery();
    if (!restored && !files.isEmpty()) {
        window->session()->openFile(files.first());
        if (parser.isSet(previous))
            window->session()->attachPreviousYear(parser.value(previous));
    }
    for (int i = 1; i < files.size(); ++i)
        openEditor(files[i]);
    if (parser.isSet(screenshots))
        return window->saveScreenshots(parser.value(screenshots)) ? 0 : 1;
    if (parser.isSet(exitAfterPaint))
        window->installEventFilter(new FirstPaintWatcher(window));
    return app.exec();
}

} // namespace nianbao
