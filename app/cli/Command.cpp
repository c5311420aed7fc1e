#include "cli/Command.h"

namespace nianbao {

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
                              Command::tr("Show this help."));
}

} // namespace

bool Command::needsGui(const QStringList &) const
{
    // Reading, checking and comparing never do: a PDF is read in a child process without Qt
    // Gui (RulingOutputDev). Commands that write a PDF, which lays out text with Qt's fonts,
    // say so.
    return false;
}

bool Command::isPdfName(const QString &file)
{
    return file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

QList<QCommandLineOption> Command::options() const
{
    return {};
}

QList<QCommandLineOption> Command::allOptions() const
{
    return options() << helpOption();
}

QString Command::help() const
{
    QString text = tr("Usage: nianbao %1 %2").arg(name(), synopsis()) + QStringLiteral("\n\n") + description()
        + QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : allOptions()) {
        QStringList names;
        for (const QString &n : option.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        text += QStringLiteral("  %1  %2\n").arg(left, -24).arg(option.description());
    }
    return text;
}

int Command::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    // `-json` and `--json` alike, as people type them.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(allOptions());
    // QCommandLineParser expects the program's name first.
    if (!parser.parse(QStringList { QStringLiteral("nianbao") } + arguments)) {
        err << QStringLiteral("nianbao %1: %2").arg(name(), parser.errorText()) << Qt::endl
            << Qt::endl
            << help();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << help();
        return 0;
    }
    return execute(parser, out, err);
}

} // namespace nianbao
