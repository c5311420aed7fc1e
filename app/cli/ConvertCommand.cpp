#include "cli/ConvertCommand.h"

#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QtConcurrent>

#include <atomic>
#include <cstdio>
#include <thread>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace nianbao {

QString ConvertCommand::name() const
{
    return QStringLiteral("convert");
}

QString ConvertCommand::synopsis() const
{
    return QStringLiteral("[--with-annotations] IN OUT | --to FORMAT --output-dir DIR FILE...");
}

QString ConvertCommand::description() const
{
    return tr("Convert a report; the formats follow from the extensions.");
}

bool ConvertCommand::needsGui(const QStringList &arguments) const
{
    // Writing a PDF: `IN OUT.pdf`, or `--to pdf` for many files.
    QStringList files;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.compare(QLatin1String("--to=pdf"), Qt::CaseInsensitive) == 0
            || (a == u"--to" && i + 1 < arguments.size()
                && arguments[i + 1].compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0))
            return true;
        if (a == u"--to" || a == u"--output-dir")
            ++i; // their values are not files
        else if (!a.startsWith(QLatin1Char('-')))
            files << a;
    }
    return files.size() == 2 && isPdfName(files.last());
}

QList<QCommandLineOption> ConvertCommand::options() const
{
    return { { QStringLiteral("with-annotations"),
               tr("Keep the review comments in a .docx (as Word comments) or .pdf (as notes); "
                  "publication copies leave them out.") },
             { QStringLiteral("to"),
               tr("Many files at once: the format to write (pdf, docx, txt, json, nianbao)."), tr("FORMAT") },
             { QStringLiteral("output-dir"), tr("Many files at once: the folder to write them into."),
               tr("DIR") } };
}

int ConvertCommand::execute(const QCommandLineParser &parser, QTextStream &, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("output-dir")))
        return convertMany(files, parser.value(QStringLiteral("to")),
                           parser.value(QStringLiteral("output-dir")),
                           parser.isSet(QStringLiteral("with-annotations")), err);
    if (files.size() != 2) {
        err << tr("nianbao convert: expected an input and an output file, e.g. nianbao convert report.docx "
                  "report.pdf")
            << Qt::endl;
        return 2;
    }
    const QString &in = files[0];
    const QString &out = files[1];
    const FormatRegistry &registry = FormatRegistry::instance();
    // What writing needs regardless of the report (fonts, for a PDF) loads on the second
    // core while the input is read.
    const ReportFormat *output = registry.formatForFile(out);
    std::thread warmUp;
    if (output && output->canWrite())
        warmUp = std::thread([output] { output->warmUp(); });
    struct Join
    {
        std::thread &t;
        ~Join()
        {
            if (t.joinable())
                t.join();
        }
    } join { warmUp };

    Report report;
    FormatError error;
    if (!registry.readFile(in, report, error)) {
        err << error.message() << Qt::endl;
        return 2;
    }
    if (warmUp.joinable())
        warmUp.join();
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath()) {
        err << tr("%1: refusing to overwrite the input with the output").arg(out) << Qt::endl;
        return 2;
    }
    WriteOptions options;
    options.withAnnotations = parser.isSet(QStringLiteral("with-annotations"));
    if (options.withAnnotations && output && output->id() == u"txt" && !report.annotations.isEmpty())
        err << tr("%1: plain text has no place for comments; they are left out").arg(out) << Qt::endl;
    if (!registry.writeFile(report, out, error, options)) {
        err << error.message() << Qt::endl;
        return 2;
    }
    for (const Finding &f : RuleEngine::check(report)) {
        if (f.severity == Severity::Error)
            return 1;
    }
    return 0;
}

int ConvertCommand::convertMany(const QStringList &files, const QString &to, const QString &folder,
                                bool withAnnotations, QTextStream &err)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const ReportFormat *format = registry.formatById(to.toLower());
    if (!format || !format->canWrite() || folder.isEmpty() || files.isEmpty()) {
        err << tr("nianbao convert: expected --to FORMAT (one of %1), --output-dir DIR and at least one file")
                   .arg(QStringLiteral("pdf, docx, txt, json, nianbao"))
            << Qt::endl;
        return 2;
    }
    if (!QDir().mkpath(folder)) {
        err << tr("%1: cannot create the folder").arg(folder) << Qt::endl;
        return 2;
    }
    format->warmUp();
    // One file per task on the global pool (all cores); each result says what happened.
    struct Result
    {
        int status = 0;
        QString message;
    };
    QStringList outputs;
    for (const QString &file : files)
        outputs << QDir(folder).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.')
                                         + format->extensions().first());
#ifdef Q_OS_WIN
    const bool terminal = _isatty(_fileno(stderr));
#else
    const bool terminal = isatty(fileno(stderr));
#endif
    std::atomic<int> done { 0 };
    QMutex progress;
    QList<int> indices;
    for (int i = 0; i < files.size(); ++i)
        indices << i;
    const QList<Result> results = QtConcurrent::blockingMapped(indices, [&](int i) {
        Result r;
        Report report;
        FormatError error;
        WriteOptions options;
        options.withAnnotations = withAnnotations;
        if (QFileInfo(files[i]).absoluteFilePath() == QFileInfo(outputs[i]).absoluteFilePath()) {
            r = { 2, tr("%1: refusing to overwrite the input with the output").arg(files[i]) };
        } else if (!registry.readFile(files[i], report, error)
                   || !registry.writeFile(report, outputs[i], error, options)) {
            r = { 2, error.message() };
        } else {
            for (const Finding &f : RuleEngine::check(report)) {
                if (f.severity == Severity::Error)
                    r.status = 1;
            }
        }
        if (terminal) {
            QMutexLocker lock(&progress);
            fprintf(stderr, "\r%d/%lld %s\x1b[K", ++done, qlonglong(files.size()),
                    qPrintable(QFileInfo(files[i]).fileName()));
            fflush(stderr);
        }
        return r;
    });
    if (terminal)
        fprintf(stderr, "\r\x1b[K");
    // A name used twice would have one output overwrite the other.
    QSet<QString> seen;
    int status = 0;
    for (int i = 0; i < results.size(); ++i) {
        if (seen.contains(outputs[i]))
            err << tr("%1: written over by another input of the same name").arg(outputs[i]) << Qt::endl;
        seen.insert(outputs[i]);
        if (!results[i].message.isEmpty())
            err << results[i].message << Qt::endl;
        status = qMax(status, results[i].status);
    }
    return status;
}

} // namespace nianbao
