#include "io/SaveFile.h"

#include <cerrno>

namespace nianbao {

bool SaveFile::open(OpenMode mode)
{
    return QSaveFile::open(mode | QIODevice::Unbuffered);
}

qint64 SaveFile::writeData(const char *data, qint64 length)
{
    errno = 0;
    const qint64 written = QSaveFile::writeData(data, length);
    if (written < length) {
        const int reason = errno;
        if (reason != 0)
            setErrorString(qt_error_string(reason));
    }
    return written;
}

} // namespace nianbao
