#pragma once

#include <QSaveFile>

namespace nianbao {

/// QSaveFile that tells why a write failed. Qt reports a write cut short by a full disk as
/// "Unknown error" (the engine retries after the short write and loses errno); this keeps
/// the operating system's own reason ("No space left on device") for the message. Writes
/// go straight to the file, so the failure shows on the write that caused it.
class SaveFile : public QSaveFile
{
public:
    using QSaveFile::QSaveFile;

    bool open(OpenMode mode) override;

protected:
    qint64 writeData(const char *data, qint64 length) override;
};

} // namespace nianbao
