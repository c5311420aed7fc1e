#include "io/html/HtmlBlockReader.h"

#include "base/TextNormalizer.h"
#include "io/import/ReportAssembler.h"
#include "io/import/TableRecognizer.h"

#include <QMap>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>

namespace nianbao {

namespace {

// Deeper than this the page is hostile, not a report: the rest is not read. libxml2 stops
// far below this too; the walk is bounded on its own so that no input can exhaust the stack.
constexpr int MaxDepth = 400;
// A rowspan or colspan larger than any real table: clamped, so a hostile span cannot make
// millions of empty cells.
constexpr int MaxSpan = 200;

bool is(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE
        && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

bool isAnyOf(const xmlNode *node, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (is(node, n))
            return true;
    }
    return false;
}

bool isSkipped(const xmlNode *node)
{
    return isAnyOf(node,
                   { "script", "style", "noscript", "template", "head", "select", "option", "textarea",
                     "button", "iframe", "object", "svg", "math", "input", "map" });
}

bool isBlock(const xmlNode *node)
{
    return isAnyOf(node,
                   { "p",       "div",    "h1",       "h2",    "h3",     "h4",         "h5",      "h6",
                     "li",      "ul",     "ol",       "dl",    "dt",     "dd",         "section", "article",
                     "header",  "footer", "nav",      "aside", "main",   "blockquote", "pre",     "center",
                     "address", "form",   "fieldset", "hr",    "figure", "figcaption", "body",    "html",
                     "caption", "tr",     "td",       "th",    "table",  "tbody",      "thead",   "tfoot" });
}

int spanOf(const xmlNode *cell, const char *attribute)
{
    xmlChar *value = xmlGetProp(cell, reinterpret_cast<const xmlChar *>(attribute));
    if (!value)
        return 1;
    const int n = QByteArray(reinterpret_cast<const char *>(value)).trimmed().toInt();
    xmlFree(value);
    return qBound(1, n, MaxSpan);
}

bool containsTable(const xmlNode *node, int depth = 0)
{
    if (depth > MaxDepth)
        return false;
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "table") || containsTable(c, depth + 1))
            return true;
    }
    return false;
}

/// White space as a browser lays it out: runs of spaces, tabs and line ends are one space,
/// and none where the source broke a line between two Chinese characters (CMS editors wrap
/// long lines; the reader sees no gap there). No-break spaces (&nbsp;) stay.
QString collapsed(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const QChar c = raw[i];
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            bool lineEnd = false;
            qsizetype j = i;
            for (; j < raw.size()
                 && (raw[j] == u' ' || raw[j] == u'\t' || raw[j] == u'\n' || raw[j] == u'\r'
                     || raw[j] == u'\f');
                 ++j)
                lineEnd |= raw[j] == u'\n' || raw[j] == u'\r';
            const bool between = !out.isEmpty() && j < raw.size() && TextNormalizer::isWide(out.back())
                && TextNormalizer::isWide(raw[j]);
            if (!(lineEnd && between))
                out.append(u' ');
            i = j;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

QString textOf(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->content));
}

int lineOf(const xmlNode *node)
{
    return int(xmlGetLineNo(node));
}

struct RawBlock
{
    SourceBlock block;
    const xmlNode *node = nullptr; ///< the element it was read from, for finding the report
};

class Walker
{
public:
    QVector<RawBlock> blocks;
    QVector<const xmlNode *> images;
    QString pageTitle;

    void walk(const xmlNode *node, int depth)
    {
        if (depth > MaxDepth)
            return;
        for (const xmlNode *c = node; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                if (m_paragraph.isEmpty())
                    m_paragraphNode = c->parent;
                m_paragraph += textOf(c);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (is(c, "head")) {
                for (const xmlNode *h = c->children; h; h = h->next) {
                    if (is(h, "title") && pageTitle.isEmpty())
                        pageTitle = TextNormalizer::trimmed(collapsed(cellText(h, depth)));
                }
                continue;
            }
            if (isSkipped(c))
                continue;
            if (is(c, "img")) {
                images.append(c);
                continue;
            }
            if (is(c, "br")) {
                flush();
                continue;
            }
            if (is(c, "table") && !containsTable(c)) {
                flush();
                table(c, depth + 1);
                continue;
            }
            const bool block = isBlock(c);
            if (block)
                flush();
            walk(c->children, depth + 1);
            if (block)
                flush();
        }
    }

