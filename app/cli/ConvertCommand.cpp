#include "cli/ConvertCommand.h"

#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "io/SafeWriter.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
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
    if (SafeWriter::isSameFile(in, out)) {
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

QStringList ConvertCommand::outputNames(const QStringList &files, const QString &folder,
                                        const QString &extension)
{
    // Each input its own output: a.txt, a.docx and sub/a.txt all named a.json would overwrite
    // one another. The first keeps the plain name; the next are told apart by their format,
    // then by a number: a.json, a (docx).json, a (txt).json, a (txt 2).json. A file named only
    // by an extension (".txt") is named after it, not hidden (".json").
    QStringList outputs;
    QSet<QString> taken;
    const auto key = [](const QString &name) { return name.toCaseFolded(); }; // one on Windows and macOS
    for (const QString &file : files) {
        const QFileInfo info(file);
        QString base = info.completeBaseName();
        if (base.isEmpty())
            base = info.fileName().remove(0, 1);
        QString name = base + QLatin1Char('.') + extension;
        for (int n = 1; taken.contains(key(name)); ++n) {
            const QString tag = n == 1 ? info.suffix() : QStringLiteral("%1 %2").arg(info.suffix()).arg(n);
            name = QStringLiteral("%1 (%2).%3").arg(base, tag, extension);
        }
        taken.insert(key(name));
        outputs << QDir(folder).filePath(name);
    }
    return outputs;
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
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        err << tr("%1: is a file, not a folder; name a folder for the outputs").arg(folder) << Qt::endl;
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
    const QStringList outputs = outputNames(files, folder, format->extensions().first());
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
        if (std::any_of(files.cbegin(), files.cend(),
                        [&](const QString &input) { return SafeWriter::isSameFile(input, outputs[i]); })) {
            r = { 2, tr("%1: refusing to write %2 over an input").arg(files[i], outputs[i]) };
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
    int status = 0;
    for (int i = 0; i < results.size(); ++i) {
        if (!results[i].message.isEmpty())
            err << results[i].message << Qt::endl;
        status = qMax(status, results[i].status);
    }
    return status;
}

} // namespace nianbao
