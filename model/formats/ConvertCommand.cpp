#include "ConvertCommand.h"

#include "FormatRegistry.h"
#include "Report.h"
#include "RuleEngine.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <thread>

namespace nianbao {

int ConvertCommand::run(const QString &in, const QString &out, QTextStream &err)
{
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
        err << QCoreApplication::translate("nianbao::ConvertCommand",
                                           "%1: refusing to overwrite the input with the output")
                   .arg(out)
            << Qt::endl;
        return 2;
    }
    if (!registry.writeFile(report, out, error)) {
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
