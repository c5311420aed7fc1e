#pragma once

#include "render/GraphicFigures.h"
#include "rules/ReportSum.h"

#include <QDialog>

namespace nianbao {

class GraphicView;

/// 图表 over a folder of reports (the desk): applications per agency as sorted bars, the
/// shares of the outcomes over all of them, and the district's totals from their sum, as
/// the same 图解 a report has; exported for the district's own report.
class DeskChartsDialog : public QDialog
{
    Q_OBJECT
public:
    DeskChartsDialog(const QVector<ReportSum::Part> &parts, QWidget *parent = nullptr);

    /// The folder's figures: per agency, the outcomes' shares, then the summed tables'.
    static GraphicFigures figuresOf(const QVector<ReportSum::Part> &parts);
    const GraphicFigures &figures() const { return m_figures; }

private:
    void exportDialog();

    GraphicFigures m_figures;
    GraphicView *m_view;
};

} // namespace nianbao
