#include "ConvertCommand.h"

#include "FormatRegistry.h"
#include "Report.h"
#include "RuleEngine.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nianbao {

int ConvertCommand::run(const QString &in, const QString &out, QTextStream &err)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    Report report;
    FormatError error;
    if (!registry.readFile(in, report, error)) {
        err << error.message() << Qt::endl;
        return 2;
    }
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
