#include "render/PageFlow.h"

#include "render/PageCanvas.h"
#include "render/TextBlock.h"

namespace nianbao {

PageFlow::PageFlow(PageCanvas &canvas, const QFont &footerFont)
    : m_canvas(canvas)
    , m_geometry(canvas.layoutDevice())
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
    const QString number = QStringLiteral("— %1 —").arg(m_page);
    const QRectF box(m_geometry.text.left(), m_geometry.footerBaseline - m_geometry.pt(20),
                     m_geometry.text.width(), m_geometry.pt(24));
    TextBlock(number, m_footerFont, m_canvas.layoutDevice(), box.width(), Qt::AlignHCenter)
        .draw(m_canvas, box, Qt::AlignBottom);
}

void PageFlow::newPage()
{
    drawFooter();
    m_canvas.newPage();
    ++m_page;
    m_y = m_geometry.text.top();
}

void PageFlow::finish()
{
    drawFooter();
}

} // namespace nianbao
