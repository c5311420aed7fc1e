#include "widgets/pages/GraphicView.h"

#include "render/GraphicPainter.h"

#include <QPainter>

namespace nianbao {

GraphicView::GraphicView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphicView"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void GraphicView::setFigures(const GraphicFigures &figures, const QString &family)
{
    m_figures = figures;
    m_family = family;
    m_height = GraphicPainter(m_figures).height();
    updateGeometry();
    update();
}

QSize GraphicView::sizeHint() const
{
    return QSize(qRound(GraphicPainter::Width), qRound(m_height));
}

int GraphicView::heightForWidth(int width) const
{
    return qRound(m_height * width / GraphicPainter::Width);
}

void GraphicView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const qreal scale = width() / GraphicPainter::Width;
    painter.scale(scale, scale);
    PainterGraphicCanvas canvas(painter, m_family);
    GraphicPainter(m_figures).paint(canvas);
}

} // namespace nianbao
