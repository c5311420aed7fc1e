#pragma once

#include "core/Report.h"

#include <QVector>

namespace nianbao {

/// Reads the figures a report's prose states, so that they can be compared with the tables:
/// "受理政府信息公开申请12件", "引发行政复议0件", "2024年1月1日至2024年12月31日".
/// Digits may be ASCII, full-width or Chinese numerals.
class ProseScanner
{
public:
    enum class Figure : quint8 {
        NewApplications,
        CarriedIn,
        CarriedOut,
        Processed,
        Reconsideration,
        Litigation
    };

    struct StatedFigure
    {
        Figure figure;
        qint64 value;
        std::optional<SectionId> section; ///< std::nullopt: the preamble
        QString paragraphAnchor;
        QString phrase; ///< the words as written, for the message
    };

    struct StatedPeriod
    {
        int fromYear;
        int toYear;
        std::optional<SectionId> section; ///< std::nullopt: the preamble
        QString paragraphAnchor;
    };

    /// Every "keyword … N 件" statement in the prose of the report.
    static QVector<StatedFigure> figures(const Report &report);
    /// Every statistics period "YYYY年1月1日…至YYYY年12月31日".
    static QVector<StatedPeriod> periods(const Report &report);
    /// The first year written as "YYYY年" in a text (ASCII, full-width or 二〇二四), or 0.
    static int firstYear(QStringView text);

    /// For tests and the rules: scan one paragraph.
    static void scanFigures(QStringView text, std::optional<SectionId> section, const QString &anchor,
                            QVector<StatedFigure> &out);
    static void scanPeriods(QStringView text, std::optional<SectionId> section, const QString &anchor,
                            QVector<StatedPeriod> &out);
};

} // namespace nianbao
