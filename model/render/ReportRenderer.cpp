#include "render/ReportRenderer.h"

#include "base/ChineseNumerals.h"
#include "core/AnnotationPlaces.h"
#include "core/Report.h"
#include "render/PageCanvas.h"
#include "render/PageFlow.h"
#include "render/TablePainter.h"
#include "render/TextBlock.h"

#include <QTextLayout>

namespace nianbao {

namespace {

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace

ReportRenderer::ReportRenderer(const Report &report)
    : m_report(report)
{
}

void ReportRenderer::paragraph(PageFlow &flow, const QString &text, Style style, const QString &place)
{
    const PageGeometry &g = flow.geometry();
    QFont font;
    qreal pitch = g.linePitch;
    qreal indent = 0;
    qreal rightIndent = 0;
    Qt::Alignment align = Qt::AlignJustify;
    switch (style) {
    case Style::Title: // 二号 小标宋 (here: the Song face, bold)
        font = m_fonts.font(ReportFonts::Face::Song, 22, true);
        pitch = g.linePitch * 1.25;
        align = Qt::AlignHCenter;
        break;
    case Style::Body: // 三号 仿宋
        font = m_fonts.font(ReportFonts::Face::Song, 16);
        indent = g.pt(32);
        break;
    case Style::Heading1: // 三号 黑体
        font = m_fonts.font(ReportFonts::Face::Hei, 16);
        indent = g.pt(32);
        break;
    case Style::Heading2: // 三号 楷体
        font = m_fonts.font(ReportFonts::Face::Kai, 16);
        indent = g.pt(32);
        break;
    case Style::Signature:
        font = m_fonts.font(ReportFonts::Face::Song, 16);
        align = Qt::AlignRight;
        rightIndent = g.pt(64);
        break;
    }
    QTextLayout layout(text, font, flow.canvas().layoutDevice());
    QTextOption option(align);
    option.setWrapMode(TextBlock::wrapMode(text));
    option.setUseDesignMetrics(true); // the same line breaks on a printer as in the PDF
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QVector<QTextLine> lines;
    const qreal width = g.text.width() - rightIndent;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const qreal start = lines.isEmpty() ? indent : 0;
        line.setLineWidth(width - start);
        line.setPosition(QPointF(start, 0));
        lines << line;
    }
    layout.endLayout();

    // Headings keep with the line that follows them.
    const bool heading = style == Style::Heading1 || style == Style::Heading2;
    flow.ensure(pitch * (heading ? 2 : qMin(2, int(lines.size()))));
    for (const QTextLine &line : lines) {
        flow.ensure(pitch);
        if (!place.isEmpty() && &line == &lines.first())
            flow.canvas().mark(place, QRectF(g.text.left(), flow.y(), g.text.width(), pitch));
        const qreal baselineOffset = (pitch - line.height()) / 2;
        flow.canvas().drawGlyphRuns(line.glyphRuns(), QPointF(g.text.left(), flow.y() + baselineOffset),
                                    QStringView(text).mid(line.textStart(), line.textLength()));
        flow.advance(pitch);
    }
    if (lines.isEmpty()) {
        flow.ensure(pitch);
        if (!place.isEmpty())
            flow.canvas().mark(place, QRectF(g.text.left(), flow.y(), g.text.width(), pitch));
        flow.advance(pitch);
    }
}

bool ReportRenderer::resolveFonts(FormatError &error)
{
    return m_fonts.resolve(error);
}

void ReportRenderer::render(PageCanvas &canvas)
{
    PageFlow flow(canvas, m_fonts.font(ReportFonts::Face::Song, 14));

    const QString title = m_report.title.isEmpty() && !m_report.agency.isEmpty()
        ? Report::standardTitle(m_report.agency, m_report.year)
        : m_report.title;
    paragraph(flow, title, Style::Title, AnnotationPlaces::title());
    flow.advance(flow.geometry().linePitch);
    for (const Paragraph &p : m_report.preamble)
        paragraph(flow, p.text, Style::Body, AnnotationPlaces::paragraph(p.anchor));
    TablePainter tables(m_fonts.font(ReportFonts::Face::Song, 10.5));
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        const Section &section = m_report.sections[s];
        if (!section.present)
            continue;
        paragraph(flow, ReportTemplate::sectionHeading(id), Style::Heading1, AnnotationPlaces::heading(id));
        for (const Paragraph &p : section.paragraphs)
            paragraph(flow, p.text, Style::Body, AnnotationPlaces::paragraph(p.anchor));
        for (int i = 0; i < section.subsections.size(); ++i) {
            paragraph(flow, ChineseNumerals::subsectionNumber(i) + section.subsections[i].heading,
                      Style::Heading2);
            for (const Paragraph &p : section.subsections[i].paragraphs)
                paragraph(flow, p.text, Style::Body, AnnotationPlaces::paragraph(p.anchor));
        }
        TableId table;
        if (ReportTemplate::sectionHasTable(id, &table)) {
            tables.paint(flow, m_report, table);
            flow.advance(flow.geometry().linePitch / 2);
        }
    }
    if (!m_report.signature.organization.isEmpty() || m_report.signature.date.isValid()) {
        flow.advance(flow.geometry().linePitch);
        if (!m_report.signature.organization.isEmpty())
            paragraph(flow, m_report.signature.organization, Style::Signature,
                      AnnotationPlaces::signature(false));
        if (m_report.signature.date.isValid())
            paragraph(flow, chineseDate(m_report.signature.date), Style::Signature,
                      AnnotationPlaces::signature(true));
    }
    flow.finish();
    m_pages = flow.pageCount();
}

} // namespace nianbao
