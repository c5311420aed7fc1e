#include "PageFlow.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace nianbao {

PageFlow::PageFlow(QPainter &painter, QPagedPaintDevice &device, const QFont &footerFont)
    : m_painter(painter)
    , m_device(device)
    , m_geometry(&device)
    , m_footerFont(footerFont)
    , m_y(m_geometry.text.top())
{
}

bool PageFlow::ensure(qreal height)
{
    if (height <= remaining() || atTop())
        return false;
    newPage();
    return true;
}

void PageFlow::drawFooter()
{
    m_painter.save();
    m_painter.setFont(m_footerFont);
    const QString number = QStringLiteral("— %1 —").arg(m_page);
    const QRectF box(m_geometry.text.left(), m_geometry.footerBaseline - m_geometry.pt(20), m_geometry.text.width(),
                     m_geometry.pt(24));
    m_painter.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, number);
    m_painter.restore();
}

void PageFlow::newPage()
{
    drawFooter();
    m_device.newPage();
    ++m_page;
    m_y = m_geometry.text.top();
}

void PageFlow::finish()
{
    drawFooter();
}

} // namespace nianbao
