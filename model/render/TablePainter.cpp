#include "render/TablePainter.h"

#include "core/AnnotationPlaces.h"
#include "core/PrintedLayout.h"
#include "core/Report.h"
#include "render/PageCanvas.h"
#include "render/PageFlow.h"
#include "render/TextBlock.h"

#include <QHash>
#include <QSet>

#include <unordered_map>

namespace nianbao {

namespace {

struct Placed
{
    int row;
    qreal y;
};

} // namespace

TablePainter::TablePainter(const QFont &font)
    : m_font(font)
{
}

void TablePainter::paint(PageFlow &flow, const Report &report, TableId id)
{
    const PrintedTable &t = PrintedLayout::table(id);
    PageCanvas &canvas = flow.canvas();
    const PageGeometry &g = flow.geometry();
    const qreal pen = g.pt(0.6);
    const qreal pad = g.mm(1.0);
    const qreal minRow = g.mm(6.5);

    int weights = 0;
    for (int w : t.columnWeights)
        weights += w;
    QVector<qreal> x { g.text.left() };
    for (int i = 0; i < t.gridColumns; ++i)
        x << x.last() + g.text.width() * t.columnWeights[i] / weights;

    auto textOf = [&](const PrintedCell &c) {
        if (c.kind == PrintedCell::Kind::Label)
            return c.text;
        if (c.kind == PrintedCell::Kind::Value)
            return report.value(c.value).toString();
        return QString();
    };
    // Each cell's text laid out once, for measuring and for drawing (labels are left
    // aligned, numbers and the header centred).
    std::unordered_map<const PrintedCell *, TextBlock> blocks;
    auto blockOf = [&](const PrintedCell &c, bool header) -> const TextBlock & {
        auto it = blocks.find(&c);
        if (it == blocks.end()) {
            const Qt::Alignment align
                = (c.kind == PrintedCell::Kind::Value || header) ? Qt::AlignHCenter : Qt::AlignLeft;
            const qreal w = x[c.column + c.columnSpan] - x[c.column] - 2 * pad;
            it = blocks.emplace(&c, TextBlock(textOf(c), m_font, canvas.layoutDevice(), w, align)).first;
        }
        return it->second;
    };
    auto needed
        = [&](int row, const PrintedCell &c) { return blockOf(c, t.rows[row].header).height() + 2 * pad; };

    // Row heights: enough for every cell; a merged cell taller than its rows widens the last.
    const int rows = t.rows.size();
    QVector<qreal> h(rows, minRow);
    for (int r = 0; r < rows; ++r) {
        for (const PrintedCell &c : t.rows[r].cells) {
            if (c.kind != PrintedCell::Kind::Covered && c.rowSpan == 1)
                h[r] = qMax(h[r], needed(r, c));
        }
    }
    for (int r = 0; r < rows; ++r) {
        for (const PrintedCell &c : t.rows[r].cells) {
            if (c.kind == PrintedCell::Kind::Covered || c.rowSpan == 1)
                continue;
            qreal have = 0;
            for (int i = r; i < r + c.rowSpan; ++i)
                have += h[i];
            const qreal need = needed(r, c);
            if (need > have)
                h[r + c.rowSpan - 1] += need - have;
        }
    }

    QVector<Placed> segment;
    auto drawCell = [&](const PrintedCell &c, const QRectF &rect, bool header) {
        canvas.drawRect(rect, pen);
        if (c.kind == PrintedCell::Kind::Value)
            canvas.mark(AnnotationPlaces::cell(c.value), rect);
        const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
        const TextBlock &block = blockOf(c, header);
        if (block.height() <= inner.height() + 0.5) {
            block.draw(canvas, inner, Qt::AlignVCenter);
            return;
        }
        // The part of a merged label that a page break left on this page is shorter than the
        // label: smaller type keeps it inside its box instead of over the rows around it.
        const Qt::Alignment align
            = (c.kind == PrintedCell::Kind::Value || header) ? Qt::AlignHCenter : Qt::AlignLeft;
        QFont small = m_font;
        for (qreal size = m_font.pointSizeF() - 1; size >= 5; size -= 1) {
            small.setPointSizeF(size);
            const TextBlock fitted(textOf(c), small, canvas.layoutDevice(), inner.width(), align);
            if (fitted.height() <= inner.height() + 0.5) {
                fitted.draw(canvas, inner, Qt::AlignVCenter);
                return;
            }
        }
    };
    auto flush = [&] {
        if (segment.isEmpty())
            return;
        QHash<int, qreal> yOf;
        for (const Placed &pl : segment)
            yOf.insert(pl.row, pl.y);
        const int lastRow = segment.last().row;
        auto bottomOf = [&](int from, int to) {
            int r = from;
            while (r + 1 <= to && yOf.contains(r + 1))
                ++r;
            return yOf[r] + h[r];
        };
        QSet<QPair<int, int>> continued;
        for (const Placed &pl : segment) {
            for (const PrintedCell &c : t.rows[pl.row].cells) {
                if (c.kind != PrintedCell::Kind::Covered) {
                    const qreal bottom = bottomOf(pl.row, qMin(pl.row + c.rowSpan - 1, lastRow));
                    drawCell(
                        c, QRectF(x[c.column], pl.y, x[c.column + c.columnSpan] - x[c.column], bottom - pl.y),
                        t.rows[pl.row].header);
                    continue;
                }
                // A merged cell that began on an earlier page: draw it again beside the rows
                // it covers here.
                for (int o = pl.row - 1; o >= 0; --o) {
                    const PrintedCell *origin = nullptr;
                    for (const PrintedCell &oc : t.rows[o].cells) {
                        if (oc.column == c.column && oc.kind != PrintedCell::Kind::Covered)
                            origin = &oc;
                    }
                    if (!origin)
                        continue;
                    if (!yOf.contains(o) && o + origin->rowSpan > pl.row
                        && !continued.contains({ o, c.column })) {
                        continued.insert({ o, c.column });
                        const qreal bottom = bottomOf(pl.row, qMin(o + origin->rowSpan - 1, lastRow));
                        drawCell(*origin,
                                 QRectF(x[c.column], pl.y, x[c.column + c.columnSpan] - x[c.column],
                                        bottom - pl.y),
                                 false);
                    }
                    break;
                }
            }
        }
        segment.clear();
    };
    auto placeHeader = [&] {
        for (int r = 0; r < t.headerRows; ++r) {
            segment.append({ r, flow.y() });
            flow.advance(h[r]);
        }
    };

    qreal headerHeight = 0;
    for (int r = 0; r < t.headerRows; ++r)
        headerHeight += h[r];
    // The header never stands alone at the bottom of a page.
    flow.ensure(headerHeight + (t.headerRows < rows ? h[t.headerRows] : 0));
    placeHeader();
    // A merged label begins on a page only if the rows of it that fit there can hold its text;
    // otherwise its first row waits for the next page (unless the table just began there).
    auto startsTooLow = [&](int r) {
        for (const PrintedCell &c : t.rows[r].cells) {
            if (c.kind == PrintedCell::Kind::Covered || c.rowSpan == 1)
                continue;
            qreal fit = 0;
            bool cut = false;
            for (int i = r; i < qMin(rows, r + c.rowSpan); ++i) {
                if (!cut && fit + h[i] <= flow.remaining())
                    fit += h[i];
                else
                    cut = true;
            }
            if (cut && fit < needed(r, c))
                return true;
        }
        return false;
    };
    for (int r = t.headerRows; r < rows; ++r) {
        const bool bodyHere = segment.size() > t.headerRows;
        if (h[r] > flow.remaining() || (bodyHere && startsTooLow(r))) {
            flush();
            flow.newPage();
            placeHeader();
        }
        segment.append({ r, flow.y() });
        flow.advance(h[r]);
    }
    flush();
}

} // namespace nianbao
