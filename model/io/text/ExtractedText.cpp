#include "io/text/ExtractedText.h"

#include "base/TextNormalizer.h"
#include "core/CellValue.h"
#include "core/ReportTemplate.h"
#include "io/import/ReportAssembler.h"
#include "io/pdf/PdfLines.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace nianbao::ExtractedText {

namespace {

const char *const Context = "nianbao::TextFormat";

QString place(int line)
{
    return QCoreApplication::translate(Context, "line %1").arg(line + 1);
}

/// Width in half-width columns, as a fixed-pitch rendering of the line would take.
int widthOf(const QString &line)
{
    int w = 0;
    for (QChar c : line)
        w += TextNormalizer::isWide(c) ? 2 : 1;
    return w;
}

bool endsSentence(const QString &t)
{
    static const QString enders = QStringLiteral("。！？!?");
    QString s = t;
    while (!s.isEmpty() && (s.back() == u'”' || s.back() == u'’' || s.back() == u'）' || s.back() == u')'))
        s.chop(1);
    return !s.isEmpty() && enders.contains(s.back());
}

bool isValueToken(const QString &token)
{
    return !token.isEmpty() && !CellValue::parse(token).isWords();
}

QStringList tokens(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}\\x{00A0}]+"));
    return line.split(space, Qt::SkipEmptyParts);
}

int valueCount(const QString &line)
{
    int n = 0;
    for (const QString &t : tokens(line))
        n += isValueToken(t) ? 1 : 0;
    return n;
}

/// A line holding only values ("0", "0 0 0").
bool onlyValues(const QString &line)
{
    const QStringList ts = tokens(line);
    return !ts.isEmpty() && valueCount(line) == ts.size();
}

std::optional<TableId> tableStartingAt(const QString &line, const QString &next)
{
    const QString c = TextNormalizer::compact(line);
    const QString n = TextNormalizer::compact(next);
    if (c.startsWith(u"第二十条"))
        return TableId::Proactive;
    if (c.contains(u"申请人情况") || c.startsWith(u"（本列数据") || c.startsWith(u"(本列数据"))
        return TableId::Applications;
    if ((c == u"行政复议" && n.startsWith(u"行政诉讼")) || c == u"行政复议行政诉讼")
        return TableId::ReviewLitigation;
    return std::nullopt;
}

/// Prose, not a table's label: a finished sentence, or a long line without numbers.
bool isProse(const QString &line)
{
    const QString c = TextNormalizer::compact(line);
    return c.endsWith(u'。') || (c.size() > 45 && valueCount(line) < 2);
}

struct Line
{
    QString text; ///< trimmed, form feeds removed
    int source; ///< index in the input
    int page;
};

/// The lines without page furniture: a page's own number (bare, before or after a form feed,
/// not in a run of a table's numbers) and decorated numbers ("- 3 -", "第3页").
QVector<Line> withoutPageNumbers(const QStringList &lines)
{
    static const QRegularExpression decorated(
        QStringLiteral("^(第\\s*[0-9０-９]+\\s*页.*|[-—–－―~·•]+\\s*[0-9０-９]+\\s*[-—–－―~·•]+|[0-9０-９]+"
                       "\\s*[/／]\\s*[0-9０-９]+)$"));
    QVector<Line> all;
    int page = 1;
    for (int i = 0; i < lines.size(); ++i) {
        QString text = lines[i];
        const int feeds = int(text.count(u'\f'));
        text.remove(u'\f');
        page += feeds;
        all.append({ TextNormalizer::trimmed(text), i, page });
    }
    auto nonEmpty = [&](int from, int step) {
        for (int k = from; k >= 0 && k < all.size(); k += step) {
            if (!all[k].text.isEmpty())
                return k;
        }
        return -1;
    };
    QVector<Line> out;
    for (int i = 0; i < all.size(); ++i) {
        const Line &l = all[i];
        if (decorated.match(l.text).hasMatch())
            continue;
        if (!l.text.isEmpty() && l.text == QString::number(l.page)) {
            const int next = nonEmpty(i + 1, 1);
            const int before = nonEmpty(i - 1, -1);
            const bool lastOnPage = next < 0 || all[next].page != l.page;
            const bool afterValue = before >= 0 && onlyValues(all[before].text);
            if (lastOnPage && !afterValue)
                continue;
        }
        out.append(l);
    }
    return out;
}

/// The width of a full line: the middle one among the lines at least 60% as wide as the
/// widest (mostly full lines of paragraphs; the short ones are ends, headings and cells).
int fullWidth(const QVector<Line> &lines)
{
    QVector<int> widths;
    int widest = 0;
    for (const Line &l : lines) {
        widths.append(widthOf(l.text));
        widest = qMax(widest, widths.last());
    }
    QVector<int> wide;
    for (int w : std::as_const(widths)) {
        if (w >= widest * 0.6)
            wide.append(w);
    }
    if (wide.isEmpty())
        return 0;
    std::sort(wide.begin(), wide.end());
    return wide[wide.size() / 2];
}

