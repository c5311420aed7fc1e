#include "cli/SumCommand.h"

#include "core/ReportLimits.h"
#include "io/FormatRegistry.h"
#include "io/SafeWriter.h"
#include "rules/ReportSum.h"
#include "rules/RuleEngine.h"

#include <QtConcurrent>

namespace nianbao {

QString SumCommand::name() const
{
    return QStringLiteral("sum");
}

QString SumCommand::synopsis() const
{
    return QStringLiteral("--output OUT [--agency NAME] FILE...");
}

QString SumCommand::description() const
{
    return tr("Write the summary report whose tables add up the reports given.");
}

bool SumCommand::needsGui(const QStringList &arguments) const
{
    // Writing the summary as a PDF: `--output OUT.pdf` or `--output=OUT.pdf`.
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--output" && i + 1 < arguments.size() && isPdfName(arguments[i + 1]))
            return true;
        if (arguments[i].startsWith(QLatin1String("--output=")) && isPdfName(arguments[i]))
            return true;
    }
    return false;
}

QList<QCommandLineOption> SumCommand::options() const
{
    return {
        { QStringLiteral("output"), tr("The summary report to write (any writable format)."), tr("OUT") },
        { QStringLiteral("agency"), tr("The agency of the summary report, e.g. 某某区人民政府."), tr("NAME") }
    };
}

int SumCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    const QString output = parser.value(QStringLiteral("output"));
    if (files.isEmpty() || output.isEmpty()) {
        err << tr("nianbao sum: name the output (--output OUT) and at least one report") << Qt::endl;
        return 2;
    }
    // The summary written over one of its parts would lose that report (its prose above all).
    for (const QString &file : files) {
        if (SafeWriter::isSameFile(file, output)) {
            err << tr("%1: refusing to write the summary over one of the reports it sums (%2)")
                       .arg(output, file)
                << Qt::endl;
            return 2;
        }
    }
    // Reading is the slow part: all cores, results in the order given.
    struct Read
    {
        ReportSum::Part part;
        QString error;
    };
    const QList<Read> read = QtConcurrent::blockingMapped(files, [](const QString &file) {
        Read r;
        r.part.name = file;
        FormatError error;
        if (!FormatRegistry::instance().readFile(file, r.part.report, error))
            r.error = error.message();
        return r;
    });
    QVector<ReportSum::Part> parts;
    for (const Read &r : read) {
        if (!r.error.isEmpty()) {
            err << r.error << Qt::endl;
            return 2; // a summary without one of its parts would be wrong, not partial
        }
        parts.append(r.part);
    }
    Findings findings;
    QVector<ReportSum::Blank> blanks;
    const Report summary = ReportSum::sum(parts, parser.value(QStringLiteral("agency")), findings, blanks);
    bool refused = false;
    for (const Finding &f : findings) {
        err << severityKey(f.severity) << QLatin1Char(' ') << f.rule << QStringLiteral(": ") << f.message
            << Qt::endl;
        refused |= f.severity == Severity::Error;
    }
    if (refused)
        return 2;
    // A total past what a report holds would be written rounded: refused, with its cell.
    FormatError tooLarge;
    if (!ReportLimits::check(summary, tooLarge)) {
        err << tr("%1: the sum cannot be written: %2").arg(output, tooLarge.message()) << Qt::endl;
        return 2;
    }
    for (const ReportSum::Blank &b : blanks) {
        const TableSpec &spec = ReportTemplate::official().table(b.cell.table);
        err << tr("%1: %2 is blank, counted as 0").arg(b.name, spec.anchor(b.cell.row, b.cell.column))
            << Qt::endl;
    }
    FormatError error;
    if (!FormatRegistry::instance().writeFile(summary, output, error)) {
        err << error.message() << Qt::endl;
        return 2;
    }
    out << tr("%1: the sum of %n report(s)", nullptr, int(parts.size())).arg(output) << Qt::endl;
    for (const Finding &f : RuleEngine::check(summary)) {
        if (f.severity == Severity::Error)
            return 1;
    }
    return 0;
}

} // namespace nianbao
