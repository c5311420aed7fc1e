#include "io/pdf/RulingRecorder.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace nianbao {

namespace {

// Thinner than this a filled shape is a line; shorter than this a line is a glyph's stroke
// or a dot, not a border.
constexpr qreal MaxThickness = 2.5;
constexpr qreal MinLength = 4.0;
// A table has a few hundred borders; a page of hostile drawing may have millions of paths.
constexpr int MaxRulings = 20000;

} // namespace

/// The engine behind RulingRecorder: every path, line and rectangle painted is reduced to
/// its axis-parallel segments, in device coordinates.
class RulingPaintEngine : public QPaintEngine
{
public:
    RulingPaintEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }

    QVector<QLineF> rulings;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
    void drawTextItem(const QPointF &, const QTextItem &) override { }

    void drawPath(const QPainterPath &path) override
    {
        const QTransform transform = painter()->combinedTransform();
        const bool stroked = painter()->pen().style() != Qt::NoPen;
        const bool filled = painter()->brush().style() != Qt::NoBrush;
        for (const QPolygonF &polygon : path.toSubpathPolygons(transform)) {
            if (stroked) {
                for (int i = 1; i < polygon.size(); ++i)
                    addSegment(polygon[i - 1], polygon[i]);
            }
            if (filled) {
                // A thin filled bar is a line along its long side.
                const QRectF box = polygon.boundingRect();
                if (box.height() <= MaxThickness && box.width() >= MinLength)
                    addSegment({ box.left(), box.center().y() }, { box.right(), box.center().y() });
                else if (box.width() <= MaxThickness && box.height() >= MinLength)
                    addSegment({ box.center().x(), box.top() }, { box.center().x(), box.bottom() });
            }
        }
    }
    void drawLines(const QLineF *lines, int count) override
    {
        const QTransform transform = painter()->combinedTransform();
        for (int i = 0; i < count; ++i) {
            const QLineF l = transform.map(lines[i]);
            addSegment(l.p1(), l.p2());
        }
    }
    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i) {
            QPainterPath p;
            p.addRect(rects[i]);
            drawPath(p);
        }
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        QPainterPath p;
        p.addPolygon(QPolygonF(QVector<QPointF>(points, points + count)));
        if (mode != PolylineMode)
            p.closeSubpath();
        drawPath(p);
    }

private:
    void addSegment(const QPointF &a, const QPointF &b)
    {
        if (rulings.size() >= MaxRulings)
            return;
        const QLineF line(a, b);
        if (qAbs(line.dy()) <= 0.5 && qAbs(line.dx()) >= MinLength)
            rulings.append(QLineF(qMin(a.x(), b.x()), a.y(), qMax(a.x(), b.x()), a.y()));
        else if (qAbs(line.dx()) <= 0.5 && qAbs(line.dy()) >= MinLength)
            rulings.append(QLineF(a.x(), qMin(a.y(), b.y()), a.x(), qMax(a.y(), b.y())));
    }
};

RulingRecorder::RulingRecorder(const QSizeF &pageSize)
    : m_size(pageSize)
    , m_engine(std::make_unique<RulingPaintEngine>())
{
}

RulingRecorder::~RulingRecorder() = default;

QPaintEngine *RulingRecorder::paintEngine() const
{
    return m_engine.get();
}

const QVector<QLineF> &RulingRecorder::rulings() const
{
    return m_engine->rulings;
}

int RulingRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qCeil(m_size.width());
    case PdmHeight:
        return qCeil(m_size.height());
    case PdmWidthMM:
        return qCeil(m_size.width() * 25.4 / 72);
    case PdmHeightMM:
        return qCeil(m_size.height() * 25.4 / 72);
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 72; // one device unit is one PDF point
    case PdmDepth:
        return 32;
    case PdmNumColors:
        return INT_MAX;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace nianbao
