// Nianbao: the command line, or the editor when no subcommand is given. The command line is
// this program, linked against the model layers only: it never loads Qt Widgets or the
// editor's libraries, and starts in two thirds of the editor's time, which every batch of
// reports and every PDF read pays. The editor is its own program, nianbao-editor, which
// this one becomes when asked for a window.
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {

/// nianbao-editor beside this program (a build, an installed bin/).
QString editorProgram(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
#if defined(Q_OS_WIN)
    const QString name = QStringLiteral("nianbao-editor.exe");
#else
    const QString name = QStringLiteral("nianbao-editor");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

int startEditor(int argc, char **argv)
{
    const QString program = editorProgram(argc, argv);
    if (!QFileInfo(program).isExecutable()) {
        QTextStream(stderr) << QStringLiteral("nianbao: the editor is not installed (%1 is missing); "
                                              "the command line works: nianbao --help\n")
                                   .arg(QDir::toNativeSeparators(program));
        return 2;
    }
#if defined(Q_OS_UNIX)
    // Become the editor: same process, same arguments, same exit status.
    const QByteArray path = QFile::encodeName(program);
    std::vector<char *> arguments(argv, argv + argc);
    arguments[0] = const_cast<char *>(path.constData());
    arguments.push_back(nullptr);
    execv(path.constData(), arguments.data());
    std::perror("nianbao: cannot start nianbao-editor");
    return 2;
#else
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return QProcess::startDetached(program, arguments) ? 0 : 2;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (nianbao::CommandLine::isCommandLineInvocation(argc, argv))
        return nianbao::CommandLine::run(argc, argv);
    return startEditor(argc, argv);
}
