#include "widgets/desk/DeskChartsDialog.h"

#include "io/graphic/GraphicWriter.h"
#include "render/ReportFonts.h"
#include "widgets/pages/GraphicView.h"
#include "widgets/pages/SaveAsDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao {

GraphicFigures DeskChartsDialog::figuresOf(const QVector<ReportSum::Part> &parts)
{
    // The district's tables, where the reports are of one year (a sum of several years means
    // nothing: sum.mixedYears); the per-agency and share panels are drawn either way.
    Findings findings;
    QVector<ReportSum::Blank> blanks;
    const Report summary = ReportSum::sum(parts, QString(), findings, blanks);
    const bool summed = std::none_of(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return f.severity == Severity::Error; });
    GraphicFigures g = summed ? GraphicFigures::of(summary) : GraphicFigures {};
    QSet<int> years;
    for (const ReportSum::Part &p : parts)
        years.insert(p.report.year);
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList yearNames;
    for (const int y : sorted)
        yearNames << QString::number(y);
    const QString year = yearNames.join(QStringLiteral("、"));
    g.year = sorted.isEmpty() ? 0 : sorted.last();
    g.agency = tr("%n report(s) of the folder", nullptr, int(parts.size()));
    g.title = QStringLiteral("%1年政府信息公开工作年度报告汇总").arg(year);
    g.source = QStringLiteral("数据来源：%1份%2年政府信息公开工作年度报告").arg(parts.size()).arg(year);

    const TableSpec &apps = ReportTemplate::official().table(TableId::Applications);
    const int total = apps.columnIndex(u"total");
    // Applications per agency, most first.
    GraphicFigures::Panel perAgency { QStringLiteral("各单位本年新收申请"), QStringLiteral("件"), {} };
    for (const ReportSum::Part &p : parts) {
        const CellValue v = p.report.value(TableId::Applications, apps.rowIndex(u"new"), total);
        perAgency.figures << GraphicFigures::Figure {
            p.report.agency.isEmpty() ? QFileInfo(p.name).completeBaseName() : p.report.agency,
            v.isNumber() ? std::optional<double>(v.number()) : std::nullopt, std::nullopt
        };
    }
    std::stable_sort(perAgency.figures.begin(), perAgency.figures.end(),
                     [](const GraphicFigures::Figure &a, const GraphicFigures::Figure &b) {
                         return a.value.value_or(-1) > b.value.value_or(-1);
                     });
    // The outcomes' shares of all that was handled, over every report: each group's total
    // (rows named by the group's key and a capital, e.g. withheldStateSecret) and its share.
    const QList<std::pair<QString, QString>> groups {
        { QStringLiteral("予以公开"), QStringLiteral("disclosed") },
        { QStringLiteral("部分公开"), QStringLiteral("partiallyDisclosed") },
        { QStringLiteral("不予公开"), QStringLiteral("withheld") },
        { QStringLiteral("无法提供"), QStringLiteral("unavailable") },
        { QStringLiteral("不予处理"), QStringLiteral("notProcessed") },
        { QStringLiteral("其他处理"), QStringLiteral("other") },
    };
    double handled = 0;
    QVector<double> sums;
    for (const auto &[label, prefix] : groups) {
        double sum = 0;
        for (int r = 0; r < apps.rowCount(); ++r) {
            const QString &key = apps.rows[r].key;
            if (key != prefix
                && !(key.startsWith(prefix) && key.size() > prefix.size() && key.at(prefix.size()).isUpper()))
                continue;
            for (const ReportSum::Part &p : parts)
                sum += p.report.value(TableId::Applications, r, total).sumValue();
        }
        sums << sum;
        handled += sum;
    }
    GraphicFigures::Panel shares { QStringLiteral("办理结果占比"), QStringLiteral("件"), {} };
    for (int i = 0; i < groups.size(); ++i) {
        const QString percent
            = handled > 0 ? QStringLiteral("（%1%）").arg(sums[i] / handled * 100, 0, 'f', 1) : QString();
        shares.figures << GraphicFigures::Figure { groups[i].first + percent, sums[i], std::nullopt };
    }
    g.panels.prepend(shares);
    g.panels.prepend(perAgency);
    return g;
}

DeskChartsDialog::DeskChartsDialog(const QVector<ReportSum::Part> &parts, QWidget *parent)
    : QDialog(parent)
    , m_figures(figuresOf(parts))
    , m_view(new GraphicView(this))
{
    setObjectName(QStringLiteral("deskChartsDialog"));
    setWindowTitle(tr("Charts of the folder"));
    ReportFonts fonts;
    FormatError ignored;
    fonts.resolve(ignored);
    m_view->setFigures(m_figures, fonts.family(ReportFonts::Face::Hei));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export 图解…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportDeskGraphicButton"));
    connect(exportButton, &QPushButton::clicked, this, &DeskChartsDialog::exportDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(820, 760);
}

void DeskChartsDialog::exportDialog()
{
    const QString path = SaveAsDialog::ask(this, tr("Export 图解"), QString(), QStringLiteral("汇总图解.png"),
                                           tr("PNG picture for a web page (*.png);;SVG picture, text kept as "
                                              "text (*.svg);;PDF, one A4 page (*.pdf)"));
    if (path.isEmpty())
        return;
    FormatError error;
    QString notice;
    if (!GraphicWriter::write(m_figures, path, 1, error, &notice))
        QMessageBox::warning(this, tr("Export 图解"), error.message());
    else if (!notice.isEmpty())
        QMessageBox::information(this, tr("Export 图解"), tr("%1 was written; %2.").arg(path, notice));
}

} // namespace nianbao
