#include "io/pdf/PdfLayoutReader.h"

#include "base/TextNormalizer.h"
#include "io/import/CellPerLineTable.h"
#include "io/import/ReportAssembler.h"
#include "io/import/TableRecognizer.h"
#include "io/pdf/PdfLines.h"
#include "io/pdf/PdfLooseTable.h"
#include "io/pdf/PdfTableGrid.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

// Wider than this (in line heights) a gap between words is a gap between table columns.
constexpr qreal ColumnGap = 2.0;
// Page furniture lives in the top and bottom margins.
constexpr qreal HeaderZone = 0.1;
constexpr qreal FooterZone = 0.12;

QVector<PdfPiece> piecesOf(const PdfPageContent &page)
{
    QVector<PdfPiece> pieces;
    pieces.reserve(page.words.size());
    for (const PdfWord &w : page.words)
        pieces.append({ w.text, w.box });
    return pieces;
}

/// A page number in a margin: decorated (-3-, — 3 —, 第3页, 3/6) anywhere there; a bare
/// number only as the page's first or last line and away from the left edge, where a table's
/// numbers written one per line would be.
bool isPageNumber(const PdfLine &line, const QSizeF &page, bool firstOrLast)
{
    static const QRegularExpression decorated(
        QStringLiteral("^(第\\s*[0-9０-９]+\\s*页.*|[-—–－―~·•]+\\s*[0-9０-９]+\\s*[-—–－―~·•]+|[0-9０-９]+"
                       "\\s*[/／]\\s*[0-9０-９]+)$"));
    static const QRegularExpression bare(QStringLiteral("^[0-9０-９]{1,4}$"));
    const QString text = line.text().trimmed();
    if (decorated.match(text).hasMatch())
        return true;
    return firstOrLast && bare.match(text).hasMatch() && line.box.left() > page.width() * 0.3;
}

bool inMargin(const PdfLine &line, const QSizeF &page)
{
    return line.box.bottom() < page.height() * HeaderZone
        || line.box.top() > page.height() * (1 - FooterZone);
}

/// A line or a table, in reading order on its page.
struct Item
{
    int page = 0;
    qreal top = 0;
    const PdfLine *line = nullptr;
    const PdfTable *table = nullptr;
};

