#include "widgets/findings/WrappingDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

namespace nianbao {

WrappingDelegate::WrappingDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    // Wrapped rows grow and shrink with the columns: laid out again when one changes width.
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0) // the tree's indentation and branch decoration take their part
        width -= m_view->indentation() * (1 + (index.parent().isValid() ? 1 : 0));
    // The style wraps only within a valid rectangle: a height is needed too, any will do.
    opt.rect = QRect(0, 0, qMax(16, width), qMax(1, opt.rect.height()));
    opt.features |= QStyleOptionViewItem::WrapText;
    const QWidget *widget = opt.widget ? opt.widget : m_view;
    QStyle *style = widget->style() ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
}

} // namespace nianbao
