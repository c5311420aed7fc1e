#pragma once

#include <QLineF>
#include <QPaintDevice>
#include <QSizeF>
#include <QVector>

#include <memory>

namespace nianbao {

class RulingPaintEngine;

/// A paint device that keeps only the straight horizontal and vertical lines painted on it:
/// the borders of tables, whether the PDF strokes them as lines or rectangles or fills them
/// as thin bars. poppler's QPainter backend draws a page onto it; text and images are
/// dropped. Geometry in page points, origin top left.
class RulingRecorder : public QPaintDevice
{
public:
    explicit RulingRecorder(const QSizeF &pageSize);
    ~RulingRecorder() override;

    QPaintEngine *paintEngine() const override;
    const QVector<QLineF> &rulings() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_size;
    std::unique_ptr<RulingPaintEngine> m_engine;
};

} // namespace nianbao
