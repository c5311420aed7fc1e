#include "render/GraphicPainter.h"

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

constexpr qreal Margin = 32;
constexpr qreal HeaderHeight = 132;
constexpr qreal LegendHeight = 36;
constexpr qreal FooterHeight = 56;
constexpr qreal PanelTitle = 40;
constexpr qreal PanelGap = 18;
constexpr qreal LabelWidth = 196;
constexpr qreal ValueWidth = 120; // the figure and its change, right of the longest bar

// Okabe & Ito's palette: told apart by every common colour vision deficiency.
const QColor ThisYear(0x00, 0x72, 0xB2);
const QColor LastYear(0xE6, 0x9F, 0x00);
const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x66, 0x66, 0x66);
const QColor Band(0x0B, 0x3C, 0x5D);
const QColor Panel(0xF3, 0xF6, 0xF9);

} // namespace

GraphicPainter::GraphicPainter(const GraphicFigures &figures)
    : m_figures(figures)
{
}

qreal GraphicPainter::textWidth(const QString &text, qreal pixels)
{
    qreal ems = 0;
    for (const QChar c : text)
        ems += c.unicode() < 0x2E80 ? 0.6 : 1.0; // Latin, digits, arrows: about half an em
    return ems * pixels;
}

QString GraphicPainter::elided(const QString &text, qreal pixels, qreal width)
{
    if (textWidth(text, pixels) <= width)
        return text;
    QString out = text;
    while (!out.isEmpty() && textWidth(out + QStringLiteral("…"), pixels) > width)
        out.chop(1);
    return out + QStringLiteral("…");
}

QString GraphicPainter::valueText(double value)
{
    return CellValue::figure(value);
}

QString GraphicPainter::changeText(double change)
{
    if (change == 0)
        return QStringLiteral("持平");
    return (change > 0 ? QStringLiteral("↑") : QStringLiteral("↓")) + valueText(std::fabs(change));
}

qreal GraphicPainter::rowHeight() const
{
    return m_figures.hasPrevious ? 44 : 32;
}

qreal GraphicPainter::panelHeight(const GraphicFigures::Panel &panel) const
{
    return PanelTitle + panel.figures.size() * rowHeight() + 12;
}

qreal GraphicPainter::height() const
{
    qreal h = HeaderHeight + (m_figures.hasPrevious ? LegendHeight : 0) + PanelGap;
    for (const GraphicFigures::Panel &p : m_figures.panels)
        h += panelHeight(p) + PanelGap;
    return h + FooterHeight;
}

void GraphicPainter::paint(GraphicCanvas &canvas) const
{
    canvas.fill(QRectF(0, 0, Width, height()), Qt::white);
    canvas.fill(QRectF(0, 0, Width, HeaderHeight), Band);
    const qreal inner = Width - 2 * Margin;
    canvas.text(QRectF(Margin, 20, inner, 28), elided(m_figures.agency, 20, inner), 20, false, Qt::white);
    canvas.text(QRectF(Margin, 52, inner, 40), elided(m_figures.title, 30, inner), 30, true, Qt::white);
    canvas.text(QRectF(Margin, 94, inner, 28),
                m_figures.hasPrevious ? QStringLiteral("图解 · 与%1年对比").arg(m_figures.previousYear)
                                      : QStringLiteral("图解"),
                20, false, Qt::white);
    qreal y = HeaderHeight;
    if (m_figures.hasPrevious) {
        // The legend: a swatch and its year, in the bars' order.
        qreal x = Margin;
        for (const bool last : { true, false }) {
            const QRectF swatch(x, y + 12, 28, 14);
            if (last)
                canvas.hatch(swatch, LastYear);
            else
                canvas.fill(swatch, ThisYear);
            canvas.text(QRectF(x + 36, y + 6, 100, 26),
                        QStringLiteral("%1年").arg(last ? m_figures.previousYear : m_figures.year), 15, false,
                        Ink);
            x += 140;
        }
        y += LegendHeight;
    }
    y += PanelGap;
    for (const GraphicFigures::Panel &p : m_figures.panels)
        y = paintPanel(canvas, p, y) + PanelGap;
    canvas.text(QRectF(Margin, y, inner, FooterHeight - 16), elided(m_figures.source, 14, inner), 14, false,
                Muted);
}

qreal GraphicPainter::paintPanel(GraphicCanvas &canvas, const GraphicFigures::Panel &panel, qreal top) const
{
    const qreal h = panelHeight(panel);
    canvas.fill(QRectF(Margin / 2, top, Width - Margin, h), Panel);
    canvas.text(QRectF(Margin, top + 6, Width - 2 * Margin, PanelTitle - 8),
                panel.title + QStringLiteral("（%1）").arg(panel.unit), 19, true, Ink);
    // One scale per panel: its largest figure, this year's or last year's, spans the bars.
    double largest = 0;
    for (const GraphicFigures::Figure &f : panel.figures)
        largest = std::max({ largest, f.value.value_or(0), f.previous.value_or(0) });
    const qreal barLeft = Margin + LabelWidth;
    const qreal barSpan = Width - Margin - ValueWidth - barLeft;
    auto barWidth = [&](double v) { return largest > 0 ? std::max(0.0, v) / largest * barSpan : 0.0; };

    qreal y = top + PanelTitle;
    for (const GraphicFigures::Figure &f : panel.figures) {
        const qreal row = rowHeight();
        canvas.text(QRectF(Margin, y, LabelWidth - 10, row), elided(f.label, 15, LabelWidth - 12), 15, false,
                    Ink);
        qreal barTop = y + (row - 16) / 2;
        if (m_figures.hasPrevious) {
            // Last year's bar above this year's, thinner and hatched, with its figure.
            const QRectF last(barLeft, y + 6, barWidth(f.previous.value_or(0)), 10);
            canvas.hatch(last, LastYear);
            canvas.text(QRectF(last.right() + 6, y + 1, ValueWidth, 18),
                        f.previous ? valueText(*f.previous) : QStringLiteral("—"), 14, false, Muted);
            barTop = y + 20;
        }
        const QRectF bar(barLeft, barTop, barWidth(f.value.value_or(0)), 16);
        canvas.fill(bar, ThisYear);
        const QString value = f.value ? valueText(*f.value) : QStringLiteral("未填");
        const QRectF valueBox(bar.right() + 6, barTop - 4, ValueWidth, 24);
        canvas.text(valueBox, value, 15, true, Ink);
        if (const std::optional<double> change = f.change()) {
            const qreal after = textWidth(value, 15) + 8;
            canvas.text(valueBox.adjusted(after, 0, after, 0), changeText(*change), 14, false, Muted);
        }
        y += row;
    }
    return top + h;
}

} // namespace nianbao
