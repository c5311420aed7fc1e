#pragma once

#include "base/FormatError.h"

#include <QDateTime>
#include <QVector>

namespace nianbao {

class Report;

/// Autosaved copies of open reports, so that a crash loses at most a few seconds of work.
/// Each open document has an id; its copy lives in the recovery folder until the document
/// is saved or closed on purpose. Copies are written atomically (QSaveFile).
class RecoveryStore
{
public:
    struct Entry
    {
        QString id;
        QString recoveryPath;
        QString originalPath; ///< empty for a report never saved
        QDateTime saved;
    };

    /// The folder defaults to the user's application data folder.
    explicit RecoveryStore(const QString &directory = {});
    QString directory() const { return m_directory; }

    bool save(const QString &id, const Report &report, const QString &originalPath, FormatError &error) const;
    void remove(const QString &id) const;
    QVector<Entry> entries() const;
    bool load(const Entry &entry, Report &report, FormatError &error) const;

private:
    QString m_directory;
};

} // namespace nianbao