    void flush()
    {
        const QString text = TextNormalizer::trimmed(collapsed(m_paragraph));
        m_paragraph.clear();
        if (text.isEmpty())
            return;
        const xmlNode *node = m_paragraphNode;
        blocks.append(
            { SourceBlock::paragraph(text, HtmlBlockReader::tr("line %1").arg(lineOf(node))), node });
    }

private:
    /// The rows of a table without tables inside: thead, tbody and tfoot are walked through.
    void collectRows(const xmlNode *node, QVector<const xmlNode *> &rows, int depth)
    {
        if (depth > MaxDepth)
            return;
        for (const xmlNode *c = node->children; c; c = c->next) {
            if (is(c, "tr"))
                rows.append(c);
            else if (c->type == XML_ELEMENT_NODE && !isSkipped(c) && !is(c, "td") && !is(c, "th"))
                collectRows(c, rows, depth + 1);
        }
    }

    void table(const xmlNode *node, int depth)
    {
        QVector<const xmlNode *> rows;
        collectRows(node, rows, depth);
        struct Covered
        {
            int rowsLeft;
        };
        QMap<int, Covered> covered; // grid column → a rowspan from above that covers it
        bool any = false;
        for (const xmlNode *tr : std::as_const(rows)) {
            QStringList cells;
            QSet<int> used;
            int column = 0;
            auto coveredHere = [&] {
                while (covered.contains(column) && !used.contains(column)) {
                    cells << QString();
                    used.insert(column);
                    ++column;
                }
            };
            for (const xmlNode *td = tr->children; td; td = td->next) {
                if (!is(td, "td") && !is(td, "th"))
                    continue;
                coveredHere();
                cells << TextNormalizer::trimmed(cellText(td, depth));
                const int colspan = spanOf(td, "colspan");
                const int rowspan = spanOf(td, "rowspan");
                if (rowspan > 1)
                    covered.insert(column, { rowspan }); // counted down below, this row included
                used.insert(column);
                column += colspan;
            }
            // Spans from above past the last cell of this row.
            for (auto it = covered.begin(); it != covered.end(); ++it) {
                if (it.key() >= column && !used.contains(it.key())) {
                    cells << QString();
                    used.insert(it.key());
                }
            }
            for (auto it = covered.begin(); it != covered.end();) {
                if (--it->rowsLeft <= 0)
                    it = covered.erase(it);
                else
                    ++it;
            }
            bool hasText = false;
            for (const QString &c : std::as_const(cells))
                hasText |= !c.isEmpty();
            if (!hasText)
                continue;
            blocks.append({ SourceBlock::row(cells, HtmlBlockReader::tr("line %1").arg(lineOf(tr))), node });
            any = true;
        }
        if (any)
            blocks.append({ SourceBlock::tableEnd(), node });
        // Pictures inside a data table are pictures of its cells.
        collectImages(node, depth);
    }

    void collectImages(const xmlNode *node, int depth)
    {
        if (depth > MaxDepth)
            return;
        for (const xmlNode *c = node->children; c; c = c->next) {
            if (is(c, "img"))
                images.append(c);
            else if (c->type == XML_ELEMENT_NODE)
                collectImages(c, depth + 1);
        }
    }

    /// A cell's text: its lines (<br>, <p>, <div>) joined, as a .docx cell's paragraphs are.
    QString cellText(const xmlNode *node, int depth)
    {
        QStringList lines { QString() };
        cellLines(node->children, lines, depth);
        QString out;
        for (const QString &line : std::as_const(lines)) {
            const QString t = TextNormalizer::trimmed(collapsed(line));
            if (t.isEmpty())
                continue;
            // Latin words keep a space between them; Chinese has none.
            if (!out.isEmpty() && out.back().isLetterOrNumber() && !TextNormalizer::isWide(out.back())
                && t.front().isLetterOrNumber() && !TextNormalizer::isWide(t.front()))
                out += u' ';
            out += t;
        }
        return out;
    }

    void cellLines(const xmlNode *node, QStringList &lines, int depth)
    {
        if (depth > MaxDepth)
            return;
        for (const xmlNode *c = node; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                lines.last() += textOf(c);
            } else if (c->type == XML_ELEMENT_NODE && !isSkipped(c)) {
                const bool block = is(c, "br") || isBlock(c);
                if (block)
                    lines << QString();
                cellLines(c->children, lines, depth + 1);
                if (block)
                    lines << QString();
            }
        }
    }

    QString m_paragraph;
    const xmlNode *m_paragraphNode = nullptr;
};

