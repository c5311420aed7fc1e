#pragma once

#include "render/GraphicCanvas.h"
#include "render/GraphicFigures.h"

namespace nianbao {

/// Lays out and draws a 图解 on a GraphicCanvas: a long portrait picture 750 units wide, for
/// SVG, PNG, PDF and the editor's 图表 page alike. Text is measured by an estimate (an
/// ideograph one em, a digit or Latin letter about half), so that every canvas lays it out
/// the same without loading a font; boxes leave room for the difference. Every figure is written on its bar
/// as text (nothing depends on colour alone); this year's bars are solid Okabe–Ito blue, last year's hatched
/// orange, which colour-blind readers tell apart and which stay apart in grayscale print.
class GraphicPainter
{
public:
    static constexpr qreal Width = 750;

    explicit GraphicPainter(const GraphicFigures &figures);

    qreal height() const;
    /// Paints at the canvas's origin, 750 units wide; the caller scales.
    void paint(GraphicCanvas &canvas) const;

    /// "↑12", "↓3", "持平": how a change is written beside its figure.
    static QString changeText(double change);
    /// 12, 0.5: a figure as written on its bar.
    static QString valueText(double value);

    /// The estimated width of `text` set at `pixels`.
    static qreal textWidth(const QString &text, qreal pixels);
    /// `text`, cut with … to fit `width`.
    static QString elided(const QString &text, qreal pixels, qreal width);

private:
    qreal rowHeight() const;
    qreal panelHeight(const GraphicFigures::Panel &panel) const;
    qreal paintPanel(GraphicCanvas &canvas, const GraphicFigures::Panel &panel, qreal top) const;

    const GraphicFigures &m_figures;
};

} // namespace nianbao