template<typename T> T mostCommon(const QVector<T> &values, T fallback)
{
    QHash<T, int> counts;
    T best = fallback;
    int bestCount = 0;
    for (const T &v : values) {
        const int c = ++counts[v];
        if (c > bestCount || (c == bestCount && v < best)) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}

/// A heading set flush left, as LibreOffice sets numbered ones, after a finished sentence:
/// geometry alone would run it into the paragraph above.
bool startsByMeaning(const QString &paragraph, const QString &line)
{
    static const QString sentenceEnds = QStringLiteral("。！？；.!?;");
    static const QRegularExpression listItem(QStringLiteral("^[0-9０-９]{1,2}[.．、]"));
    if (paragraph.isEmpty())
        return false;
    const bool heading
        = ReportAssembler::matchSectionHeading(line) || ReportAssembler::matchSubsectionHeading(line);
    // After a finished sentence, or after a heading (which has no full stop), a heading or
    // a numbered item begins a paragraph of its own.
    const bool paragraphEnded = sentenceEnds.contains(paragraph.back())
        || ReportAssembler::matchSectionHeading(paragraph)
        || ReportAssembler::matchSubsectionHeading(paragraph);
    return paragraphEnded && (heading || listItem.match(line).hasMatch());
}

/// Cells side by side: runs of words a column gap apart, or a character apart where one of
/// them is a number or a row's label (a table's cells may stand that close; prose words
/// with a number after a wide gap do not).
bool looksTabular(const PdfLine &line, qreal em)
{
    if (line.segments(ColumnGap * em).size() >= 2)
        return true;
    const QVector<PdfLine> cells = line.segments(em);
    if (cells.size() < 2)
        return false;
    return std::any_of(cells.cbegin(), cells.cend(), [](const PdfLine &c) {
        const QString t = TextNormalizer::compact(c.text());
        return TableRecognizer::isValueText(t) || TableRecognizer::startsRow(t);
    });
}

/// The text of the line after item i, if it is a line: what TableRecognizer::startsTable()
/// looks at to tell 行政复议 over 行政诉讼 from a word in prose.
QString nextText(const QVector<Item> &items, int i)
{
    return i + 1 < items.size() && items[i + 1].line ? items[i + 1].line->text() : QString();
}

/// The lines and tables of every page, page furniture (numbers, running headers) left out;
/// items point into `lines` and `tables`, in reading order.
struct Collected
{
    QVector<QVector<PdfLine>> lines;
    QVector<QVector<PdfTable>> tables;
    QVector<Item> items;
};

void collect(const QVector<PdfPageContent> &pages, Collected &c)
{
    c.lines.resize(pages.size());
    c.tables.resize(pages.size());
    QHash<QString, int> marginTexts; // running headers: the same words in the margin of many pages
    QVector<QVector<PdfLine>> grouped(pages.size());
    for (int p = 0; p < pages.size(); ++p) {
        QVector<PdfPiece> rest;
        c.tables[p] = PdfTableGrid::find(pages[p], rest);
        const QVector<PdfLine> lines = PdfLines::group(rest);
        for (int l = 0; l < lines.size(); ++l) {
            const PdfLine &line = lines[l];
            if (inMargin(line, pages[p].size)) {
                if (isPageNumber(line, pages[p].size, l == 0 || l == lines.size() - 1))
                    continue;
                ++marginTexts[TextNormalizer::compact(line.text())];
            }
            grouped[p].append(line);
        }
    }
    for (int p = 0; p < pages.size(); ++p) {
        for (const PdfLine &line : std::as_const(grouped[p])) {
            // A running header has words; a lone value repeated near the margins is a table's.
            const QString compact = TextNormalizer::compact(line.text());
            if (inMargin(line, pages[p].size) && pages.size() >= 3 && marginTexts.value(compact) >= 3
                && std::any_of(compact.cbegin(), compact.cend(), [](QChar ch) { return ch.isLetter(); }))
                continue;
            c.lines[p].append(line);
        }
    }
    for (int p = 0; p < pages.size(); ++p) {
        for (const PdfLine &line : std::as_const(c.lines[p]))
            c.items.append({ p, line.box.top(), &line, nullptr });
        for (const PdfTable &table : std::as_const(c.tables[p]))
            c.items.append({ p, table.bounds.top(), nullptr, &table });
    }
    std::stable_sort(c.items.begin(), c.items.end(), [](const Item &a, const Item &b) {
        return a.page < b.page || (a.page == b.page && a.top < b.top);
    });
}

/// The text column the paragraphs are set in.
struct TextColumn
{
    qreal em = 10; ///< the body text's line height
    qreal left = 0, right = 0; ///< where a paragraph's lines start and, when full, end
    qreal pitch = 15; ///< the distance between lines of one paragraph
};

TextColumn measure(const QVector<Item> &items)
{
    QVector<qreal> starts, ends;
    QVector<PdfLine> all;
    for (const Item &item : items) {
        if (!item.line)
            continue;
        starts.append(std::round(item.line->box.left()));
        ends.append(std::round(item.line->box.right()));
        all.append(*item.line);
    }
    TextColumn c;
    c.em = PdfLines::typicalHeight(all);
    // Table cells written one per line are many and short: the edges are those of the long
    // lines, which are a paragraph's; justified, they end at the right edge.
    std::sort(ends.begin(), ends.end());
    c.right = ends.isEmpty() ? 0 : ends[int(ends.size() * 0.95)];
    const qreal leftmost = starts.isEmpty() ? 0 : *std::min_element(starts.cbegin(), starts.cend());
    QVector<qreal> longStarts;
    for (const PdfLine &line : std::as_const(all)) {
        if (line.box.width() > 0.6 * (c.right - leftmost))
            longStarts.append(std::round(line.box.left()));
    }
    c.left = mostCommon(longStarts, mostCommon(starts, 0.0));
    // Measured where a full line is followed by one at the left edge, which is mostly within
    // a paragraph, so that spacing between paragraphs does not count.
    QVector<qreal> pitches;
    for (int i = 1; i < items.size(); ++i) {
        if (items[i].line && items[i - 1].line && items[i].page == items[i - 1].page
            && items[i - 1].line->box.right() > c.right - 1.5 * c.em
            && items[i].line->box.left() < c.left + 0.7 * c.em) {
            const qreal pitch = items[i].top - items[i - 1].top;
            if (pitch > 0 && pitch < 3 * c.em)
                pitches.append(std::round(pitch * 2) / 2);
        }
    }
    c.pitch = mostCommon(pitches, 1.5 * c.em);
    return c;
}

/// Where a block's text stood on its page: a note there is a comment on it (on one of its
/// cells for a table row). A block of -1 is text read without cells (a table without
/// rulings): a note there belongs to the whole report.
struct Area
{
    int block;
    int cell; ///< -1 for a paragraph
    int page;
    QRectF box;
};

qreal distance(const QRectF &box, const QPointF &p)
{
    const qreal dx = qMax(qMax(box.left() - p.x(), p.x() - box.right()), 0.0);
    const qreal dy = qMax(qMax(box.top() - p.y(), p.y() - box.bottom()), 0.0);
    return std::hypot(dx, dy);
}

/// Each review note to the block (and cell) whose text it stands on or, within a line's
/// height, next to; its replies follow it.
void attachNotes(const QVector<PdfPageContent> &pages, const QVector<Area> &areas, qreal em,
                 QVector<SourceBlock> &blocks)
{
    // Bounded work on a hostile page of thousands of notes and lines.
    constexpr qint64 MaxComparisons = 20'000'000;
    QVector<QVector<const Area *>> onPage(pages.size());
    for (const Area &a : areas)
        onPage[a.page].append(&a);
    for (int p = 0; p < pages.size(); ++p) {
        if (qint64(pages[p].notes.size()) * onPage[p].size() > MaxComparisons)
            continue;
        for (const PdfNote &note : pages[p].notes) {
            if (!note.inReplyTo.isEmpty())
                continue;
            const Area *best = nullptr;
            qreal bestDistance = em;
            for (const Area *a : std::as_const(onPage[p])) {
                const qreal d = distance(a->box, note.at);
                if (d < bestDistance
                    || (d == bestDistance && best && d == 0 && a->box.height() < best->box.height())) {
                    best = a;
                    bestDistance = d;
                }
            }
            if (!best || best->block < 0)
                continue;
            SourceBlock &block = blocks[best->block];
            if (best->cell < 0) {
                block.comments.append(note.id);
            } else {
                block.cellComments.resize(qMax(block.cellComments.size(), qsizetype(block.cells.size())));
                if (best->cell < block.cellComments.size())
                    block.cellComments[best->cell].append(note.id);
            }
        }
    }
}

} // namespace

