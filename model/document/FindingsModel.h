#pragma once

#include "rules/Finding.h"

#include <QAbstractItemModel>

namespace nianbao {

/// Findings grouped by where they are (report fields, then sections 一 … 六), for the
/// findings dock. A view shows it and jumps from it: findingAt() gives the Finding of an
/// index. How a severity looks (its icon) is the view's business: SeverityRole says which.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { SeverityRole = Qt::UserRole + 1, RuleRole, BundleRole };

    /// More blank cells than this in one section are one expandable row ("26 blank cells"), so
    /// that a new report does not open on a wall of 168 warnings.
    static constexpr int BundleThreshold = 3;

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    /// The finding at an index, or nullptr for a group or bundle row.
    const Finding *findingAt(const QModelIndex &index) const;
    int count(Severity severity) const;

    /// Which group a finding belongs to: 0 for report fields, 1 + section index otherwise.
    static int groupOf(const Finding &finding);
    static QString groupTitle(int group);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId: GroupId for a group row; the visible group's number for its rows; BundleBase
    // plus that number for the rows inside its bundle.
    static constexpr quintptr GroupId = ~quintptr(0);
    static constexpr quintptr BundleBase = 0x10000;
    struct Group
    {
        QVector<int> items; ///< indices into m_findings, shown as rows
        QVector<int> bundle; ///< cell.blank findings shown under one row after the items
        int rows() const { return int(items.size()) + (bundle.isEmpty() ? 0 : 1); }
    };
    bool isBundleRow(const QModelIndex &index) const;
    Findings m_findings;
    QVector<Group> m_groups; ///< per group (0 fields, 1 + section)
    QVector<int> m_visibleGroups; ///< groups with findings, in order
};

} // namespace nianbao
