#include "io/pdf/PdfLines.h"

#include <algorithm>

namespace nianbao {

namespace {

bool spaceBetween(const QString &before, const QString &after)
{
    if (before.isEmpty() || after.isEmpty())
        return false;
    const QChar a = before.back();
    const QChar b = after.front();
    return !PdfLines::isCjk(a) && !PdfLines::isCjk(b) && !a.isSpace() && !b.isSpace();
}

} // namespace

bool PdfLines::isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) // radicals, CJK punctuation, kana, ideographs
        || (u >= 0xF900 && u <= 0xFAFF) // compatibility ideographs
        || (u >= 0xFE30 && u <= 0xFE4F) // vertical forms
        || (u >= 0xFF00 && u <= 0xFFEF) // fullwidth forms: （），：
        || (u >= 0x2010 && u <= 0x2027) // dashes, “ ” ‘ ’ … as Chinese text uses them
        || c.isSurrogate(); // rare ideographs outside the BMP
}

QString PdfLine::text() const
{
    QString out;
    for (int i = 0; i < pieces.size(); ++i) {
        const PdfPiece &p = pieces[i];
        if (i > 0) {
            const PdfPiece &prev = pieces[i - 1];
            const qreal gap = p.box.left() - prev.box.right();
            if (gap > 0.15 * qMin(p.box.height(), prev.box.height()) && spaceBetween(out, p.text))
                out += QLatin1Char(' ');
        }
        out += p.text;
    }
    return out;
}

QVector<PdfLine> PdfLine::segments(qreal gap) const
{
    QVector<PdfLine> out;
    for (const PdfPiece &p : pieces) {
        if (out.isEmpty() || p.box.left() - out.last().box.right() > gap)
            out.append(PdfLine { {}, p.box });
        out.last().pieces.append(p);
        out.last().box |= p.box;
    }
    return out;
}

QVector<PdfLine> PdfLines::group(QVector<PdfPiece> pieces)
{
    std::sort(pieces.begin(), pieces.end(),
              [](const PdfPiece &a, const PdfPiece &b) { return a.box.center().y() < b.box.center().y(); });
    QVector<PdfLine> lines;
    qreal centre = 0;
    qreal height = 0;
    for (const PdfPiece &p : std::as_const(pieces)) {
        const qreal y = p.box.center().y();
        // Pieces of one line have their centres within half a line of each other: words of
        // one size sit on one baseline, and a table's numbers are centred on its labels.
        if (lines.isEmpty() || qAbs(y - centre) > 0.5 * qMin(height, p.box.height())) {
            lines.append(PdfLine { {}, p.box });
            centre = y;
            height = p.box.height();
        } else {
            PdfLine &line = lines.last();
            centre = (centre * line.pieces.size() + y) / (line.pieces.size() + 1);
            height = qMax(height, p.box.height());
            line.box |= p.box;
        }
        lines.last().pieces.append(p);
    }
    for (PdfLine &line : lines) {
        std::sort(line.pieces.begin(), line.pieces.end(),
                  [](const PdfPiece &a, const PdfPiece &b) { return a.box.left() < b.box.left(); });
    }
    std::sort(lines.begin(), lines.end(),
              [](const PdfLine &a, const PdfLine &b) { return a.box.top() < b.box.top(); });
    return lines;
}

QString PdfLines::joinBroken(const QString &before, const QString &after)
{
    if (spaceBetween(before, after))
        return before + QLatin1Char(' ') + after;
    return before + after;
}

qreal PdfLines::typicalHeight(const QVector<PdfLine> &lines)
{
    QVector<qreal> heights;
    for (const PdfLine &line : lines) {
        for (const PdfPiece &p : line.pieces)
            heights.append(p.box.height());
    }
    if (heights.isEmpty())
        return 10;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights[heights.size() / 2];
}

} // namespace nianbao