/// The official layout's rows with their values, as the table is printed: what TableRecognizer
/// reads. Only called when `values` has exactly one value per cell of the layout.
void layoutRows(TableId id, const QStringList &values, int line, QVector<SourceBlock> &out)
{
    const TableSpec &spec = ReportTemplate::official().table(id);
    int v = 0;
    if (id == TableId::Proactive)
        out.append(SourceBlock::row({ QStringLiteral("第二十条") }, place(line)));
    else if (id == TableId::Applications)
        out.append(SourceBlock::row({ QStringLiteral("申请人情况") }, place(line)));
    else
        out.append(SourceBlock::row({ QStringLiteral("行政复议"), QStringLiteral("行政诉讼") }, place(line)));
    for (int r = 0; r < spec.rowCount(); ++r) {
        QStringList cells { spec.rows[r].label };
        if (id == TableId::ReviewLitigation)
            cells = QStringList { r == 0 ? QStringLiteral("行政复议") : spec.rows[r].label };
        for (int c = 0; c < spec.columnCount(); ++c) {
            if (spec.hasCell(r, c))
                cells << values[v++];
        }
        out.append(SourceBlock::row(cells, place(line)));
    }
    out.append(SourceBlock::tableEnd());
}

int cellCount(TableId id)
{
    const TableSpec &spec = ReportTemplate::official().table(id);
    int n = 0;
    for (int r = 0; r < spec.rowCount(); ++r) {
        for (int c = 0; c < spec.columnCount(); ++c)
            n += spec.hasCell(r, c) ? 1 : 0;
    }
    return n;
}

/// Reads a table region: its numbers placed by the layout when they are exactly as many as
/// its cells, else a row that names the table with its numbers unplaced.
void readTable(TableId id, const QVector<Line> &lines, int from, int to, QVector<SourceBlock> &out)
{
    QStringList values;
    for (int i = from; i < to; ++i) {
        for (const QString &t : tokens(lines[i].text)) {
            if (isValueToken(t))
                values << t;
        }
    }
    if (values.size() == cellCount(id)) {
        layoutRows(id, values, lines[from].source, out);
        return;
    }
    QStringList title { id == TableId::Proactive          ? QStringLiteral("第二十条")
                            : id == TableId::Applications ? QStringLiteral("申请人情况")
                                                          : QStringLiteral("行政复议") };
    if (id == TableId::ReviewLitigation)
        title << QStringLiteral("行政诉讼");
    SourceBlock named = SourceBlock::row(title, place(lines[from].source));
    named.unplacedNumbers = true;
    out.append(named);
    out.append(SourceBlock::tableEnd());
}

/// The first line with text from `from` on: extractors put blank lines anywhere.
QString nextText(const QVector<Line> &lines, int from)
{
    for (int i = from; i < lines.size(); ++i) {
        if (!lines[i].text.isEmpty())
            return lines[i].text;
    }
    return QString();
}

} // namespace

QString withoutCjkSpacing(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u' ' && !out.isEmpty() && i + 1 < text.size()) {
            const QChar before = out.back();
            const QChar after = text[i + 1];
            const bool latinBefore = before.unicode() < 0x80 && before.isLetterOrNumber();
            const bool latinAfter = after.unicode() < 0x80 && after.isLetterOrNumber();
            if ((TextNormalizer::isWide(before) && latinAfter)
                || (latinBefore && TextNormalizer::isWide(after)))
                continue;
        }
        out.append(c);
    }
    return out;
}

bool looksLike(const QStringList &lines)
{
    for (const QString &l : lines) {
        if (l.contains(u'\f'))
            return true;
    }
    QVector<Line> all;
    for (int i = 0; i < lines.size(); ++i)
        all.append({ TextNormalizer::trimmed(lines[i]), i, 1 });
    const int full = fullWidth(all);
    if (full < 30)
        return false;
    int fullLines = 0, brokenLines = 0;
    for (int i = 0; i + 1 < all.size(); ++i) {
        if (widthOf(all[i].text) < full - 6)
            continue;
        ++fullLines;
        if (!endsSentence(all[i].text) && !all[i + 1].text.isEmpty())
            ++brokenLines;
    }
    return brokenLines >= 3 && brokenLines * 10 >= fullLines * 3;
}

QVector<SourceBlock> blocks(const QStringList &input)
{
    const QVector<Line> lines = withoutPageNumbers(input);
    const int full = fullWidth(lines);
    QVector<SourceBlock> out;
    QString paragraph;
    int paragraphLine = 0;
    bool lastWasFull = false;
    auto flush = [&] {
        if (!paragraph.isEmpty())
            out.append(SourceBlock::paragraph(withoutCjkSpacing(paragraph), place(paragraphLine)));
        paragraph.clear();
        lastWasFull = false;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &text = lines[i].text;
        if (text.isEmpty())
            continue; // extractors put blank lines anywhere: a paragraph ends by its width
        const QString next = nextText(lines, i + 1);
        if (const auto table = tableStartingAt(text, next)) {
            flush();
            // The region: short lines and numbers, up to prose or the next section heading;
            // a table that begins inside it (tables printed one after another) splits it.
            int j = i + 1;
            for (; j < lines.size(); ++j) {
                const QString &t = lines[j].text;
                if (t.isEmpty())
                    continue;
                if (isProse(t) || ReportAssembler::matchSectionHeading(t))
                    break;
                const auto other = tableStartingAt(t, nextText(lines, j + 1));
                if (other && *other != *table)
                    break;
            }
            readTable(*table, lines, i, j, out);
            i = j - 1;
            continue;
        }
        const bool heading
            = ReportAssembler::matchSectionHeading(text) || ReportAssembler::matchSubsectionHeading(text);
        if (lastWasFull && !heading) {
            paragraph = PdfLines::joinBroken(paragraph, text); // no space: Chinese has none
        } else {
            flush();
            paragraph = text;
            paragraphLine = lines[i].source;
        }
        lastWasFull = !heading && widthOf(text) >= full - 6 && !endsSentence(text);
        if (heading)
            flush();
    }
    flush();
    return out;
}

} // namespace nianbao::ExtractedText
