#include "base/FormatError.h"

namespace nianbao {

QString FormatError::message() const
{
    QString out = file.isEmpty() ? QString() : file + QStringLiteral(": ");
    if (!place.isEmpty())
        out += place + QStringLiteral(": ");
    return out + reason;
}

} // namespace nianbao
