#include "CommandLine.h"

#include "CheckCommand.h"
#include "ConvertCommand.h"
#include "FormatRegistry.h"
#include "Localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace nianbao {

namespace {

QString usage()
{
    QStringList formats;
    for (const auto &f : FormatRegistry::instance().formats()) {
        formats << QStringLiteral("  .%1  %2%3")
                       .arg(f->extensions().first(), f->displayName(),
                            f->canRead() ? QString() : QCoreApplication::translate("nianbao::CommandLine", " (output only)"));
    }
    return QCoreApplication::translate("nianbao::CommandLine", "Usage:\n"
              "  nianbao [FILE...]                 open the editor (with the given reports)\n"
              "  nianbao convert IN OUT            convert a report; formats by extension\n"
              "  nianbao check [--json] [--previous LAST_YEAR] FILE...\n"
              "                                    run every consistency rule and print the findings\n"
              "  nianbao --version | --help\n"
              "\n"
              "Formats:\n%1\n"
              "\n"
              "Exit status: 0 success and no error finding, 1 at least one error finding,\n"
              "2 a file could not be read or written (the message names the file and the reason).\n")
        .arg(formats.join(QLatin1Char('\n')));
}

// The offscreen platform complains about an unset XDG_RUNTIME_DIR, which means nothing to
// a command-line user; everything else Qt says still goes to stderr.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

} // namespace

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *word : { "convert", "check", "--help", "-h", "help", "--version", "-v" }) {
        if (std::strcmp(argv[1], word) == 0)
            return true;
    }
    return false;
}

int runCommandLine(int argc, char **argv)
{
    // PDF output needs fonts, hence Qt Gui, but never a display: the offscreen platform.
    // Everything else runs on QCoreApplication, which starts faster (batch checks of many
    // reports) and never touches fontconfig.
    bool needsGui = false;
    for (int i = 2; i < argc; ++i)
        needsGui |= QString::fromLocal8Bit(argv[i]).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    needsGui &= std::strcmp(argv[1], "convert") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    Localization::install(app, Localization::chooseLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);

    if (command == u"--version" || command == u"-v") {
        out << QStringLiteral("nianbao %1 (Qt %2)").arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
            << Qt::endl;
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << QCoreApplication::translate("nianbao::CommandLine", "Nianbao: editor for government information disclosure annual reports (政府信息公开工作年度报告)")
            << QStringLiteral("\n\n")
            << usage();
        return 0;
    }

    args.removeAt(1); // the subcommand; QCommandLineParser sees the rest
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("nianbao::CommandLine", "Print the findings as JSON."));
    const QCommandLineOption previous(QStringLiteral("previous"), QCoreApplication::translate("nianbao::CommandLine", "Last year's report, for the cross-year rules."),
                                      QCoreApplication::translate("nianbao::CommandLine", "FILE"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("nianbao::CommandLine", "Show help."));
    parser.addOption(help);
    if (command == u"check") {
        parser.addOption(json);
        parser.addOption(previous);
    }
    if (!parser.parse(args)) {
        err << QStringLiteral("nianbao %1: %2").arg(command, parser.errorText()) << Qt::endl;
        err << usage();
        return 2;
    }
    if (parser.isSet(help)) {
        out << usage();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (command == u"convert") {
        if (positional.size() != 2) {
            err << QCoreApplication::translate("nianbao::CommandLine", "nianbao convert: expected an input and an output file, e.g. nianbao convert report.docx report.pdf")
                << Qt::endl;
            return 2;
        }
        return ConvertCommand::run(positional[0], positional[1], err);
    }
    if (positional.isEmpty()) {
        err << QCoreApplication::translate("nianbao::CommandLine", "nianbao check: name at least one report file") << Qt::endl;
        return 2;
    }
    CheckCommand::Options options;
    options.files = positional;
    options.json = parser.isSet(json);
    options.previous = parser.value(previous);
    return CheckCommand::run(options, out, err);
}

} // namespace nianbao
