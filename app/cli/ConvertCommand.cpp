#include "cli/ConvertCommand.h"

#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <thread>

namespace nianbao {

QString ConvertCommand::name() const
{
    return QStringLiteral("convert");
}

QString ConvertCommand::synopsis() const
{
    return QStringLiteral("IN OUT");
}

QString ConvertCommand::description() const
{
    return tr("Convert a report; the formats follow from the extensions.");
}

bool ConvertCommand::needsGui(const QStringList &arguments) const
{
    for (const QString &argument : arguments) {
        if (argument.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<QCommandLineOption> ConvertCommand::options() const
{
    return { { QStringLiteral("with-annotations"),
               tr("Keep the review comments in a .docx (as Word comments) or .pdf (as notes); "
                  "publication copies leave them out.") } };
}

int ConvertCommand::execute(const QCommandLineParser &parser, QTextStream &, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
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

} // namespace nianbao
