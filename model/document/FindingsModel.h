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
    enum Role { SeverityRole = Qt::UserRole + 1, RuleRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    /// The finding at an index, or nullptr for a group row.
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
    static constexpr quintptr GroupId = ~quintptr(0);
    Findings m_findings;
    QVector<QVector<int>> m_groups; ///< per group: indices into m_findings
    QVector<int> m_visibleGroups; ///< groups with findings, in order
};

} // namespace nianbao
