#include "render/GraphicCanvas.h"

#include <QPainter>

namespace nianbao {

PainterGraphicCanvas::PainterGraphicCanvas(QPainter &painter, const QString &family)
    : m_painter(painter)
    , m_family(family)
{
    m_painter.setRenderHint(QPainter::Antialiasing);
}

void PainterGraphicCanvas::fill(const QRectF &box, const QColor &colour)
{
    m_painter.fillRect(box, colour);
}

void PainterGraphicCanvas::hatch(const QRectF &box, const QColor &colour)
{
    m_painter.fillRect(box, colour);
    m_painter.fillRect(box, QBrush(Qt::white, Qt::BDiagPattern));
}

void PainterGraphicCanvas::text(const QRectF &box, const QString &text, qreal pixels, bool bold,
                                const QColor &colour)
{
    QFont f(m_family);
    f.setPixelSize(qRound(pixels));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
}

namespace {

QString number(qreal v)
{
    QString out = QString::number(v, 'f', 1);
    if (out.endsWith(QLatin1String(".0")))
        out.chop(2);
    return out;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SvgGraphicCanvas::SvgGraphicCanvas(qreal width, qreal height, const QString &title, const QString &families)
{
    m_svg = QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                "viewBox=\"0 0 %1 %2\" font-family=\"%3\">\n<title>%4</title>\n"
                "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                "patternTransform=\"rotate(45)\"><rect width=\"2\" height=\"6\" fill=\"#ffffff\"/>"
                "</pattern></defs>\n")
                .arg(number(width), number(height), escaped(families), escaped(title));
}

void SvgGraphicCanvas::fill(const QRectF &box, const QColor &colour)
{
    if (box.width() <= 0 || box.height() <= 0)
        return;
    m_svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                 .arg(number(box.x()), number(box.y()), number(box.width()), number(box.height()),
                      colour.name());
}

void SvgGraphicCanvas::hatch(const QRectF &box, const QColor &colour)
{
    if (box.width() <= 0 || box.height() <= 0)
        return;
    fill(box, colour);
    m_svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"url(#hatch)\"/>\n")
                 .arg(number(box.x()), number(box.y()), number(box.width()), number(box.height()));
}

void SvgGraphicCanvas::text(const QRectF &box, const QString &text, qreal pixels, bool bold,
                            const QColor &colour)
{
    // The baseline where a line of this size sits centred in the box.
    const qreal baseline = box.center().y() + pixels * 0.36;
    m_svg
        += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4 fill=\"%5\">%6</text>\n")
               .arg(number(box.x()), number(baseline), number(pixels),
                    bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), colour.name(), escaped(text));
}

QByteArray SvgGraphicCanvas::finish()
{
    m_svg += QStringLiteral("</svg>\n");
    return m_svg.toUtf8();
}

} // namespace nianbao
