#include "io/text/MarkdownText.h"

#include "base/TextNormalizer.h"
#include "io/html/HtmlBlockReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace nianbao::MarkdownText {

namespace {

const char *const Context = "nianbao::TextFormat";

QString place(int line)
{
    return QCoreApplication::translate(Context, "line %1").arg(line + 1);
}

bool isPipeRow(const QString &line)
{
    const QString t = line.trimmed();
    return t.size() >= 2 && t.startsWith(u'|');
}

bool isDelimiterRow(const QString &line)
{
    static const QRegularExpression delimiter(
        QStringLiteral("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$"));
    return delimiter.match(line.trimmed()).hasMatch();
}

std::optional<QString> heading(const QString &line)
{
    static const QRegularExpression atx(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$"));
    const auto m = atx.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1);
}

/// Emphasis, escapes, links, images and inline tags off; what is left is the text.
QString inlineText(QString text)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^<>]*>"));
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~\"'])"));
    text.remove(image);
    text.replace(link, QStringLiteral("\\1"));
    text.remove(tag);
    text.remove(QStringLiteral("**"));
    text.remove(QStringLiteral("__"));
    text.replace(escape, QStringLiteral("\\1"));
    // pandoc's Markdown writes “…” as "…" (its readers make them curly again): in Chinese
    // text, pairs of straight double quotes are the full-width ones.
    const bool chinese = std::any_of(text.cbegin(), text.cend(),
                                     [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    if (chinese && text.count(u'"') % 2 == 0) {
        bool open = true;
        for (QChar &c : text) {
            if (c == u'"') {
                c = open ? QChar(0x201C) : QChar(0x201D);
                open = !open;
            }
        }
    }
    return text;
}

QStringList pipeCells(const QString &line)
{
    QStringList cells;
    QString cell;
    const QString t = line.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == u'\\' && i + 1 < t.size() && t[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (t[i] == u'|') {
            cells << cell;
            cell.clear();
        } else {
            cell += t[i];
        }
    }
    cells << cell;
    // The outer pipes leave an empty field on each side.
    if (!cells.isEmpty() && cells.first().trimmed().isEmpty())
        cells.removeFirst();
    if (!cells.isEmpty() && t.endsWith(u'|') && cells.last().trimmed().isEmpty())
        cells.removeLast();
    for (QString &c : cells)
        c = TextNormalizer::trimmed(inlineText(c.replace(QStringLiteral("<br>"), QString())));
    // A pipe table pads every row to the widest: a row of a narrower sub-table (第二十条第（五）项
    // has one number where （一）项 has three) ends in empty fields that are not cells.
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

/// Lines of one paragraph are one text; Chinese has no space at a line end, Latin words do.
void appendLine(QString &paragraph, const QString &line)
{
    const QString t = TextNormalizer::trimmed(line);
    if (t.isEmpty())
        return;
    if (!paragraph.isEmpty() && paragraph.back().unicode() < 0x2E80 && paragraph.back().isLetterOrNumber()
        && t.front().unicode() < 0x2E80 && t.front().isLetterOrNumber())
        paragraph += u' ';
    paragraph += t;
}

/// "----- ------- ----": the dash line above and below a pandoc multiline table, its groups
/// giving the columns.
bool isDashLine(const QString &line)
{
    static const QRegularExpression dashes(QStringLiteral("^\\s*-{3,}(\\s+-{3,})+\\s*$"));
    return dashes.match(line).hasMatch();
}

/// The text of `line` between display columns [from, to) (to < 0: to the end), as pandoc lays
/// a table out: a Chinese character takes two columns.
QString slice(const QString &line, int from, int to)
{
    QString out;
    int column = 0;
    for (QChar c : line) {
        if (column >= from && (to < 0 || column < to))
            out += c;
        column += TextNormalizer::isWide(c) ? 2 : 1;
    }
    return out;
}

/// The rows of a pandoc multiline table between its dash lines: a row is a run of lines, each
/// cell the text under its column's dashes, its lines joined ("商业\" / "企业").
void multilineTable(const QStringList &lines, int open, int close, QVector<SourceBlock> &out)
{
    QVector<int> starts;
    const QString &rule = lines[open];
    for (int c = 0; c < rule.size(); ++c) {
        if (rule[c] == u'-' && (c == 0 || rule[c - 1] == u' '))
            starts << c;
    }
    QVector<QStringList> row;
    int rowLine = open + 1;
    auto flush = [&] {
        if (row.isEmpty())
            return;
        QStringList cells;
        for (int c = 0; c < starts.size(); ++c) {
            QString cell;
            for (const QStringList &lineCells : std::as_const(row)) {
                QString piece = TextNormalizer::trimmed(lineCells[c]);
                if (piece.endsWith(u'\\'))
                    piece.chop(1); // a line break inside the cell
                cell += piece;
            }
            cells << TextNormalizer::trimmed(inlineText(cell));
        }
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast(); // a narrower sub-table's row, padded to the table's width
        if (!cells.isEmpty())
            out.append(SourceBlock::row(cells, place(rowLine)));
        row.clear();
    };
    for (int i = open + 1; i < close; ++i) {
        if (TextNormalizer::trimmed(lines[i]).isEmpty()) {
            flush();
            continue;
        }
        if (row.isEmpty())
            rowLine = i;
        QStringList lineCells;
        for (int c = 0; c < starts.size(); ++c)
            lineCells << slice(lines[i], starts[c], c + 1 < starts.size() ? starts[c + 1] : -1);
        row << lineCells;
    }
    flush();
    out.append(SourceBlock::tableEnd());
}

/// The closing dash line of a multiline table opened at `open`, or -1.
int closingDashLine(const QStringList &lines, int open)
{
    for (int j = open + 1; j < lines.size() && j < open + 2000; ++j) {
        if (isDashLine(lines[j]))
            return j;
    }
    return -1;
}

} // namespace

bool looksLike(const QStringList &lines)
{
    int headings = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (isDashLine(lines[i]) && closingDashLine(lines, i) > i + 1)
            return true;
        if (isPipeRow(lines[i]) && i + 1 < lines.size() && isDelimiterRow(lines[i + 1]))
            return true;
        if (lines[i].trimmed().startsWith(QLatin1String("<table"), Qt::CaseInsensitive))
            return true;
        if (heading(lines[i]))
            ++headings;
    }
    return headings >= 2;
}

