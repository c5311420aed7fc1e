#pragma once

#include <QFont>
#include <QString>
#include <QTextOption>

#include <memory>

class QPaintDevice;
class QTextLayout;

namespace nianbao {

class PageCanvas;

/// A piece of text wrapped to a width and aligned in it, measured before it is drawn: a
/// table cell, the page number. Laid out with design metrics, so that lines break at the
/// same characters on a printer as in the PDF.
class TextBlock
{
public:
    TextBlock(const QString &text, const QFont &font, QPaintDevice *device, qreal width,
              Qt::Alignment horizontal);
    ~TextBlock();
    TextBlock(TextBlock &&) noexcept;

    /// How to wrap `text`: at word boundaries, or anywhere when it holds a run longer than a
    /// line could take without a break opportunity. Qt looks for the end of the current word
    /// before breaking a line, so a long unbreakable run would be scanned again for every
    /// line (quadratic time); breaking anywhere is what such a run gets in the end anyway.
    static QTextOption::WrapMode wrapMode(const QString &text);

    qreal height() const { return m_height; }
    /// Draws the text in `box`, at its top, middle or bottom as `vertical` says.
    void draw(PageCanvas &canvas, const QRectF &box, Qt::Alignment vertical) const;

private:
    QString m_text;
    std::unique_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

} // namespace nianbao
