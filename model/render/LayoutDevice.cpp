#include "render/LayoutDevice.h"

#include <QtMath>

#include <climits>

namespace nianbao {

LayoutDevice::LayoutDevice(int dpi)
    : m_dpi(dpi)
{
}

int LayoutDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(210.0 / 25.4 * m_dpi);
    case PdmHeight:
        return qRound(297.0 / 25.4 * m_dpi);
    case PdmWidthMM:
        return 210;
    case PdmHeightMM:
        return 297;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace nianbao
