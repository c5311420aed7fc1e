#include "io/ReportFormat.h"

#include <QCoreApplication>

namespace nianbao {

bool ReportFormat::read(QIODevice &, Report &, FormatError &error) const
{
    error.reason = tr("%1 files cannot be read").arg(displayName());
    return false;
}

bool ReportFormat::write(const Report &, QIODevice &, FormatError &error) const
{
    error.reason = tr("%1 files cannot be written").arg(displayName());
    return false;
}

} // namespace nianbao
