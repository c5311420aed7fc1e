#pragma once

#include "render/PageGeometry.h"

#include <QFont>

namespace nianbao {

class PageCanvas;

/// Where the next thing goes on the page, and turning pages: a new page gets its page
/// number ("— 1 —") in the footer when it is finished.
class PageFlow
{
public:
    PageFlow(PageCanvas &canvas, const QFont &footerFont);

    PageCanvas &canvas() { return m_canvas; }
    const PageGeometry &geometry() const { return m_geometry; }

    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal remaining() const { return m_geometry.text.bottom() - m_y; }
    bool atTop() const { return m_y <= m_geometry.text.top() + 0.5; }
    /// Makes sure `height` fits below; turns the page if not. Returns true if it turned.
    bool ensure(qreal height);
    void newPage();
    /// Finishes the last page.
    void finish();
    int pageCount() const { return m_page; }

private:
    void drawFooter();

    PageCanvas &m_canvas;
    PageGeometry m_geometry;
    QFont m_footerFont;
    qreal m_y;
    int m_page = 1;
};

} // namespace nianbao