bool isKey(const SourceBlock &block)
{
    if (block.kind == SourceBlock::Kind::Paragraph)
        return ReportAssembler::matchSectionHeading(block.text).has_value();
    if (block.kind != SourceBlock::Kind::TableRow)
        return false;
    for (const QString &cell : block.cells) {
        if (TableRecognizer::startsRow(cell) || TableRecognizer::startsTable(cell, QString()))
            return true;
    }
    return false;
}

QVector<const xmlNode *> ancestry(const xmlNode *node)
{
    QVector<const xmlNode *> chain;
    for (; node; node = node->parent)
        chain.prepend(node);
    return chain;
}

bool within(const xmlNode *node, const xmlNode *region)
{
    for (; node; node = node->parent) {
        if (node == region)
            return true;
    }
    return false;
}

bool namesReport(const QString &text)
{
    const QString c = TextNormalizer::compact(text);
    return c.size() <= 80 && c.contains(u"政府信息公开") && c.contains(u"报告");
}

struct DocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

} // namespace

HtmlBlockReader::Result HtmlBlockReader::read(const QByteArray &utf8, Scope scope)
{
    Result result;
    if (utf8.isEmpty())
        return result;
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(
        utf8.constData(), int(qMin<qsizetype>(utf8.size(), INT_MAX)), nullptr, "UTF-8", options));
    if (!doc)
        return result;
    Walker walker;
    walker.walk(xmlDocGetRootElement(doc.get()), 0);
    walker.flush();

    if (scope == Scope::Everything) {
        for (const RawBlock &b : std::as_const(walker.blocks))
            result.blocks.append(b.block);
        result.images = int(walker.images.size());
        return result;
    }
    // The report's region: the deepest element holding every section heading and table row
    // that the report's own words identify.
    QVector<const xmlNode *> common;
    int firstKey = -1;
    for (int i = 0; i < walker.blocks.size(); ++i) {
        const RawBlock &b = walker.blocks[i];
        if (!b.node || !isKey(b.block))
            continue;
        const QVector<const xmlNode *> chain = ancestry(b.node);
        if (firstKey < 0) {
            common = chain;
            firstKey = i;
            continue;
        }
        int n = 0;
        while (n < common.size() && n < chain.size() && common[n] == chain[n])
            ++n;
        common.resize(n);
    }
    const xmlNode *region = common.isEmpty() ? nullptr : common.last();
    // A region that is a single table row's table: widen to its parent, where the prose is.
    if (region && is(region, "table") && region->parent)
        region = region->parent;

    bool titleInside = false;
    int firstInside = -1;
    for (int i = 0; i < walker.blocks.size(); ++i) {
        const RawBlock &b = walker.blocks[i];
        if (region && !within(b.node, region))
            continue;
        if (firstInside < 0)
            firstInside = i;
        if (i <= firstKey && b.block.kind == SourceBlock::Kind::Paragraph) {
            // A title over two or three lines (<br> in an <h1>) names the report only whole.
            QString joined;
            for (int k = i; k < i + 3 && k < walker.blocks.size()
                 && walker.blocks[k].block.kind == SourceBlock::Kind::Paragraph && !titleInside;
                 ++k) {
                joined += walker.blocks[k].block.text;
                titleInside = namesReport(joined);
            }
        }
        result.blocks.append(b.block);
    }
    if (region && !titleInside) {
        // The title stands above the article body: the nearest paragraph before it that names
        // the report, else the page's <title> without the site's name.
        QString title;
        for (int i = firstInside - 1; i >= 0 && title.isEmpty(); --i) {
            const SourceBlock &b = walker.blocks[i].block;
            if (b.kind == SourceBlock::Kind::Paragraph && namesReport(b.text))
                title = b.text;
        }
        if (title.isEmpty() && namesReport(walker.pageTitle)) {
            title = walker.pageTitle;
            for (const QChar sep : { u'_', u'|', u'－', u'—' }) {
                const qsizetype at = title.indexOf(sep);
                if (at > 0 && namesReport(title.left(at)))
                    title = title.left(at);
            }
            title = TextNormalizer::trimmed(title);
        }
        if (!title.isEmpty())
            result.blocks.prepend(SourceBlock::paragraph(title, tr("title")));
    }
    for (const xmlNode *img : std::as_const(walker.images)) {
        if (!region || within(img, region))
            ++result.images;
    }
    return result;
}

} // namespace nianbao
