#pragma once

#include <QTextStream>

namespace nianbao {

/// `nianbao convert IN OUT`: reads IN, writes OUT, formats by extension.
/// Exit status per spec/interchange.md: 0 done and no error finding, 1 done but the report
/// has error findings, 2 a file could not be read or written (one line on `err`; OUT is
/// not created or changed).
class ConvertCommand
{
public:
    static int run(const QString &in, const QString &out, QTextStream &err);
};

} // namespace nianbao
