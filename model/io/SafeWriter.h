#pragma once

#include "base/FormatError.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace nianbao {

/// Writing a file so that nothing already saved is lost: the content goes to a file beside
/// the target (SaveFile, a QSaveFile that keeps the system's reason for a failure) and
/// replaces it only once everything was written, flushed and synced. A failure at any point
/// leaves the old file as it was. A symbolic link is written through, as text editors do;
/// folders, devices, pipes and read-only files are refused.
class SafeWriter
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SafeWriter)

public:
    /// Writes the content into the device; false with `error.reason` set (or not: the
    /// device's own error is said then).
    using Content = std::function<bool(QIODevice &device, FormatError &error)>;

    static bool write(const QString &path, const Content &content, FormatError &error);
    static bool write(const QString &path, const QByteArray &bytes, FormatError &error);
    /// The file a write to `path` really changes (through symbolic links), or empty with the
    /// reason when it must not be written.
    static QString target(const QString &path, FormatError &error);
    /// Are these one file, however they are spelled: through symbolic links (of the file or
    /// of a folder on its path), hard links, "..", or a name of a file not yet written in a
    /// folder that is the other's? Outputs are compared with their inputs by this.
    static bool isSameFile(const QString &a, const QString &b);
};

} // namespace nianbao
