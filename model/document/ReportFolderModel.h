#pragma once

#include "core/Report.h"

#include <QAbstractTableModel>
#include <QDateTime>

class QFileSystemWatcher;

namespace nianbao {

/// The review desk's table: every report in a folder, a row each: file, agency, year, review
/// state, errors, warnings, open comments, last modified. Reports are read and checked on
/// all cores; a file changed on disk is read again (QFileSystemWatcher), a new one appears.
class ReportFolderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        AgencyColumn,
        YearColumn,
        StateColumn,
        ErrorsColumn,
        WarningsColumn,
        CommentsColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, PathRole };

    explicit ReportFolderModel(QObject *parent = nullptr);

    /// Reads every readable report in `folder` (not its subfolders).
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    QString pathAt(int row) const;
    /// The report of a row as read; nullptr when it could not be read (its error in the row).
    const Report *reportAt(int row) const;
    /// Reads the folder again: new, changed and removed files.
    void refresh();
    /// Reads and checks every file again, changed or not (全部检查).
    void recheckAll();
    /// While the desk itself writes into the folder (export all), changes on disk wait: the
    /// rows stay as they are, and resuming reads the folder again once.
    void pauseWatching();
    void resumeWatching();
    /// The table as CSV that WPS and Excel open: UTF-8 with a BOM, quoted text, CRLF.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString path;
        QDateTime modified;
        bool read = false;
        QString error;
        Report report;
        int errors = 0, warnings = 0, openComments = 0;
    };
    static Row load(const QString &path);
    void fileChanged(const QString &path);

    QString m_folder;
    QVector<Row> m_rows;
    QFileSystemWatcher *m_watcher;
    bool m_paused = false;
};

} // namespace nianbao
