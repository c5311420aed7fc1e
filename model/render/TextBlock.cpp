#include "render/TextBlock.h"

#include "render/PageCanvas.h"

#include <QTextBoundaryFinder>
#include <QTextLayout>

namespace nianbao {

QTextOption::WrapMode TextBlock::wrapMode(const QString &text)
{
    // Longer than any line of the report's pages holds (an A4 text line takes 28 CJK
    // characters or about 60 Latin ones at body size).
    constexpr qsizetype LongestRun = 120;
    if (text.size() <= LongestRun)
        return QTextOption::WrapAtWordBoundaryOrAnywhere;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    qsizetype previous = 0;
    for (qsizetype at = breaks.toNextBoundary(); at >= 0; at = breaks.toNextBoundary()) {
        if (at - previous > LongestRun)
            return QTextOption::WrapAnywhere;
        previous = at;
    }
    return QTextOption::WrapAtWordBoundaryOrAnywhere;
}

TextBlock::TextBlock(const QString &text, const QFont &font, QPaintDevice *device, qreal width,
                     Qt::Alignment horizontal)
    : m_text(text)
    , m_layout(std::make_unique<QTextLayout>(text, font, device))
{
    QTextOption option(horizontal & Qt::AlignHorizontal_Mask);
    option.setWrapMode(wrapMode(text));
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        // The CJK fonts have no leading of their own: wrapped lines would touch.
        const qreal pitch = line.height() * 1.2;
        line.setPosition(QPointF(0, m_height + (pitch - line.height()) / 2));
        m_height += pitch;
    }
    m_layout->endLayout();
}

TextBlock::~TextBlock() = default;
TextBlock::TextBlock(TextBlock &&) noexcept = default;

void TextBlock::draw(PageCanvas &canvas, const QRectF &box, Qt::Alignment vertical) const
{
    qreal top = box.top();
    if (vertical & Qt::AlignBottom)
        top = box.bottom() - m_height;
    else if (vertical & Qt::AlignVCenter)
        top = box.top() + (box.height() - m_height) / 2;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        canvas.drawGlyphRuns(line.glyphRuns(), QPointF(box.left(), top),
                             QStringView(m_text).mid(line.textStart(), line.textLength()));
    }
}

} // namespace nianbao
