#pragma once

#include "render/PageCanvas.h"

#include <QPainter>

class QPagedPaintDevice;

namespace nianbao {

/// The canvas of a printer or the print preview: every page through QPainter, A4 with no
/// margins of the device's own (the layout sets the GB/T 9704 margins).
class PainterCanvas : public PageCanvas
{
public:
    explicit PainterCanvas(QPagedPaintDevice &device);

    /// Sets the page up and starts painting; false if the device cannot be painted on.
    bool begin();
    void end();

    QPaintDevice *layoutDevice() override;
    void drawGlyphRuns(const QList<QGlyphRun> &runs, const QPointF &origin, QStringView text) override;
    void drawRect(const QRectF &rect, qreal penWidth) override;
    void newPage() override;

private:
    QPagedPaintDevice &m_device;
    QPainter m_painter;
};

} // namespace nianbao
