#include "io/pdf/PdfTableGrid.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace nianbao {

namespace {

// Lines drawn within this distance are one border (double lines, anti-aliasing bars).
constexpr qreal Snap = 1.5;
// Lines this close at their ends still meet (borders drawn one pen width short).
constexpr qreal Reach = 2.5;
// No report's table has more grid lines; a hostile page's hatching may.
constexpr int MaxGridLines = 200;
// Meeting lines are found by trying every pair: bounded for a page of hatching.
constexpr qsizetype MaxPairs = 4000000;

struct Segment
{
    qreal pos; ///< y of a horizontal line, x of a vertical one
    qreal from, to;
};

/// Lines at one position (within Snap) and touching are one line.
QVector<Segment> merged(QVector<Segment> segments)
{
    std::sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
        return a.pos < b.pos || (a.pos == b.pos && a.from < b.from);
    });
    QVector<Segment> out;
    int i = 0;
    while (i < segments.size()) {
        int j = i;
        while (j + 1 < segments.size() && segments[j + 1].pos - segments[i].pos <= Snap)
            ++j;
        QVector<Segment> group(segments.begin() + i, segments.begin() + j + 1);
        std::sort(group.begin(), group.end(),
                  [](const Segment &a, const Segment &b) { return a.from < b.from; });
        qreal pos = 0;
        for (const Segment &s : group)
            pos += s.pos;
        pos /= group.size();
        for (const Segment &s : group) {
            if (!out.isEmpty() && out.last().pos == pos && s.from <= out.last().to + Reach)
                out.last().to = qMax(out.last().to, s.to);
            else
                out.append({ pos, s.from, s.to });
        }
        i = j + 1;
    }
    return out;
}

