#include "io/SafeWriter.h"

#include "io/SaveFile.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace nianbao {

namespace {

/// A path with every link and ".." resolved; for a file not yet written, its folder's.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

bool SafeWriter::isSameFile(const QString &a, const QString &b)
{
#if defined(Q_OS_UNIX)
    // Device and inode: one file under any name, hard links included.
    struct stat first, second;
    if (::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0)
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#endif
#if defined(Q_OS_WIN)
    return resolved(a).compare(resolved(b), Qt::CaseInsensitive) == 0;
#else
    return resolved(a) == resolved(b);
#endif
}

QString SafeWriter::target(const QString &path, FormatError &error)
{
    // A link is written through, as text editors do: the link stays, its target changes.
    QFileInfo info(path);
    QString target = path;
    for (int hops = 0; info.isSymLink(); ++hops) {
        if (hops == 32) {
            error.reason = tr("too many levels of symbolic links");
            return {};
        }
        target = info.symLinkTarget();
        info = QFileInfo(target);
    }
    if (info.exists()) {
        if (info.isDir()) {
            error.reason = tr("is a folder, not a file");
            return {};
        }
        if (!info.isFile()) {
            error.reason = tr("is a device, pipe or socket, not a file; refusing to write to it");
            return {};
        }
        // Both the mode bits and access(): as root, access() allows writing a file marked
        // read-only, and QSaveFile's rename would replace it without a word.
        const QFileDevice::Permissions permissions = info.permissions();
        if (!(permissions & QFileDevice::WriteOwner) || !(permissions & QFileDevice::WriteUser)) {
            error.reason = tr("the file is read-only");
            return {};
        }
    }
    return target;
}

bool SafeWriter::write(const QString &path, const Content &content, FormatError &error)
{
    error = FormatError { path, QString(), QString() };
    const QString target = SafeWriter::target(path, error);
    if (target.isEmpty())
        return false;
    // QSaveFile writes beside the target and renames over it only after everything was
    // written and synced: a failure at any point leaves the old file as it was.
    SaveFile file(target);
    auto fail = [&](const QString &reason) {
        file.cancelWriting();
        error.file = path;
        error.reason = reason;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write: %1").arg(file.errorString()));
    if (!content(file, error))
        return fail(error.reason.isEmpty() ? tr("cannot write: %1").arg(file.errorString()) : error.reason);
    // Writes are buffered: a full disk shows only when the buffer goes out.
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(tr("cannot write: %1").arg(file.errorString()));
    if (!file.commit())
        return fail(tr("cannot write: %1").arg(file.errorString()));
    return true;
}

bool SafeWriter::write(const QString &path, const QByteArray &bytes, FormatError &error)
{
    return write(
        path, [&bytes](QIODevice &device, FormatError &) { return device.write(bytes) == bytes.size(); },
        error);
}

} // namespace nianbao
