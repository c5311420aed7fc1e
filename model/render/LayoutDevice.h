#pragma once

#include <QPaintDevice>

namespace nianbao {

/// An A4 sheet at a given resolution that text can be laid out for but nothing painted on:
/// the PDF canvas measures with it, as a printer of that resolution would.
class LayoutDevice : public QPaintDevice
{
public:
    explicit LayoutDevice(int dpi);

    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    int m_dpi;
};

} // namespace nianbao
