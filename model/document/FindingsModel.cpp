#include "document/FindingsModel.h"

#include <QCoreApplication>

namespace nianbao {

namespace {
constexpr int GroupCount = 1 + SectionCount;
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_groups(GroupCount)
{
}

int FindingsModel::groupOf(const Finding &f)
{
    switch (f.location.kind) {
    case Location::Kind::Cell:
    case Location::Kind::Table:
        return 1 + int(ReportTemplate::official().table(f.location.cell.table).section);
    case Location::Kind::Section:
        return 1 + int(f.location.section);
    case Location::Kind::Field:
        return 0;
    }
    return 0;
}

QString FindingsModel::groupTitle(int group)
{
    if (group == 0)
        return tr("Report information");
    return ReportTemplate::sectionHeading(static_cast<SectionId>(group - 1));
}

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    for (auto &g : m_groups)
        g.clear();
    for (int i = 0; i < m_findings.size(); ++i)
        m_groups[groupOf(m_findings[i])].append(i);
    m_visibleGroups.clear();
    for (int g = 0; g < GroupCount; ++g) {
        if (!m_groups[g].isEmpty())
            m_visibleGroups.append(g);
    }
    endResetModel();
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const int group = m_visibleGroups.value(int(index.internalId()), -1);
    if (group < 0 || index.row() >= m_groups[group].size())
        return nullptr;
    return &m_findings[m_groups[group][index.row()]];
}

int FindingsModel::count(Severity severity) const
{
    int n = 0;
    for (const Finding &f : m_findings)
        n += f.severity == severity;
    return n;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId()), 0, GroupId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_visibleGroups.size();
    if (parent.internalId() == GroupId && parent.column() == 0)
        return m_groups[m_visibleGroups[parent.row()]].size();
    return 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        const int group = m_visibleGroups[index.row()];
        if (role == Qt::DisplayRole && index.column() == 0)
            return QStringLiteral("%1 (%2)").arg(groupTitle(group)).arg(m_groups[group].size());
        return {};
    }
    const Finding *f = findingAt(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? f->message : f->rule;
    case Qt::ToolTipRole:
        return f->message;
    case SeverityRole:
        return int(f->severity);
    case RuleRole:
        return f->rule;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Finding") : tr("Rule");
}

} // namespace nianbao
