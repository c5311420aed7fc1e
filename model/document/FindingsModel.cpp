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
    // 0: 报告信息 (the fields, the preamble, the report as a whole); 1 … 6 the sections.
    const std::optional<SectionId> section = f.location.sectionShown();
    return section ? 1 + int(*section) : 0;
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
    m_groups = QVector<Group>(GroupCount);
    for (int i = 0; i < m_findings.size(); ++i) {
        Group &g = m_groups[groupOf(m_findings[i])];
        (m_findings[i].rule == u"cell.blank" ? g.bundle : g.items).append(i);
    }
    m_visibleGroups.clear();
    for (int g = 0; g < GroupCount; ++g) {
        Group &group = m_groups[g];
        if (group.bundle.size() <= BundleThreshold) { // a few: shown one by one
            group.items += group.bundle;
            group.bundle.clear();
        }
        if (group.rows() > 0)
            m_visibleGroups.append(g);
    }
    endResetModel();
}

bool FindingsModel::isBundleRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId || index.internalId() >= BundleBase)
        return false;
    const int group = m_visibleGroups.value(int(index.internalId()), -1);
    return group >= 0 && !m_groups[group].bundle.isEmpty() && index.row() == m_groups[group].items.size();
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId || isBundleRow(index))
        return nullptr;
    const bool inBundle = index.internalId() >= BundleBase;
    const int group = m_visibleGroups.value(int(index.internalId() - (inBundle ? BundleBase : 0)), -1);
    if (group < 0)
        return nullptr;
    const QVector<int> &rows = inBundle ? m_groups[group].bundle : m_groups[group].items;
    return index.row() < rows.size() ? &m_findings[rows[index.row()]] : nullptr;
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
    if (parent.internalId() == GroupId)
        return createIndex(row, column, quintptr(parent.row()));
    return createIndex(row, column, BundleBase + parent.internalId()); // inside the bundle
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    if (child.internalId() >= BundleBase) {
        const int visible = int(child.internalId() - BundleBase);
        return createIndex(int(m_groups[m_visibleGroups[visible]].items.size()), 0, quintptr(visible));
    }
    return createIndex(int(child.internalId()), 0, GroupId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_visibleGroups.size();
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == GroupId)
        return m_groups[m_visibleGroups[parent.row()]].rows();
    if (isBundleRow(parent))
        return int(m_groups[m_visibleGroups[int(parent.internalId())]].bundle.size());
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
            return QStringLiteral("%1 (%2)")
                .arg(groupTitle(group))
                .arg(m_groups[group].items.size() + m_groups[group].bundle.size());
        return {};
    }
    if (isBundleRow(index)) {
        const int blanks = int(m_groups[m_visibleGroups[int(index.internalId())]].bundle.size());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0
                ? tr("%n blank cell(s): type 0 where nothing happened", nullptr, blanks)
                : QStringLiteral("cell.blank");
        case Qt::ToolTipRole:
            return tr("Expand to see each blank cell; “Fill blanks with 0” fills them at once.");
        case SeverityRole:
            return int(Severity::Warning);
        case RuleRole:
            return QStringLiteral("cell.blank");
        case BundleRole:
            return true;
        default:
            return {};
        }
    }
    const Finding *f = findingAt(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? f->message : f->rule;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n[%2]").arg(f->message, f->rule);
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
