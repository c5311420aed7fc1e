#pragma once

#include <QColor>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;

namespace nianbao {

/// What a 图解 is drawn with: filled boxes, hatched boxes and lines of text, nothing more. Two
/// kinds: one over a QPainter (PNG, PDF, the editor's page) and one that writes SVG markup
/// itself, so that an SVG needs no fonts loaded and no graphical platform (it is made in a
/// fraction of the time, and a browser sets its text in the fonts its reader has).
class GraphicCanvas
{
public:
    virtual ~GraphicCanvas() = default;
    virtual void fill(const QRectF &box, const QColor &colour) = 0;
    /// `colour` crossed by white diagonal lines: last year's bars, told apart without colour.
    virtual void hatch(const QRectF &box, const QColor &colour) = 0;
    /// One line of text, left-aligned and centred vertically in `box`.
    virtual void text(const QRectF &box, const QString &text, qreal pixels, bool bold, const QColor &colour)
        = 0;
};

/// A GraphicCanvas over a QPainter; `family` is the font the text is set in.
class PainterGraphicCanvas : public GraphicCanvas
{
public:
    PainterGraphicCanvas(QPainter &painter, const QString &family);
    void fill(const QRectF &box, const QColor &colour) override;
    void hatch(const QRectF &box, const QColor &colour) override;
    void text(const QRectF &box, const QString &text, qreal pixels, bool bold, const QColor &colour) override;

private:
    QPainter &m_painter;
    QString m_family;
};

/// A GraphicCanvas that writes SVG 1.1: every line of text one <text> element.
class SvgGraphicCanvas : public GraphicCanvas
{
public:
    /// `families`: the CSS font-family list the text asks for.
    SvgGraphicCanvas(qreal width, qreal height, const QString &title, const QString &families);
    void fill(const QRectF &box, const QColor &colour) override;
    void hatch(const QRectF &box, const QColor &colour) override;
    void text(const QRectF &box, const QString &text, qreal pixels, bool bold, const QColor &colour) override;

    /// Every character the text written so far uses, each once.
    QString characters() const;
    /// Embeds a font (@font-face data) as the first of the families the text asks for; a
    /// character it lacks comes from the next family that has it, as CSS says.
    void embedFont(const QString &family, const QString &mediaType, const QByteArray &program);
    QByteArray finish() const;

private:
    qreal m_width, m_height;
    QString m_title;
    QString m_families;
    QString m_fontFace; ///< the @font-face rule, or empty
    QString m_body;
    QSet<char32_t> m_characters;
};

} // namespace nianbao
