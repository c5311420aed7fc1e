#pragma once

#include "core/Report.h"

#include <optional>

namespace nianbao {

/// What a 图解 shows: the year's key figures of the three tables, in panels, each with last
/// year's beside it when last year's report is given. Data only: GraphicPainter draws it,
/// GraphicWriter writes it as SVG, PNG or PDF, the editor's 图表 page shows it.
/// Its words are the report's own (the template's terms, in Chinese, whatever the interface
/// language): a 图解 is published beside the report.
class GraphicFigures
{
public:
    struct Figure
    {
        QString label;
        std::optional<double> value; ///< nullopt: blank in the report
        std::optional<double> previous; ///< last year's, when a previous report is given
        /// this year − last year, when both are known.
        std::optional<double> change() const
        {
            return value && previous ? std::optional<double>(*value - *previous) : std::nullopt;
        }
    };
    struct Panel
    {
        QString title;
        QString unit; ///< 件, 万元 …
        QVector<Figure> figures;
    };

    static GraphicFigures of(const Report &report, const Report *previous = nullptr);

    /// "2024年政府信息公开工作年度报告", its agency, and the line naming where the data is from.
    QString title;
    QString agency;
    QString source;
    int year = 0;
    bool hasPrevious = false;
    int previousYear = 0;
    QVector<Panel> panels;
};

} // namespace nianbao
