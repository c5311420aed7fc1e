#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace nianbao {

/// One subcommand of `nianbao` (as KeePassXC's CLI has one class per command): its name, its
/// synopsis, its own options and its own help. run() parses the subcommand's arguments,
/// answers --help, and hands the parsed options to execute().
///
/// Exit status of every command (docs/interchange.md): 0 done and no error finding, 1 done
/// but a report has error findings, 2 a file could not be read or written or the words of
/// the call were wrong.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Command)

public:
    virtual ~Command() = default;

    /// The word after `nianbao`, e.g. "convert".
    virtual QString name() const = 0;
    /// What follows the name in a usage line, e.g. "IN OUT".
    virtual QString synopsis() const = 0;
    /// One sentence: what the command does.
    virtual QString description() const = 0;
    /// Writing a PDF needs Qt Gui (fonts, painting); everything else, reading PDFs included,
    /// runs on QCoreApplication. The default: never.
    virtual bool needsGui(const QStringList &arguments) const;

    /// `arguments` are the command's own, after the command name.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// "nianbao convert IN OUT" followed by the description and the options.
    QString help() const;

protected:
    static bool isPdfName(const QString &file);
    /// The command's own options (--help is added to every command).
    virtual QList<QCommandLineOption> options() const;
    virtual int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

private:
    QList<QCommandLineOption> allOptions() const;
};

} // namespace nianbao
