#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace nianbao {

/// Marks a report file as being edited: a lock file beside it (.~lock.NAME#, the name
/// LibreOffice and WPS users know), so that a second window or instance refuses to edit
/// the same report and overwrite the first one's work. A lock left by a process that is
/// gone (a crash) is taken over.
class ReportLock
{
public:
    ReportLock();
    ~ReportLock();
    ReportLock(ReportLock &&) noexcept;
    ReportLock &operator=(ReportLock &&) noexcept;

    /// Takes the lock of `path`, giving up a lock held before. False if a live process
    /// holds it; `holderPid` and `holderHost` then say which.
    bool acquire(const QString &path, qint64 *holderPid = nullptr, QString *holderHost = nullptr);
    void release();
    bool isHeld() const { return bool(m_lock); }

    static QString lockPathFor(const QString &path);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace nianbao
