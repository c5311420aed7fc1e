#pragma once

#include <QString>

namespace nianbao {

/// Why a file could not be read or written, in the three parts a person needs: which
/// file, where in it, and what is wrong. message() is the one line the command line prints.
struct FormatError
{
    QString file;
    QString place; ///< "line 12", "$.tables.applications", "word/document.xml line 3"; may be empty
    QString reason;

    bool isSet() const { return !reason.isEmpty(); }
    QString message() const;
};

} // namespace nianbao
