#pragma once

#include "core/ReportTemplate.h"

#include <QFont>

namespace nianbao {

class PageFlow;
class Report;

/// Draws a statistics table as the official template prints it (PrintedLayout: the same
/// merged cells as the DOCX export), breaking across pages between rows: the header rows
/// are repeated at the top of the next page, and a merged label that runs over the break
/// is drawn again beside its rows on the new page.
class TablePainter
{
public:
    TablePainter(const QFont &font);
    void paint(PageFlow &flow, const Report &report, TableId table);

private:
    QFont m_font;
};

} // namespace nianbao
