#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace nianbao {

/// Rows as tall as their wrapped text at the column's width. QTreeView wraps the text it
/// paints (wordWrap) but sizes its rows as if the text were one line, so a finding or a
/// comment showed a few characters; this delegate measures at the column's width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace nianbao
