#pragma once

#include "FormatError.h"
#include "ReportFonts.h"

class QPagedPaintDevice;

namespace nianbao {

class PageFlow;
class Report;

/// Lays a report out on A4 pages with the typography of the DOCX export (GB/T 9704 as
/// agencies apply it) and paints it on any paged device: QPdfWriter for PDF, QPrinter for
/// printing and the print preview. Needs Qt Gui, never Widgets.
class ReportRenderer
{
public:
    explicit ReportRenderer(const Report &report);

    /// Paints every page. Fails (with the reason) if no Chinese font can be used or the
    /// device cannot be painted on.
    bool render(QPagedPaintDevice &device, FormatError &error);
    int pageCount() const { return m_pages; }

private:
    enum class Style { Title, Body, Heading1, Heading2, Signature };
    void paragraph(PageFlow &flow, const QString &text, Style style);

    const Report &m_report;
    ReportFonts m_fonts;
    int m_pages = 0;
};

} // namespace nianbao
