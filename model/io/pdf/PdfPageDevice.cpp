#include "io/pdf/PdfPageDevice.h"

#include <QRectF>

#include <GfxState.h>
#include <goo/GooString.h>
#include <memory>

namespace nianbao {

namespace {

// Thinner than this a filled shape is a line; shorter than this a line is a glyph's stroke
// or a dot, not a border.
constexpr qreal MaxThickness = 2.5;
constexpr qreal MinLength = 4.0;

QPointF devicePoint(const GfxState &state, const GfxSubpath &subpath, int i)
{
    double x = 0, y = 0;
    state.transform(subpath.getX(i), subpath.getY(i), &x, &y);
    return QPointF(x, y);
}

} // namespace

PdfPageDevice::PdfPageDevice()
    // No output file, reading order (not the physical layout, not the content stream's).
    : TextOutputDev(nullptr, false, 0, false, false)
{
}

QVector<PdfWord> PdfPageDevice::words()
{
    QVector<PdfWord> words;
    const std::unique_ptr<TextWordList> list = makeWordList();
    if (!list)
        return words;
    words.reserve(list->getLength());
    for (int i = 0; i < list->getLength(); ++i) {
        const TextWord *w = list->get(i);
        const std::unique_ptr<GooString> text(w->getText());
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        w->getBBox(&x0, &y0, &x1, &y1);
        PdfWord word { QString::fromUtf8(text->c_str()), QRectF(QPointF(x0, y0), QPointF(x1, y1)), {} };
        word.chars.reserve(word.text.size());
        for (int c = 0; c < word.text.size(); ++c) {
            // poppler gives one box per character it placed; a character it expanded (a
            // ligature, a character outside the BMP) has none, as poppler-qt6 gives none.
            QRectF box;
            if (c < w->getLength()) {
                w->getCharBBox(c, &x0, &y0, &x1, &y1);
                box = QRectF(QPointF(x0, y0), QPointF(x1, y1));
            }
            word.chars.append(box);
        }
        words.append(std::move(word));
    }
    return words;
}

void PdfPageDevice::drawChar(GfxState *state, double x, double y, double dx, double dy, double originX,
                             double originY, CharCode code, int bytes, const Unicode *unicode,
                             int unicodeLength)
{
    if (++m_chars > MaxCharsPerPage)
        return; // the page is refused (overflowed()); poppler stops drawing it at its next check
    // A glyph of a font without a map to Unicode: no character, or its code as a control
    // character or a private-use point. poppler's words leave it out; it is counted here so
    // that the gap is not silent.
    // (Spaces are not counted either way: some writers leave them unmapped, and Qt's maps
    // its space glyph to a tab.)
    const char32_t first = unicode && unicodeLength > 0 ? char32_t(unicode[0]) : 0;
    const bool space = first == 0 || QChar::isSpace(first);
    if (!space) {
        const QChar::Category category = QChar::category(first);
        if (category == QChar::Other_Control || category == QChar::Other_PrivateUse || first == 0xFFFD)
            ++m_undecodable;
        else
            ++m_decodable;
    }
    TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, code, bytes, unicode, unicodeLength);
}

void PdfPageDevice::stroke(GfxState *state)
{
    TextOutputDev::stroke(state);
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        const GfxSubpath &subpath = *path->getSubpath(s);
        // Only straight pieces: a curve's end points joined would be a line nobody drew.
        for (int i = 1; i < subpath.getNumPoints(); ++i) {
            if (!subpath.getCurve(i))
                addSegment(devicePoint(*state, subpath, i - 1), devicePoint(*state, subpath, i));
        }
        if (subpath.isClosed() && subpath.getNumPoints() > 2)
            addSegment(devicePoint(*state, subpath, subpath.getNumPoints() - 1),
                       devicePoint(*state, subpath, 0));
    }
}

void PdfPageDevice::fill(GfxState *state)
{
    TextOutputDev::fill(state);
    recordFill(state);
}

void PdfPageDevice::eoFill(GfxState *state)
{
    TextOutputDev::eoFill(state);
    recordFill(state);
}

void PdfPageDevice::recordFill(GfxState *state)
{
    // A thin filled bar is a line along its long side.
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        const GfxSubpath &subpath = *path->getSubpath(s);
        if (subpath.getNumPoints() < 2)
            continue;
        const QPointF first = devicePoint(*state, subpath, 0);
        QRectF box(first, QSizeF(0, 0));
        for (int i = 1; i < subpath.getNumPoints(); ++i) {
            const QPointF p = devicePoint(*state, subpath, i);
            box.setLeft(qMin(box.left(), p.x()));
            box.setRight(qMax(box.right(), p.x()));
            box.setTop(qMin(box.top(), p.y()));
            box.setBottom(qMax(box.bottom(), p.y()));
        }
        if (box.height() <= MaxThickness && box.width() >= MinLength)
            addSegment({ box.left(), box.center().y() }, { box.right(), box.center().y() });
        else if (box.width() <= MaxThickness && box.height() >= MinLength)
            addSegment({ box.center().x(), box.top() }, { box.center().x(), box.bottom() });
    }
}

void PdfPageDevice::addSegment(const QPointF &a, const QPointF &b)
{
    if (m_rulings.size() >= MaxRulings)
        return;
    const QLineF line(a, b);
    if (qAbs(line.dy()) <= 0.5 && qAbs(line.dx()) >= MinLength)
        m_rulings.append(QLineF(qMin(a.x(), b.x()), a.y(), qMax(a.x(), b.x()), a.y()));
    else if (qAbs(line.dx()) <= 0.5 && qAbs(line.dy()) >= MinLength)
        m_rulings.append(QLineF(a.x(), qMin(a.y(), b.y()), a.x(), qMax(a.y(), b.y())));
}

} // namespace nianbao
