#include "io/pdf/PdfLayoutReader.h"

#include "base/TextNormalizer.h"
#include "io/import/ReportAssembler.h"
#include "io/import/TableRecognizer.h"
#include "io/pdf/PdfLines.h"
#include "io/pdf/PdfTableGrid.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

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

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(
        "^第?[-—–－―~·•\\s]*[0-9０-９]+[-—–－―~·•\\s]*页?(\\s*[/／共]\\s*[0-9０-９]+\\s*页?)?$"));
    return number.match(text.trimmed()).hasMatch();
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
    if (paragraph.isEmpty() || !sentenceEnds.contains(paragraph.back()))
        return false;
    return ReportAssembler::matchSectionHeading(line) || ReportAssembler::matchSubsectionHeading(line);
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
    // Lines and tables of every page; page numbers dropped.
    QVector<QVector<PdfLine>> lines(pages.size());
    QVector<QVector<PdfTable>> tables(pages.size());
    QHash<QString, int> marginTexts; // running headers: the same words in the margin of many pages
    for (int p = 0; p < pages.size(); ++p) {
        QVector<PdfPiece> rest;
        tables[p] = PdfTableGrid::find(pages[p], rest);
        for (const PdfLine &line : PdfLines::group(rest)) {
            if (inMargin(line, pages[p].size)) {
                const QString text = line.text();
                if (isPageNumber(text))
                    continue;
                ++marginTexts[TextNormalizer::compact(text)];
            }
            lines[p].append(line);
        }
    }
    QVector<Item> items;
    QVector<qreal> starts, ends;
    QVector<PdfLine> all;
    for (int p = 0; p < pages.size(); ++p) {
        for (const PdfLine &line : std::as_const(lines[p])) {
            if (inMargin(line, pages[p].size) && pages.size() >= 3
                && marginTexts.value(TextNormalizer::compact(line.text())) >= 3)
                continue;
            items.append({ p, line.box.top(), &line, nullptr });
            starts.append(std::round(line.box.left()));
            ends.append(std::round(line.box.right()));
            all.append(line);
        }
        for (const PdfTable &table : std::as_const(tables[p]))
            items.append({ p, table.bounds.top(), nullptr, &table });
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.page < b.page || (a.page == b.page && a.top < b.top);
    });

    // The text column: most lines of a paragraph start at its left edge and, justified, end
    // at its right edge; the spacing of lines within a paragraph is the most common one.
    const qreal em = PdfLines::typicalHeight(all);
    const qreal left = mostCommon(starts, 0.0);
    std::sort(ends.begin(), ends.end());
    const qreal right = ends.isEmpty() ? 0 : ends[int(ends.size() * 0.9)];
    // Measured where a full line is followed by one at the left edge, which is mostly within
    // a paragraph, so that spacing between paragraphs does not count.
    QVector<qreal> pitches;
    for (int i = 1; i < items.size(); ++i) {
        if (items[i].line && items[i - 1].line && items[i].page == items[i - 1].page
            && items[i - 1].line->box.right() > right - 1.5 * em
            && items[i].line->box.left() < left + 0.7 * em) {
            const qreal pitch = items[i].top - items[i - 1].top;
            if (pitch > 0 && pitch < 3 * em)
                pitches.append(std::round(pitch * 2) / 2);
        }
    }
    const qreal pitch = mostCommon(pitches, 1.5 * em);

    QVector<SourceBlock> out;
    QString paragraph;
    QString paragraphPlace;
    bool inLooseTable = false;
    const Item *previous = nullptr;
    auto flush = [&] {
        if (!paragraph.isEmpty())
            out.append(SourceBlock::paragraph(paragraph, paragraphPlace));
        paragraph.clear();
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
            for (const QStringList &row : item.table->rows)
                out.append(SourceBlock::row(row, place));
            out.append(SourceBlock::tableEnd());
            previous = &item;
            continue;
        }
        const PdfLine &line = *item.line;
        const QVector<PdfLine> segments = line.segments(ColumnGap * em);
        if (segments.size() >= 2) {
            // A table without rulings: a row per line, a cell per run of words.
            flush();
            QStringList cells;
            for (const PdfLine &s : segments)
                cells << s.text();
            out.append(SourceBlock::row(cells, place));
            inLooseTable = true;
            previous = &item;
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
            out.append(SourceBlock::row({ text }, place));
            previous = &item;
            continue;
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
        previous = &item;
    }
    flush();
    endLooseTable();
    return out;
}

} // namespace nianbao
