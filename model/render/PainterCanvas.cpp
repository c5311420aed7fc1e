#include "render/PainterCanvas.h"

#include <QPagedPaintDevice>

namespace nianbao {

PainterCanvas::PainterCanvas(QPagedPaintDevice &device)
    : m_device(device)
{
}

bool PainterCanvas::begin()
{
    m_device.setPageSize(QPageSize(QPageSize::A4));
    m_device.setPageOrientation(QPageLayout::Portrait);
    m_device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!m_painter.begin(&m_device))
        return false;
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_painter.setBrush(Qt::NoBrush);
    return true;
}

void PainterCanvas::end()
{
    m_painter.end();
}

QPaintDevice *PainterCanvas::layoutDevice()
{
    return &m_device;
}

void PainterCanvas::drawGlyphRuns(const QList<QGlyphRun> &runs, const QPointF &origin, QStringView)
{
    m_painter.setPen(Qt::black);
    for (const QGlyphRun &run : runs)
        m_painter.drawGlyphRun(origin, run);
}

void PainterCanvas::drawRect(const QRectF &rect, qreal penWidth)
{
    m_painter.setPen(QPen(Qt::black, penWidth));
    m_painter.drawRect(rect);
}

void PainterCanvas::newPage()
{
    m_device.newPage();
}

} // namespace nianbao
