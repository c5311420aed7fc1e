#include "cli/CommandLine.h"

#include "base/Localization.h"
#include "cli/CheckCommand.h"
#include "cli/CompareCommand.h"
#include "cli/ConvertCommand.h"
#include "cli/DiffCommand.h"
#include "cli/GraphicCommand.h"
#include "cli/SumCommand.h"
#include "io/FormatRegistry.h"
#include "io/pdf/IsolatedPdfReader.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <initializer_list>

namespace nianbao {

namespace {

bool isOneOf(const char *word, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (std::strcmp(word, w) == 0)
            return true;
    }
    return false;
}

bool isHelpWord(const char *word)
{
    return isOneOf(word, { "--help", "-h", "help" });
}

bool isVersionWord(const char *word)
{
    return isOneOf(word, { "--version", "-v" });
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

std::vector<std::unique_ptr<Command>> CommandLine::commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ConvertCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<DiffCommand>());
    list.push_back(std::make_unique<SumCommand>());
    list.push_back(std::make_unique<CompareCommand>());
    list.push_back(std::make_unique<GraphicCommand>());
    return list;
}

QString CommandLine::usage(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = tr("Usage:") + QLatin1Char('\n');
    text += QStringLiteral("  nianbao [FILE...]\n      %1\n")
                .arg(tr("open the editor (with the given reports)"));
    for (const auto &command : commands) {
        text += QStringLiteral("  nianbao %1 %2\n      %3\n")
                    .arg(command->name(), command->synopsis(), command->description());
    }
    text += QStringLiteral("  nianbao --version | --help | COMMAND --help\n\n");
    text += tr("Formats:") + QLatin1Char('\n');
    for (const auto &f : FormatRegistry::instance().formats()) {
        text += QStringLiteral("  .%1  %2%3\n")
                    .arg(f->extensions().first(), f->displayName(),
                         f->canRead() ? QString() : tr(" (output only)"));
    }
    text += QLatin1Char('\n')
        + tr("Exit status: 0 success and no error finding, 1 at least one error finding,\n"
             "2 a file could not be read or written (the message names the file and the reason).\n");
    return text;
}

bool CommandLine::isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    if (isHelpWord(argv[1]) || isVersionWord(argv[1]))
        return true;
    for (const auto &command : commands()) {
        if (command->name() == QLatin1String(argv[1]))
            return true;
    }
    return isUnknownCommand(argv[1]);
}

bool CommandLine::isUnknownCommand(const char *first)
{
    // The editor takes options (-style, --screenshots), files and folders; a word that is
    // none of these is a mistyped command, which must not open a window (headless, it would
    // never end).
    const QString word = QString::fromLocal8Bit(first);
    if (word.startsWith(QLatin1Char('-')) || QFileInfo::exists(word))
        return false;
    const QString extension = QFileInfo(word).suffix().toLower();
    return extension.isEmpty() || !FormatRegistry::instance().readableExtensions().contains(extension);
}

int CommandLine::run(int argc, char **argv)
{
    const auto all = commands();
    Command *command = nullptr;
    for (const auto &c : all) {
        if (argc > 1 && c->name() == QLatin1String(argv[1]))
            command = c.get();
    }
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // PDF output needs fonts, hence Qt Gui, but never a display: the offscreen platform.
    // Everything else runs on QCoreApplication, which starts faster (batch checks of many
    // reports) and never touches fontconfig.
    const bool needsGui = command && command->needsGui(arguments);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    Localization::install(*application, Localization::chooseLanguage());
    // PDFs are read by a child process of this program, which poppler cannot take down with it.
    IsolatedPdfReader::useInstalledHelper(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    int status = 0;
    if (command) {
        status = command->run(arguments, out, err);
    } else if (isVersionWord(argv[1])) {
        out << QStringLiteral("nianbao %1 (Qt %2)")
                   .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
            << Qt::endl;
    } else if (isHelpWord(argv[1])) {
        out << tr("Nianbao: editor for government information disclosure annual reports "
                  "(政府信息公开工作年度报告)")
            << QStringLiteral("\n\n") << usage(all);
    } else {
        err << tr("nianbao: '%1' is not a command, nor a file to open").arg(QString::fromLocal8Bit(argv[1]))
            << QStringLiteral("\n\n") << usage(all);
        status = 2;
    }
    // What was printed must have arrived: a full disk or /dev/full under a redirection is a
    // failure, not a cut or empty file with exit 0.
    out.flush();
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int reason = errno;
        err << tr("nianbao: cannot write the output: %1").arg(QString::fromLocal8Bit(std::strerror(reason)))
            << Qt::endl;
        return 2;
    }
    return status;
}

} // namespace nianbao
