#pragma once

#include "base/FormatError.h"
#include "render/ReportFonts.h"

namespace nianbao {

class PageCanvas;
class PageFlow;
class Report;

/// Lays a report out on A4 pages with the typography of the DOCX export (GB/T 9704 as
/// agencies apply it) and draws it on a canvas: PdfCanvas for PDF, PainterCanvas for
/// printing and the print preview. Needs Qt Gui, never Widgets.
class ReportRenderer
{
public:
    explicit ReportRenderer(const Report &report);

    /// Chooses the fonts; fails (with the reason) if no Chinese font can be used.
    bool resolveFonts(FormatError &error);
    /// Draws every page; the fonts must be resolved.
    void render(PageCanvas &canvas);
    int pageCount() const { return m_pages; }

private:
    enum class Style { Title, Body, Heading1, Heading2, Signature };
    /// `place`: the AnnotationPlaces key the paragraph's first line is marked with.
    void paragraph(PageFlow &flow, const QString &text, Style style, const QString &place = {});

    const Report &m_report;
    ReportFonts m_fonts;
    int m_pages = 0;
};

} // namespace nianbao
