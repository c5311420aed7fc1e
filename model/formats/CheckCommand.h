#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

/// `nianbao check [--json] [--previous LAST_YEAR_FILE] FILE...`: runs every rule on each
/// file and prints the findings, as text lines or (--json) one JSON array of
/// {"file", "findings"} objects. Exit status: 0 no error finding, 1 at least one error
/// finding, 2 a file could not be read (named on `err`; the others are still checked).
class CheckCommand
{
public:
    struct Options
    {
        QStringList files;
        QString previous;
        bool json = false;
    };

    static int run(const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace nianbao