struct UnionFind
{
    QVector<int> parent;
    explicit UnionFind(int n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

QVector<qreal> positions(const QVector<Segment> &segments)
{
    QVector<qreal> out;
    for (const Segment &s : segments) {
        if (out.isEmpty() || s.pos - out.last() > Snap)
            out.append(s.pos);
    }
    return out;
}

/// Does a line at `pos` cover most of [from, to]?
bool covered(const QVector<Segment> &segments, qreal pos, qreal from, qreal to)
{
    qreal length = 0;
    for (const Segment &s : segments) {
        if (qAbs(s.pos - pos) <= Snap)
            length += qMax<qreal>(0, qMin(s.to, to) - qMax(s.from, from));
    }
    return length >= 0.6 * (to - from);
}

int indexIn(const QVector<qreal> &edges, qreal v)
{
    const auto it = std::upper_bound(edges.begin(), edges.end(), v);
    return int(it - edges.begin()) - 1; // the cell between edges[i] and edges[i + 1]
}

/// One table: a set of lines that meet each other.
struct Grid
{
    QVector<Segment> horizontal, vertical;
    QVector<qreal> ys, xs;
    QVector<int> region; ///< per grid cell (row * columns + column): its merged cell
    QRectF bounds;

    int rows() const { return int(ys.size()) - 1; }
    int columns() const { return int(xs.size()) - 1; }

    void build()
    {
        ys = positions(horizontal);
        xs = positions(vertical);
        bounds = QRectF(QPointF(xs.first(), ys.first()), QPointF(xs.last(), ys.last()));
        UnionFind cells(rows() * columns());
        for (int r = 0; r < rows(); ++r) {
            for (int c = 0; c < columns(); ++c) {
                if (c + 1 < columns() && !covered(vertical, xs[c + 1], ys[r], ys[r + 1]))
                    cells.unite(r * columns() + c, r * columns() + c + 1);
                if (r + 1 < rows() && !covered(horizontal, ys[r + 1], xs[c], xs[c + 1]))
                    cells.unite(r * columns() + c, (r + 1) * columns() + c);
            }
        }
        region.resize(rows() * columns());
        for (int i = 0; i < region.size(); ++i)
            region[i] = cells.find(i);
    }

    /// The merged cell at a point, or -1 outside the table.
    int regionAt(const QPointF &p) const
    {
        if (!bounds.contains(p))
            return -1;
        const int r = indexIn(ys, p.y());
        const int c = indexIn(xs, p.x());
        if (r < 0 || c < 0 || r >= rows() || c >= columns())
            return -1;
        return region[r * columns() + c];
    }
};

QVector<Grid> gridsOf(const QVector<QLineF> &rulings)
{
    QVector<Segment> h, v;
    for (const QLineF &l : rulings) {
        if (l.dy() == 0)
            h.append({ l.y1(), qMin(l.x1(), l.x2()), qMax(l.x1(), l.x2()) });
        else
            v.append({ l.x1(), qMin(l.y1(), l.y2()), qMax(l.y1(), l.y2()) });
    }
    h = merged(h);
    v = merged(v);
    if (h.size() * v.size() > MaxPairs)
        return {};
    // Lines that meet belong to one table.
    UnionFind tables(int(h.size() + v.size()));
    for (int i = 0; i < h.size(); ++i) {
        for (int j = 0; j < v.size(); ++j) {
            if (v[j].pos >= h[i].from - Reach && v[j].pos <= h[i].to + Reach && h[i].pos >= v[j].from - Reach
                && h[i].pos <= v[j].to + Reach)
                tables.unite(i, int(h.size()) + j);
        }
    }
    QHash<int, Grid> byRoot;
    QVector<int> order;
    for (int i = 0; i < h.size() + v.size(); ++i) {
        const int root = tables.find(i);
        if (!byRoot.contains(root))
            order.append(root);
        Grid &g = byRoot[root];
        if (i < h.size())
            g.horizontal.append(h[i]);
        else
            g.vertical.append(v[i - h.size()]);
    }
    QVector<Grid> grids;
    for (int root : std::as_const(order)) {
        Grid &g = byRoot[root];
        // A table has two lines each way at least; an underline or a frame is not one.
        if (g.horizontal.size() < 2 || g.vertical.size() < 2 || g.horizontal.size() > MaxGridLines
            || g.vertical.size() > MaxGridLines)
            continue;
        std::sort(g.horizontal.begin(), g.horizontal.end(),
                  [](const Segment &a, const Segment &b) { return a.pos < b.pos; });
        std::sort(g.vertical.begin(), g.vertical.end(),
                  [](const Segment &a, const Segment &b) { return a.pos < b.pos; });
        g.build();
        if (g.rows() >= 1 && g.columns() >= 1)
            grids.append(g);
    }
    std::sort(grids.begin(), grids.end(),
              [](const Grid &a, const Grid &b) { return a.bounds.top() < b.bounds.top(); });
    return grids;
}

QString cellText(const QVector<PdfPiece> &pieces)
{
    QString text;
    for (const PdfLine &line : PdfLines::group(pieces))
        text = PdfLines::joinBroken(text, line.text());
    return text;
}

} // namespace

QVector<PdfTable> PdfTableGrid::find(const PdfPageContent &page, QVector<PdfPiece> &rest)
{
    const QVector<Grid> grids = gridsOf(page.rulings);
    // Pieces per (grid, merged cell): consecutive characters of a word in one cell are one piece.
    QVector<QHash<int, QVector<PdfPiece>>> cellPieces(grids.size());
    for (const PdfWord &word : page.words) {
        // Most words are nowhere near a table: they stay whole.
        bool nearTable = false;
        for (const Grid &grid : grids)
            nearTable |= grid.bounds.intersects(word.box) || grid.bounds.contains(word.box.center());
        if (!nearTable) {
            rest.append({ word.text, word.box });
            continue;
        }
        int lastGrid = -2, lastRegion = -2;
        for (int i = 0; i < word.text.size(); ++i) {
            const QRectF box = i < word.chars.size() && word.chars[i].isValid() ? word.chars[i] : word.box;
            int g = 0, region = -1;
            for (; g < grids.size(); ++g) {
                region = grids[g].regionAt(box.center());
                if (region >= 0)
                    break;
            }
            if (region < 0)
                g = -1;
            QVector<PdfPiece> &target = g < 0 ? rest : cellPieces[g][region];
            if (g == lastGrid && region == lastRegion && !target.isEmpty()) {
                target.last().text += word.text[i];
                target.last().box |= box;
            } else {
                target.append({ QString(word.text[i]), box });
            }
            lastGrid = g;
            lastRegion = region;
        }
    }
    QVector<PdfTable> tables;
    for (int g = 0; g < grids.size(); ++g) {
        const Grid &grid = grids[g];
        if (cellPieces[g].isEmpty())
            continue; // a frame or a drawing, not a table
        PdfTable table { grid.bounds, {}, {} };
        QHash<int, int> firstRow; // merged cell → its top row
        for (int r = grid.rows() - 1; r >= 0; --r) {
            for (int c = 0; c < grid.columns(); ++c)
                firstRow[grid.region[r * grid.columns() + c]] = r;
        }
        for (int r = 0; r < grid.rows(); ++r) {
            QStringList cells;
            QVector<QRectF> boxes;
            bool any = false;
            int previous = -1;
            for (int c = 0; c < grid.columns(); ++c) {
                const int region = grid.region[r * grid.columns() + c];
                const QRectF box(QPointF(grid.xs[c], grid.ys[r]), QPointF(grid.xs[c + 1], grid.ys[r + 1]));
                if (region == previous) { // one cell spanning columns
                    boxes.last() |= box;
                    continue;
                }
                previous = region;
                const QString text
                    = firstRow.value(region) == r ? cellText(cellPieces[g].value(region)) : QString();
                any |= !text.isEmpty();
                cells << text;
                boxes << box;
            }
            if (any) {
                table.rows.append(cells);
                table.boxes.append(boxes);
            }
        }
        tables.append(table);
    }
    return tables;
}

} // namespace nianbao
