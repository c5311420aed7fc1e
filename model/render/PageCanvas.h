#pragma once

#include <QGlyphRun>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringView>

class QPaintDevice;

namespace nianbao {

/// What the report layout draws on: positioned glyphs, ruled boxes and page breaks. Two
/// canvases exist: PdfCanvas writes a PDF itself (fast, with an exact text layer), and
/// PainterCanvas paints through QPainter on a printer or the print preview.
class PageCanvas
{
public:
    virtual ~PageCanvas() = default;

    /// The device text is laid out for (its resolution); never painted on directly.
    virtual QPaintDevice *layoutDevice() = 0;
    /// Draws glyph runs laid out by QTextLayout, moved by `origin`. `text` is what they
    /// stand for, so that the PDF text layer reads exactly what was written.
    virtual void drawGlyphRuns(const QList<QGlyphRun> &runs, const QPointF &origin, QStringView text) = 0;
    /// Strokes the outline of `rect` in black with a pen `penWidth` device units wide.
    virtual void drawRect(const QRectF &rect, qreal penWidth) = 0;
    virtual void newPage() = 0;
    /// Says where a place that review comments attach to was drawn (AnnotationPlaces: a
    /// cell, a paragraph's first line, a heading, the title); the PDF canvas puts its notes
    /// there. Only the first mark of a place counts.
    virtual void mark(const QString &place, const QRectF &rect)
    {
        Q_UNUSED(place)
        Q_UNUSED(rect)
    }
};

} // namespace nianbao
