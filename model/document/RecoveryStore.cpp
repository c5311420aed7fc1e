#include "document/RecoveryStore.h"

#include "core/Report.h"
#include "io/FormatRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace nianbao {

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + QStringLiteral("/recovery")
                                      : directory)
{
}

bool RecoveryStore::save(const QString &id, const Report &report, const QString &originalPath,
                         FormatError &error) const
{
    QDir().mkpath(m_directory);
    const QString path = m_directory + QLatin1Char('/') + id + QStringLiteral(".nianbao");
    if (!FormatRegistry::instance().writeFile(report, path, error))
        return false;
    // Where the report came from, beside it, so that a restore can offer to save there.
    QSaveFile meta(m_directory + QLatin1Char('/') + id + QStringLiteral(".meta.json"));
    if (!meta.open(QIODevice::WriteOnly)) {
        error = FormatError { meta.fileName(), QString(), meta.errorString() };
        return false;
    }
    meta.write(QJsonDocument(QJsonObject { { QStringLiteral("originalPath"), originalPath } }).toJson());
    if (!meta.commit()) {
        error = FormatError { meta.fileName(), QString(), meta.errorString() };
        return false;
    }
    return true;
}

void RecoveryStore::remove(const QString &id) const
{
    QFile::remove(m_directory + QLatin1Char('/') + id + QStringLiteral(".nianbao"));
    QFile::remove(m_directory + QLatin1Char('/') + id + QStringLiteral(".meta.json"));
}

QVector<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QVector<Entry> out;
    QDir dir(m_directory);
    for (const QFileInfo &info :
         dir.entryInfoList({ QStringLiteral("*.nianbao") }, QDir::Files, QDir::Time)) {
        Entry e;
        e.id = info.completeBaseName();
        e.recoveryPath = info.absoluteFilePath();
        e.saved = info.lastModified();
        QFile meta(dir.filePath(e.id + QStringLiteral(".meta.json")));
        if (meta.open(QIODevice::ReadOnly))
            e.originalPath = QJsonDocument::fromJson(meta.readAll())
                                 .object()
                                 .value(QStringLiteral("originalPath"))
                                 .toString();
        out.append(e);
    }
    return out;
}

bool RecoveryStore::load(const Entry &entry, Report &report, FormatError &error) const
{
    return FormatRegistry::instance().readFile(entry.recoveryPath, report, error);
}

} // namespace nianbao
