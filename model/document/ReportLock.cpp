#include "document/ReportLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace nianbao {

ReportLock::ReportLock() = default;
ReportLock::~ReportLock()
{
    release();
}
ReportLock::ReportLock(ReportLock &&) noexcept = default;
ReportLock &ReportLock::operator=(ReportLock &&) noexcept = default;

QString ReportLock::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".~lock.") + info.fileName() + QLatin1Char('#'));
}

bool ReportLock::acquire(const QString &path, qint64 *holderPid, QString *holderHost)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // a lock whose process is gone is stale, however recent
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        if (holderPid)
            *holderPid = pid;
        if (holderHost)
            *holderHost = host;
        return false;
    }
    release();
    m_lock = std::move(lock);
    return true;
}

void ReportLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace nianbao