bool PdfLayoutReader::mayHoldTable(const PdfPageContent &page)
{
    const QVector<PdfLine> lines = PdfLines::group(piecesOf(page));
    const qreal em = PdfLines::typicalHeight(lines);
    for (int i = 0; i < lines.size(); ++i) {
        // Columns, or a table's title row alone on a page (a repeated header row).
        if (lines[i].segments(ColumnGap * em).size() >= 2
            || TableRecognizer::startsTable(lines[i].text(),
                                            i + 1 < lines.size() ? lines[i + 1].text() : QString()))
            return true;
    }
    return false;
}

QVector<SourceBlock> PdfLayoutReader::blocks(const QVector<PdfPageContent> &pages)
{
    Collected collected;
    collect(pages, collected);
    const QVector<Item> &items = collected.items;
    const TextColumn column = measure(items);
    const qreal em = column.em, left = column.left, right = column.right, pitch = column.pitch;

    QVector<SourceBlock> out;
    QVector<Area> areas;
    QVector<Area> paragraphAreas;
    QString paragraph;
    QString paragraphPlace;
    bool inLooseTable = false;
    const Item *previous = nullptr;
    // A paragraph's or a one-cell row's lines, as wide as the text column: a note sits at the
    // column's right edge beside a short line.
    auto lineArea = [&](const Item &item, int block, int cell) {
        const QRectF &b = item.line->box;
        return Area { block, cell, item.page,
                      QRectF(QPointF(qMin(b.left(), left), b.top()),
                             QPointF(qMax(b.right(), right), b.bottom())) };
    };
    auto flush = [&] {
        if (!paragraph.isEmpty()) {
            for (Area a : std::as_const(paragraphAreas)) {
                a.block = int(out.size());
                areas.append(a);
            }
            out.append(SourceBlock::paragraph(paragraph, paragraphPlace));
        }
        paragraph.clear();
        paragraphAreas.clear();
    };
    auto endLooseTable = [&] {
        if (inLooseTable)
            out.append(SourceBlock::tableEnd());
        inLooseTable = false;
    };
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const QString place = tr("page %1").arg(pages[item.page].number);
        if (item.table) {
            flush();
            endLooseTable();
            for (int r = 0; r < item.table->rows.size(); ++r) {
                const QVector<QRectF> &boxes = item.table->boxes.value(r);
                for (int c = 0; c < boxes.size(); ++c)
                    areas.append({ int(out.size()), c, item.page, boxes[c] });
                out.append(SourceBlock::row(item.table->rows[r], place));
            }
            out.append(SourceBlock::tableEnd());
            previous = &item;
            continue;
        }
        const PdfLine &line = *item.line;
        if (looksTabular(line, em)) {
            // A table without rulings: its lines up to the next paragraph or heading, read by
            // the columns its numbers make (PdfLooseTable).
            flush();
            QVector<PdfLooseTable::Line> region;
            int j = i;
            for (; j < items.size() && items[j].line; ++j) {
                const PdfLine &l = *items[j].line;
                const bool single = l.segments(em).size() == 1;
                if (j > i && single
                    && (l.box.width() > 0.6 * (right - left)
                        || ReportAssembler::matchSectionHeading(l.text())))
                    break;
                region.append({ l, items[j].page });
                areas.append(lineArea(items[j], -1, -1));
            }
            for (const QStringList &row : PdfLooseTable::rows(region, em))
                out.append(SourceBlock::row(row, place));
            inLooseTable = true;
            i = j - 1;
            previous = &items[i];
            continue;
        }
        endLooseTable();
        const QString text = line.text();
        // A table's title row drawn without borders above it (第二十条第（一）项) is the
        // table's first row, as it is in the word processor's file.
        const Item *next = i + 1 < items.size() ? &items[i + 1] : nullptr;
        if (next && next->table && next->page == item.page && next->top - line.box.bottom() < 2 * em
            && TableRecognizer::startsTable(text, QString())) {
            flush();
            areas.append(lineArea(item, int(out.size()), 0));
            out.append(SourceBlock::row({ text }, place));
            previous = &item;
            continue;
        }
        // A table without rulings written one cell per line (the plain-text layout printed,
        // or cells spaced far apart): read as the text importer reads that layout.
        if (TableRecognizer::startsTable(text, nextText(items, i))) {
            QStringList cells;
            for (int j = i; j < items.size() && items[j].line && !looksTabular(*items[j].line, em); ++j)
                cells << items[j].line->text();
            QVector<SourceBlock> rows;
            const int taken = CellPerLineTable::read(
                cells, 0, rows, [&](int k) { return tr("page %1").arg(pages[items[i + k].page].number); });
            if (taken > 0) {
                flush();
                for (int k = 0; k < taken; ++k)
                    areas.append(lineArea(items[i + k], -1, -1));
                out += rows;
                i += taken - 1;
                previous = &items[i];
                continue;
            }
        }
        const PdfLine *before = previous && previous->line ? previous->line : nullptr;
        const bool continues = before && !paragraph.isEmpty() && line.box.left() < left + 0.7 * em
            && before->box.right() > right - 1.5 * em
            && (previous->page != item.page || line.box.top() - before->box.top() < 1.4 * pitch)
            && !startsByMeaning(paragraph, text);
        if (continues) {
            paragraph = PdfLines::joinBroken(paragraph, text);
        } else {
            flush();
            paragraph = text;
            paragraphPlace = place;
        }
        paragraphAreas.append(lineArea(item, -1, -1));
        previous = &item;
    }
    flush();
    endLooseTable();
    attachNotes(pages, areas, em, out);
    return out;
}

} // namespace nianbao
