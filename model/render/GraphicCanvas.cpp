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
    : m_width(width)
    , m_height(height)
    , m_title(title)
    , m_families(families)
{
}

QString SvgGraphicCanvas::characters() const
{
    QString out;
    out.reserve(m_characters.size());
    for (char32_t ch : m_characters)
        out += QString::fromUcs4(&ch, 1);
    return out;
}

void SvgGraphicCanvas::embedFont(const QString &family, const QString &mediaType, const QByteArray &program)
{
    // The family's name is ours (quoted, no quotes in it), so it needs no escaping in CSS.
    QString name = family;
    name.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
    m_families = QLatin1Char('\'') + name + QStringLiteral("', ") + m_families;
    m_fontFace = QStringLiteral("@font-face{font-family:'%1';src:url(data:%2;base64,%3);}")
                     .arg(name, mediaType, QString::fromLatin1(program.toBase64()));
}

void SvgGraphicCanvas::fill(const QRectF &box, const QColor &colour)
{
    if (box.width() <= 0 || box.height() <= 0)
        return;
    m_body += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                  .arg(number(box.x()), number(box.y()), number(box.width()), number(box.height()),
                       colour.name());
}

void SvgGraphicCanvas::hatch(const QRectF &box, const QColor &colour)
{
    if (box.width() <= 0 || box.height() <= 0)
        return;
    fill(box, colour);
    m_body += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"url(#hatch)\"/>\n")
                  .arg(number(box.x()), number(box.y()), number(box.width()), number(box.height()));
}

void SvgGraphicCanvas::text(const QRectF &box, const QString &text, qreal pixels, bool bold,
                            const QColor &colour)
{
    // The baseline where a line of this size sits centred in the box.
    const qreal baseline = box.center().y() + pixels * 0.36;
    for (char32_t ch : text.toUcs4())
        m_characters.insert(ch);
    m_body
        += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4 fill=\"%5\">%6</text>\n")
               .arg(number(box.x()), number(baseline), number(pixels),
                    bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), colour.name(), escaped(text));
}

QByteArray SvgGraphicCanvas::finish() const
{
    QString svg = QStringLiteral(
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                      "viewBox=\"0 0 %1 %2\" font-family=\"%3\">\n<title>%4</title>\n")
                      .arg(number(m_width), number(m_height), escaped(m_families), escaped(m_title));
    svg += QStringLiteral("<defs>");
    if (!m_fontFace.isEmpty()) // base64 and a plain name: nothing in it for XML to escape
        svg += QStringLiteral("<style type=\"text/css\">") + m_fontFace + QStringLiteral("</style>");
    svg += QStringLiteral("<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                          "patternTransform=\"rotate(45)\"><rect width=\"2\" height=\"6\" fill=\"#ffffff\"/>"
                          "</pattern></defs>\n");
    svg += m_body;
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

} // namespace nianbao
