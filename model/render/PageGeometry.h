#pragma once

#include <QRectF>

class QPaintDevice;

namespace nianbao {

/// An A4 page as GB/T 9704 lays it out (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm,
/// 22 lines on the text area), in the device units of a PDF writer or printer.
struct PageGeometry
{
    explicit PageGeometry(const QPaintDevice *device);

    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    qreal pt(qreal points) const { return points * dpi / 72.0; }

    qreal dpi;
    QRectF page; ///< the whole sheet
    QRectF text; ///< the text area
    qreal linePitch; ///< one of the 22 lines
    qreal footerBaseline; ///< where the page number sits
};

} // namespace nianbao
