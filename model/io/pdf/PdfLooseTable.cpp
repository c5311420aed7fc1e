#include "io/pdf/PdfLooseTable.h"

#include "base/TextNormalizer.h"
#include "io/import/TableRecognizer.h"

#include <algorithm>

namespace nianbao {

namespace {

bool isValue(const QString &text)
{
    const QString c = TextNormalizer::compact(text);
    return !c.isEmpty() && TableRecognizer::isValueText(c);
}

/// One block: header lines, then data rows with the label lines around them.
struct Block
{
    QVector<PdfLine> header; // segments of the header lines
    QVector<int> dataLines; // indices into the region's lines
    QVector<int> labelLines;
};

struct Column
{
    qreal left, right;
    qreal centre() const { return (left + right) / 2; }
};

QVector<Column> columnsOf(const QVector<PdfLine> &values, qreal em)
{
    QVector<PdfLine> sorted = values;
    std::sort(sorted.begin(), sorted.end(),
              [](const PdfLine &a, const PdfLine &b) { return a.box.center().x() < b.box.center().x(); });
    QVector<Column> out;
    for (const PdfLine &v : std::as_const(sorted)) {
        if (out.isEmpty() || v.box.center().x() - out.last().centre() > 1.5 * em)
            out.append({ v.box.left(), v.box.right() });
        else
            out.last() = { qMin(out.last().left, v.box.left()), qMax(out.last().right, v.box.right()) };
    }
    return out;
}

int nearestColumn(const QVector<Column> &columns, qreal x)
{
    int best = -1;
    for (int c = 0; c < columns.size(); ++c) {
        if (best < 0 || qAbs(columns[c].centre() - x) < qAbs(columns[best].centre() - x))
            best = c;
    }
    return best;
}

/// A cell's text from its pieces: the pieces of one sub-column (a row label; the part of a
/// label merged over rows that stands beside it) top to bottom, sub-columns left to right.
QString joinDown(QVector<PdfLine> pieces, qreal em)
{
    std::sort(pieces.begin(), pieces.end(),
              [](const PdfLine &a, const PdfLine &b) { return a.box.left() < b.box.left(); });
    QVector<QVector<PdfLine>> columns;
    for (const PdfLine &p : std::as_const(pieces)) {
        if (columns.isEmpty() || p.box.left() - columns.last().first().box.left() > em)
            columns.append(QVector<PdfLine>());
        columns.last() << p;
    }
    QString out;
    for (QVector<PdfLine> &column : columns) {
        std::sort(column.begin(), column.end(),
                  [](const PdfLine &a, const PdfLine &b) { return a.box.top() < b.box.top(); });
        for (const PdfLine &p : std::as_const(column))
            out = PdfLines::joinBroken(out, p.text());
    }
    return out;
}

/// The words of a line, each a piece of its own (a header's cells may stand closer than a
/// gap between words).
QVector<PdfLine> wordsOf(const PdfLine &line)
{
    QVector<PdfLine> out;
    for (const PdfPiece &p : line.pieces)
        out.append(PdfLine { { p }, p.box });
    return out;
}

} // namespace

QVector<QStringList> PdfLooseTable::rows(const QVector<Line> &lines, qreal em)
{
    // Cells of a line: runs of words closer than a character apart.
    QVector<QVector<PdfLine>> cells(lines.size());
    QVector<bool> hasValue(lines.size(), false);
    qreal valueLeft = 1e9;
    for (int i = 0; i < lines.size(); ++i) {
        cells[i] = lines[i].line.segments(em);
        for (const PdfLine &c : std::as_const(cells[i])) {
            if (isValue(c.text())) {
                hasValue[i] = true;
                valueLeft = qMin(valueLeft, c.box.left());
            }
        }
    }
    // Blocks: a header line after data rows begins a new one.
    QVector<Block> blocks(1);
    for (int i = 0; i < lines.size(); ++i) {
        const bool overColumns = std::any_of(cells[i].cbegin(), cells[i].cend(), [&](const PdfLine &c) {
            return c.box.right() > valueLeft + 0.5 * em;
        });
        if (hasValue[i]) {
            blocks.last().dataLines << i;
        } else if (overColumns) {
            if (!blocks.last().dataLines.isEmpty())
                blocks.append(Block());
            blocks.last().header << wordsOf(lines[i].line);
        } else {
            blocks.last().labelLines << i;
        }
    }
    QVector<QStringList> out;
    for (const Block &block : std::as_const(blocks)) {
        QVector<PdfLine> values;
        for (int i : block.dataLines) {
            for (const PdfLine &c : std::as_const(cells[i])) {
                if (isValue(c.text()) && c.box.left() >= valueLeft - 0.5 * em)
                    values << c;
            }
        }
        const QVector<Column> columns = columnsOf(values, em);
        const qreal columnsLeft = columns.isEmpty() ? valueLeft : columns.first().left - 0.5 * em;
        // Header: words over one column are that column's (stacked); over several, a group;
        // left of the columns, the label column's heading.
        if (!block.header.isEmpty()) {
            QStringList groups;
            QVector<QVector<PdfLine>> leaves(columns.size() + 1); // [0]: the label column
            for (const PdfLine &h : block.header) {
                int covered = 0;
                for (const Column &c : columns)
                    covered += h.box.left() <= c.centre() && c.centre() <= h.box.right();
                if (h.box.right() <= columnsLeft)
                    leaves[0] << h;
                else if (covered >= 2 || columns.isEmpty())
                    groups << h.text();
                else
                    leaves[1 + nearestColumn(columns, h.box.center().x())] << h;
            }
            if (!groups.isEmpty())
                out << groups;
            QStringList leafRow;
            for (const QVector<PdfLine> &l : std::as_const(leaves))
                leafRow << joinDown(l, em);
            if (std::any_of(leafRow.cbegin() + 1, leafRow.cend(),
                            [](const QString &s) { return !s.isEmpty(); }))
                out << leafRow;
        }
        // Data rows, each with the label lines nearest to it on its page.
        QVector<QVector<PdfLine>> labels(block.dataLines.size());
        QVector<QStringList> values2(block.dataLines.size(), QStringList(columns.size()));
        for (int r = 0; r < block.dataLines.size(); ++r) {
            for (const PdfLine &c : std::as_const(cells[block.dataLines[r]])) {
                if (c.box.left() < columnsLeft || !isValue(c.text()))
                    labels[r] << c;
                else if (const int col = nearestColumn(columns, c.box.center().x()); col >= 0)
                    values2[r][col] = c.text();
            }
        }
        for (int i : block.labelLines) {
            int best = -1;
            qreal distance = 0;
            const qreal y = lines[i].line.box.center().y();
            for (int r = 0; r < block.dataLines.size(); ++r) {
                const Line &row = lines[block.dataLines[r]];
                if (row.page != lines[i].page)
                    continue;
                const qreal d = qAbs(row.line.box.center().y() - y);
                if (best < 0 || d < distance) {
                    best = r;
                    distance = d;
                }
            }
            // A label merged over several rows stands far from any one of them: left out.
            if (best >= 0 && distance < 2 * em)
                labels[best] << cells[i];
        }
        for (int r = 0; r < block.dataLines.size(); ++r)
            out << (QStringList { joinDown(labels[r], em) } + values2[r]);
    }
    return out;
}

} // namespace nianbao
