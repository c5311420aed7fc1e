#include "document/ReportFolderModel.h"

#include "base/CsvField.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QtConcurrent>

#include <algorithm>

namespace nianbao {

namespace {

} // namespace

ReportFolderModel::ReportFolderModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReportFolderModel::refresh);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ReportFolderModel::fileChanged);
}

ReportFolderModel::Row ReportFolderModel::load(const QString &path)
{
    Row row;
    row.path = path;
    row.modified = QFileInfo(path).lastModified();
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, row.report, error)) {
        row.error = error.reason;
        return row;
    }
    row.read = true;
    for (const Finding &f : RuleEngine::check(row.report)) {
        row.errors += f.severity == Severity::Error;
        row.warnings += f.severity == Severity::Warning;
    }
    row.openComments = int(std::count_if(row.report.annotations.cbegin(), row.report.annotations.cend(),
                                         [](const Annotation &a) { return !a.resolved; }));
    return row;
}

void ReportFolderModel::setFolder(const QString &folder)
{
    m_folder = folder;
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_watcher->addPath(folder);
    beginResetModel();
    m_rows.clear();
    endResetModel();
    refresh();
}

void ReportFolderModel::pauseWatching()
{
    m_paused = true;
}

void ReportFolderModel::resumeWatching()
{
    m_paused = false;
    refresh();
}

void ReportFolderModel::refresh()
{
    if (m_paused)
        return;
    QStringList patterns;
    for (const QString &ext : FormatRegistry::instance().readableExtensions())
        patterns << QStringLiteral("*.") + ext;
    const QFileInfoList files
        = QDir(m_folder).entryInfoList(patterns, QDir::Files, QDir::Name | QDir::IgnoreCase);
    QStringList paths;
    for (const QFileInfo &f : files) {
        // Skip what is known and unchanged; read the rest on all cores.
        const auto known = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                        [&](const Row &r) { return r.path == f.absoluteFilePath(); });
        if (known == m_rows.cend() || known->modified != f.lastModified())
            paths << f.absoluteFilePath();
    }
    const QList<Row> loaded = QtConcurrent::blockingMapped(paths, &ReportFolderModel::load);
    beginResetModel();
    QVector<Row> rows;
    for (const QFileInfo &f : files) {
        const QString path = f.absoluteFilePath();
        const auto fresh
            = std::find_if(loaded.cbegin(), loaded.cend(), [&](const Row &r) { return r.path == path; });
        const auto known
            = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.path == path; });
        if (fresh != loaded.cend())
            rows.append(*fresh);
        else if (known != m_rows.cend())
            rows.append(*known);
    }
    m_rows = rows;
    endResetModel();
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    for (const Row &r : std::as_const(m_rows))
        m_watcher->addPath(r.path);
}

void ReportFolderModel::recheckAll()
{
    for (Row &r : m_rows)
        r.modified = QDateTime(); // known, but never unchanged: read again
    refresh();
}

void ReportFolderModel::fileChanged(const QString &path)
{
    if (m_paused)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].path != path)
            continue;
        m_rows[i] = load(path);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path); // an editor's atomic save replaces the file: watch the new one
        return;
    }
}

QString ReportFolderModel::pathAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].path : QString();
}

const Report *ReportFolderModel::reportAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].read ? &m_rows[row].report : nullptr;
}

QByteArray ReportFolderModel::toCsv() const
{
    // For people, in the interface's language, as the list shows it.
    QStringList header;
    for (const QString &name : { tr("File"), tr("Agency"), tr("Year"), tr("Review state"), tr("Errors"),
                                 tr("Warnings"), tr("Open comments"), tr("Modified") })
        header << CsvField::quoted(name);
    QStringList lines { header.join(QLatin1Char(',')) };
    for (const Row &r : m_rows) {
        lines << QStringList { CsvField::quoted(QFileInfo(r.path).fileName()),
                               CsvField::quoted(r.report.agency),
                               QString::number(r.report.year),
                               CsvField::quoted(Review::stateName(r.report.review.state)),
                               QString::number(r.errors),
                               QString::number(r.warnings),
                               QString::number(r.openComments),
                               r.modified.toString(Qt::ISODate) }
                     .join(QLatin1Char(','));
    }
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

int ReportFolderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportFolderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportFolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == PathRole)
        return r.path;
    if (role == Qt::ToolTipRole)
        return r.read ? r.path : tr("%1: %2").arg(r.path, r.error);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(r.path).fileName();
    case AgencyColumn:
        return r.read ? r.report.agency : tr("cannot be read");
    case YearColumn:
        return r.read ? QVariant(r.report.year) : QVariant();
    case StateColumn:
        return sort ? QVariant(int(r.report.review.state))
                    : QVariant(r.read ? Review::stateName(r.report.review.state) : QString());
    case ErrorsColumn:
        return r.errors;
    case WarningsColumn:
        return r.warnings;
    case CommentsColumn:
        return r.openComments;
    case ModifiedColumn:
        return sort ? QVariant(r.modified) : QVariant(QLocale().toString(r.modified, QLocale::ShortFormat));
    }
    return {};
}

QVariant ReportFolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case AgencyColumn:
        return tr("Agency");
    case YearColumn:
        return tr("Year");
    case StateColumn:
        return tr("Review state");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case CommentsColumn:
        return tr("Open comments");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

} // namespace nianbao
