#include "widgets/EditorApplication.h"

#include "base/Localization.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "widgets/MainWindow.h"
#include "widgets/ReviewDesk.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
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
    IsolatedPdfReader::setHelper(QCoreApplication::applicationFilePath(),
                                 { QString::fromLatin1(IsolatedPdfReader::ServeArgument), language });

    QCommandLineParser parser;
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Save a PNG of every page into DIR and quit."),
                                         QStringLiteral("DIR"));
    parser.addOption(screenshots);
    // For bench/startup.sh: quit as soon as the window has painted once.
    QCommandLineOption exitAfterPaint(QStringLiteral("exit-after-first-paint"));
    exitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterPaint);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    // A folder opens the review desk (审阅台) on its reports.
    if (!files.isEmpty() && QFileInfo(files.first()).isDir()) {
        auto *desk = new ReviewDesk(files.first());
        desk->show();
        if (parser.isSet(screenshots)) {
            QApplication::processEvents();
            QDir().mkpath(parser.value(screenshots));
            return desk->grab().save(QDir(parser.value(screenshots)).filePath(QStringLiteral("desk.png")))
                ? 0
                : 1;
        }
        return app.exec();
    }
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // Work left behind by a crash comes first; then the files asked for.
    const bool automated = parser.isSet(screenshots) || parser.isSet(exitAfterPaint);
    window->setInteractive(!automated); // nobody is there to answer a question
    const bool restored = !automated && window->offerRecovery();
    if (!restored && !files.isEmpty())
        window->openFile(files.first());
    for (int i = 1; i < files.size(); ++i) {
        auto *other = new MainWindow;
        other->setAttribute(Qt::WA_DeleteOnClose);
        other->show();
        other->openFile(files[i]);
    }
    if (parser.isSet(screenshots))
        return window->saveScreenshots(parser.value(screenshots)) ? 0 : 1;
    if (parser.isSet(exitAfterPaint))
        window->installEventFilter(new FirstPaintWatcher(window));
    return app.exec();
}

} // namespace nianbao
