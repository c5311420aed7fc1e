#include "EditorApplication.h"

#include "Localization.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

namespace nianbao {

int EditorApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    QApplication::setOrganizationName(QStringLiteral("nianbao"));
    QApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nianbao.svg")));

    const QString language = Localization::chooseLanguage(QSettings().value(QStringLiteral("language")).toString());
    Localization::install(app, language, { QStringLiteral("nianbao_editor") });
    QApplication::setApplicationDisplayName(QApplication::translate("nianbao::EditorApplication", "Nianbao"));

    QCommandLineParser parser;
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Save a PNG of every page into DIR and quit."),
                                         QStringLiteral("DIR"));
    parser.addOption(screenshots);
    parser.process(app);

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList files = parser.positionalArguments();
    window->show();
    if (!files.isEmpty())
        window->openFile(files.first());
    for (int i = 1; i < files.size(); ++i) {
        auto *other = new MainWindow;
        other->setAttribute(Qt::WA_DeleteOnClose);
        other->show();
        other->openFile(files[i]);
    }
    if (parser.isSet(screenshots))
        return window->saveScreenshots(parser.value(screenshots)) ? 0 : 1;
    return app.exec();
}

} // namespace nianbao
