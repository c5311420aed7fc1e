#include "render/GraphicFigures.h"

#include <QRegularExpression>

namespace nianbao {

namespace {

/// "1.属于国家秘密" → "属于国家秘密"; "（二）部分公开（区分处理的…）" → "部分公开".
QString shortLabel(QString label)
{
    static const QRegularExpression number(
        QStringLiteral("^(\\d+\\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)"));
    label.remove(number);
    const qsizetype note = label.indexOf(QStringLiteral("（"));
    if (note > 0)
        label.truncate(note);
    return label;
}

std::optional<double> numberAt(const Report &report, TableId table, int row, int column)
{
    const CellValue v = report.value(table, row, column);
    return v.isNumber() ? std::optional<double>(v.number()) : std::nullopt;
}

class Builder
{
public:
    Builder(const Report &report, const Report *previous)
        : m_report(report)
        , m_previous(previous)
    {
    }

    GraphicFigures::Figure figure(const QString &label, TableId table, QStringView row,
                                  QStringView column) const
    {
        const TableSpec &spec = ReportTemplate::official().table(table);
        const int r = spec.rowIndex(row), c = spec.columnIndex(column);
        GraphicFigures::Figure f { label, numberAt(m_report, table, r, c), std::nullopt };
        if (m_previous)
            f.previous = numberAt(*m_previous, table, r, c);
        return f;
    }
    /// The total column of table 三's rows from `first` to `last` (keys), labels shortened.
    QVector<GraphicFigures::Figure> outcomeRows(const char16_t *first, const char16_t *last) const
    {
        const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
        QVector<GraphicFigures::Figure> out;
        for (int r = spec.rowIndex(first); r >= 0 && r <= spec.rowIndex(last); ++r)
            out << figure(shortLabel(spec.rows[r].label), TableId::Applications, spec.rows[r].key, u"total");
        return out;
    }

private:
    const Report &m_report;
    const Report *m_previous;
};

} // namespace

GraphicFigures GraphicFigures::of(const Report &report, const Report *previous)
{
    GraphicFigures g;
    g.year = report.year;
    g.agency = report.agency;
    g.title = QStringLiteral("%1年政府信息公开工作年度报告").arg(report.year);
    g.source = QStringLiteral("数据来源：%1%2年政府信息公开工作年度报告").arg(report.agency).arg(report.year);
    g.hasPrevious = previous != nullptr;
    g.previousYear = previous ? previous->year : 0;
    const Builder b(report, previous);
    using T = TableId;
    const QString issued = QStringLiteral("本年制发"), repealed = QStringLiteral("本年废止"),
                  inForce = QStringLiteral("现行有效");
    g.panels << Panel { QStringLiteral("规章"),
                        QStringLiteral("件"),
                        { b.figure(issued, T::Proactive, u"regulations", u"issued"),
                          b.figure(repealed, T::Proactive, u"regulations", u"repealed"),
                          b.figure(inForce, T::Proactive, u"regulations", u"inForce") } };
    g.panels << Panel { QStringLiteral("行政规范性文件"),
                        QStringLiteral("件"),
                        { b.figure(issued, T::Proactive, u"normativeDocuments", u"issued"),
                          b.figure(repealed, T::Proactive, u"normativeDocuments", u"repealed"),
                          b.figure(inForce, T::Proactive, u"normativeDocuments", u"inForce") } };
    g.panels << Panel { QStringLiteral("行政许可、处罚、强制（本年处理决定）"),
                        QStringLiteral("件"),
                        { b.figure(QStringLiteral("行政许可"), T::Proactive, u"licensing", u"decisions"),
                          b.figure(QStringLiteral("行政处罚"), T::Proactive, u"penalty", u"decisions"),
                          b.figure(QStringLiteral("行政强制"), T::Proactive, u"enforcement",
                                   u"decisions") } };
    g.panels << Panel { QStringLiteral("行政事业性收费"),
                        QStringLiteral("万元"),
                        { b.figure(QStringLiteral("本年收费金额"), T::Proactive, u"fees", u"amountWan") } };

    Panel applicants { QStringLiteral("收到的申请（按申请人）"), QStringLiteral("件"), {} };
    for (const auto &[key, label] : { std::pair { u"natural", QStringLiteral("自然人") },
                                      std::pair { u"commercial", QStringLiteral("商业企业") },
                                      std::pair { u"research", QStringLiteral("科研机构") },
                                      std::pair { u"publicInterest", QStringLiteral("社会公益组织") },
                                      std::pair { u"legalService", QStringLiteral("法律服务机构") },
                                      std::pair { u"otherOrg", QStringLiteral("其他") } })
        applicants.figures << b.figure(label, T::Applications, u"new", key);
    applicants.figures << b.figure(QStringLiteral("本年新收合计"), T::Applications, u"new", u"total")
                       << b.figure(QStringLiteral("上年结转"), T::Applications, u"carriedIn", u"total");
    g.panels << applicants;

    Panel outcomes { QStringLiteral("办理结果"), QStringLiteral("件"), {} };
    outcomes.figures << b.figure(QStringLiteral("予以公开"), T::Applications, u"disclosed", u"total")
                     << b.figure(QStringLiteral("部分公开"), T::Applications, u"partiallyDisclosed",
                                 u"total");
    g.panels << outcomes;
    g.panels << Panel { QStringLiteral("不予公开（按理由）"), QStringLiteral("件"),
                        b.outcomeRows(u"withheldStateSecret", u"withheldQueryMatter") };
    g.panels << Panel { QStringLiteral("无法提供"), QStringLiteral("件"),
                        b.outcomeRows(u"unavailableNotHeld", u"unavailableUnclear") };
    g.panels << Panel { QStringLiteral("不予处理"), QStringLiteral("件"),
                        b.outcomeRows(u"notProcessedPetition", u"notProcessedConfirmation") };
    g.panels << Panel { QStringLiteral("其他处理"), QStringLiteral("件"),
                        b.outcomeRows(u"otherNoCorrection", u"otherOther") };
    g.panels << Panel {
        QStringLiteral("办结与结转"),
        QStringLiteral("件"),
        { b.figure(QStringLiteral("办理结果总计"), T::Applications, u"processedTotal", u"total"),
          b.figure(QStringLiteral("结转下年度继续办理"), T::Applications, u"carriedOut", u"total") }
    };
    // The long reasons of 其他处理 read shorter.
    for (Figure &f : g.panels[g.panels.size() - 2].figures) {
        if (f.label.startsWith(QStringLiteral("申请人无正当理由逾期不补正")))
            f.label = QStringLiteral("逾期不补正");
        else if (f.label.startsWith(QStringLiteral("申请人逾期未按收费通知")))
            f.label = QStringLiteral("逾期未缴费");
    }

    for (const auto &[row, title] :
         { std::pair { u"reconsideration", QStringLiteral("行政复议") },
           std::pair { u"litigationDirect", QStringLiteral("行政诉讼（未经复议直接起诉）") },
           std::pair { u"litigationAfterReconsideration", QStringLiteral("行政诉讼（复议后起诉）") } }) {
        g.panels << Panel { title,
                            QStringLiteral("件"),
                            { b.figure(QStringLiteral("结果维持"), T::ReviewLitigation, row, u"upheld"),
                              b.figure(QStringLiteral("结果纠正"), T::ReviewLitigation, row, u"corrected"),
                              b.figure(QStringLiteral("其他结果"), T::ReviewLitigation, row, u"other"),
                              b.figure(QStringLiteral("尚未审结"), T::ReviewLitigation, row, u"pending"),
                              b.figure(QStringLiteral("总计"), T::ReviewLitigation, row, u"total") } };
    }
    return g;
}

} // namespace nianbao
