#include "WebShapes.h"

#include "base/ChineseNumerals.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace nianbao::test {

namespace {

QString cellText(const QTextTableCell &cell)
{
    QString out;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (block.isValid())
            out += block.text();
    }
    // Line breaks (<br>) come as U+2028; the copy joins the lines of a cell.
    out.remove(QChar(0x2028));
    return out.trimmed();
}

void copyFrame(QTextFrame *frame, bool mergedAsEmptyFields, QStringList &lines)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                for (int r = 0; r < table->rows(); ++r) {
                    QStringList cells;
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        if (cell.row() == r && cell.column() == c)
                            cells << cellText(cell);
                        else if (cell.row() != r && cell.column() == c && mergedAsEmptyFields)
                            cells << QString();
                    }
                    lines << cells.join(QLatin1Char('\t'));
                }
            } else {
                copyFrame(child, mergedAsEmptyFields, lines);
            }
            continue;
        }
        const QString text = it.currentBlock().text().remove(QChar(0x2028)).trimmed();
        if (!text.isEmpty())
            lines << text;
    }
}

QString cell(const QString &text, int colspan = 1, int rowspan = 1)
{
    QString attributes;
    if (colspan > 1)
        attributes += QStringLiteral(" colspan=\"%1\"").arg(colspan);
    if (rowspan > 1)
        attributes += QStringLiteral(" rowspan=\"%1\"").arg(rowspan);
    return QStringLiteral("<td%1>%2</td>").arg(attributes, text.toHtmlEscaped());
}

QString values(const Report &report, TableId id, int row)
{
    const TableSpec &spec = ReportTemplate::official().table(id);
    QString out;
    for (int c = 0; c < spec.columnCount(); ++c) {
        if (spec.hasCell(row, c))
            out += cell(report.table(id).stored(row, c).toString());
    }
    return out;
}

QString proactiveTable(const Report &report)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::Proactive);
    QString out = QStringLiteral("<table border=\"1\">");
    QString group;
    for (int r = 0; r < spec.rowCount(); ++r) {
        if (spec.rows[r].groupKey != group) {
            group = spec.rows[r].groupKey;
            out += QStringLiteral("<tr>") + cell(group, 4) + QStringLiteral("</tr><tr>")
                + cell(QStringLiteral("信息内容"));
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (spec.hasCell(r, c))
                    out += cell(spec.columns[c].label);
            }
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("<tr>") + cell(spec.rows[r].label) + values(report, TableId::Proactive, r)
            + QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString applicationsTable(const Report &report)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
    QString out = QStringLiteral("<table border=\"1\"><tr>")
        + cell(QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, 3)
        + cell(QStringLiteral("申请人情况"), 7) + QStringLiteral("</tr><tr>")
        + cell(QStringLiteral("自然人"), 1, 2) + cell(QStringLiteral("法人或其他组织"), 5)
        + cell(QStringLiteral("总计"), 1, 2) + QStringLiteral("</tr><tr>");
    for (int c = 1; c <= 5; ++c)
        out += cell(spec.columns[c].label);
    out += QStringLiteral("</tr>");
    for (int r = 0; r < spec.rowCount(); ++r)
        out += QStringLiteral("<tr>") + cell(spec.rows[r].label, 3) + values(report, TableId::Applications, r)
            + QStringLiteral("</tr>");
    return out + QStringLiteral("</table>");
}

QString reviewTable(const Report &report)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::ReviewLitigation);
    QString out = QStringLiteral("<table border=\"1\"><tr>") + cell(QStringLiteral("行政复议"), 5)
        + cell(QStringLiteral("行政诉讼"), 10) + QStringLiteral("</tr><tr>");
    for (int c = 0; c < spec.columnCount(); ++c)
        out += cell(spec.columns[c].label, 1, 2);
    out += cell(QStringLiteral("未经复议直接起诉"), 5) + cell(QStringLiteral("复议后起诉"), 5)
        + QStringLiteral("</tr><tr>");
    for (int g = 0; g < 2; ++g) {
        for (int c = 0; c < spec.columnCount(); ++c)
            out += cell(spec.columns[c].label);
    }
    out += QStringLiteral("</tr><tr>");
    for (int r = 0; r < spec.rowCount(); ++r)
        out += values(report, TableId::ReviewLitigation, r);
    return out + QStringLiteral("</tr></table>");
}

QString paragraphs(const QVector<Paragraph> &ps)
{
    QString out;
    for (const Paragraph &p : ps)
        out += QStringLiteral("<p>%1</p>\n").arg(p.text.toHtmlEscaped());
    return out;
}

} // namespace

QString reportAsWebPage(const Report &report, bool tableThreeAsPicture)
{
    QString body
        = QStringLiteral("<h1>%1</h1>\n").arg(report.title.toHtmlEscaped()) + paragraphs(report.preamble);
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        body += QStringLiteral("<p><b>%1</b></p>\n").arg(ReportTemplate::sectionHeading(id).toHtmlEscaped());
        const Section &section = report.section(id);
        body += paragraphs(section.paragraphs);
        for (int i = 0; i < section.subsections.size(); ++i) {
            body += QStringLiteral("<p>%1%2</p>\n")
                        .arg(ChineseNumerals::subsectionNumber(i),
                             section.subsections[i].heading.toHtmlEscaped());
            body += paragraphs(section.subsections[i].paragraphs);
        }
        if (id == SectionId::Proactive)
            body += proactiveTable(report);
        else if (id == SectionId::Applications)
            body += tableThreeAsPicture ? QStringLiteral("<p><img src=\"table3.png\"></p>")
                                        : applicationsTable(report);
        else if (id == SectionId::ReviewLitigation)
            body += reviewTable(report);
    }
    body += QStringLiteral("<p>%1</p><p>%2</p>\n")
                .arg(report.signature.organization.toHtmlEscaped(),
                     report.signature.date.toString(QStringLiteral("yyyy年M月d日")));
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                          "<div class=\"nav\">首页 &gt; 政务公开</div><div class=\"article\">%2</div>"
                          "<div class=\"footer\">版权所有</div></body></html>")
        .arg(report.title.toHtmlEscaped(), body);
}

QString browserCopy(const QString &html, bool mergedAsEmptyFields)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList lines;
    copyFrame(document.rootFrame(), mergedAsEmptyFields, lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace nianbao::test