QVector<SourceBlock> blocks(const QStringList &lines)
{
    QVector<SourceBlock> out;
    QString paragraph;
    int paragraphLine = 0;
    auto flush = [&] {
        const QString text = TextNormalizer::trimmed(inlineText(paragraph));
        if (!text.isEmpty())
            out.append(SourceBlock::paragraph(text, place(paragraphLine)));
        paragraph.clear();
    };
    static const QRegularExpression listMarker(QStringLiteral("^\\s{0,3}([-*+]|>)\\s+"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_]\\s*){3,}$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().startsWith(QLatin1String("<table"), Qt::CaseInsensitive)) {
            // A table with merged cells, as HTML: read by the HTML reader, to its end tag.
            flush();
            QStringList html;
            int j = i;
            for (; j < lines.size(); ++j) {
                html << lines[j];
                if (lines[j].contains(QLatin1String("</table>"), Qt::CaseInsensitive))
                    break;
            }
            out += HtmlBlockReader::read(html.join(QLatin1Char('\n')).toUtf8(),
                                         HtmlBlockReader::Scope::Everything)
                       .blocks;
            i = qMin(j, int(lines.size()) - 1);
            continue;
        }
        if (isDashLine(line)) {
            if (const int close = closingDashLine(lines, i); close > i + 1) {
                flush();
                multilineTable(lines, i, close, out);
                i = close;
                continue;
            }
        }
        if (isPipeRow(line)) {
            flush();
            int j = i;
            for (; j < lines.size() && isPipeRow(lines[j]); ++j) {
                if (isDelimiterRow(lines[j]))
                    continue;
                const QStringList cells = pipeCells(lines[j]);
                bool any = false;
                for (const QString &c : cells)
                    any |= !c.isEmpty();
                if (any)
                    out.append(SourceBlock::row(cells, place(j)));
            }
            out.append(SourceBlock::tableEnd());
            i = j - 1;
            continue;
        }
        if (const auto h = heading(line)) {
            flush();
            paragraphLine = i;
            paragraph = *h;
            flush();
            continue;
        }
        if (TextNormalizer::trimmed(line).isEmpty() || rule.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (paragraph.isEmpty())
            paragraphLine = i;
        QString text = line;
        text.remove(listMarker);
        // A hard line break ("\" or two spaces at the end) stays inside the paragraph.
        if (text.endsWith(u'\\'))
            text.chop(1);
        appendLine(paragraph, text);
    }
    flush();
    return out;
}

} // namespace nianbao::MarkdownText
