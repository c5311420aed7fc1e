#include "render/PageGeometry.h"

#include <QPaintDevice>

namespace nianbao {

PageGeometry::PageGeometry(const QPaintDevice *device)
    : dpi(device->logicalDpiY())
{
    page = QRectF(0, 0, mm(210), mm(297));
    text = QRectF(mm(28), mm(37), mm(210 - 28 - 26), mm(297 - 37 - 35));
    linePitch = text.height() / 22.0;
    footerBaseline = text.bottom() + mm(7) + pt(14);
}

} // namespace nianbao
