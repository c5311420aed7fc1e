#include "io/docx/DocxDocumentParser.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

#include <utility>

namespace nianbao {

namespace {

const QString kTransitional = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kStrict = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString kMarkupCompatibility
    = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");

// Word allows at most 63 columns in a table: a count read from the file (w:gridBefore,
// w:gridAfter) is clamped to that, so a hostile number cannot make us allocate billions of cells.
constexpr int MaxGridColumns = 63;

struct Row
{
    QStringList cells;
    QVector<QStringList> cellComments;
    int gridAfter = 0;
};

struct Cell
{
    QString text;
    bool continuesMerge = false;
    QStringList comments;
};

// Word puts a comment's range marks anywhere: inside a paragraph, between paragraphs, around
// a whole table cell. A comment belongs where its range starts: the paragraph it is in, or
// the next one to begin. A comment read counts against the limits like text does.
constexpr int MaxComments = 10000;
constexpr int MaxQuote = 200;

} // namespace

bool DocxDocumentParser::parse(const QByteArray &bytes, const QString &partName, QVector<SourceBlock> &blocks,
                               FormatError &error, QHash<QString, QString> *quotes)
{
    QXmlStreamReader xml(bytes);
    QVector<QString> paragraphs; // a stack: text boxes put paragraphs inside paragraphs
    QVector<bool> numbered; // the same stack: does the paragraph have w:numPr
    int tableDepth = 0;
    int depth = 0; // element nesting, bounded by MaxDepth
    int textDepth = 0; // inside how many w:t: their characters are the text
    Row row;
    Cell cell;
    bool inCell = false;
    bool sawRoot = false;
    QVector<QStringList> paragraphComments; // the same stack: comments starting in each paragraph
    QStringList pendingComments; // started between paragraphs: they go to the next one
    QStringList openRanges; // comments whose range is open: text goes to their quote
    QSet<QString> seenComments;

    auto isW = [&xml] { return xml.namespaceUri() == kTransitional || xml.namespaceUri() == kStrict; };
    auto append = [&](const QString &text) {
        if (!paragraphs.isEmpty())
            paragraphs.last() += text;
        if (quotes) {
            // A quote is a few words; a range left open over the whole file must not copy it
            // once per comment.
            for (const QString &id : std::as_const(openRanges)) {
                QString &quote = (*quotes)[id];
                if (quote.size() < MaxQuote)
                    quote += text.left(MaxQuote - quote.size());
            }
        }
    };
    auto countAttr = [&xml](const char *name) {
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            if (a.name() == QLatin1String(name))
                return qBound(0, a.value().toInt(), MaxGridColumns);
        }
        return 0;
    };
    auto skip = [&xml, &depth] {
        xml.skipCurrentElement();
        --depth; // its end element was consumed by the skip
    };
    auto attr = [&xml](const char *name) -> QString {
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            if (a.name() == QLatin1String(name))
                return a.value().toString();
        }
        return QString();
    };

    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            error = FormatError { QString(), partName,
                                  tr("contains a DTD, which Office files never do; refused") };
            return false;
        }
        if (xml.isCharacters()) {
            if (textDepth > 0)
                append(xml.text().toString());
            continue;
        }
        if (xml.isStartElement()) {
            if (++depth > MaxDepth) {
                error = FormatError { QString(), partName,
                                      tr("elements nested more than %1 deep (line %2); refused")
                                          .arg(MaxDepth)
                                          .arg(xml.lineNumber()) };
                return false;
            }
            if (!sawRoot) {
                sawRoot = true;
                if (!isW()) {
                    error = FormatError {
                        QString(), partName,
                        tr("not a Word document body (namespace %1)").arg(xml.namespaceUri())
                    };
                    return false;
                }
            }
            const QStringView name = xml.name();
            if (xml.namespaceUri() == kMarkupCompatibility && name == u"Fallback") {
                skip(); // the same content as mc:Choice, for old readers
                continue;
            }
            if (!isW())
                continue;
            if (name == u"del" || name == u"instrText" || name == u"delInstrText" || name == u"delText"
                || name == u"fldData") {
                skip();
            } else if (name == u"p") {
                paragraphs.append(QString());
                numbered.append(false);
                paragraphComments.append(pendingComments);
                pendingComments.clear();
            } else if ((name == u"commentRangeStart" || name == u"commentReference")
                       && seenComments.size() < MaxComments) {
                const QString id = attr("id");
                if (!id.isEmpty() && !seenComments.contains(id)) {
                    seenComments.insert(id);
                    if (name == u"commentRangeStart")
                        openRanges << id;
                    if (inCell && tableDepth == 1)
                        cell.comments << id;
                    else if (!paragraphComments.isEmpty())
                        paragraphComments.last() << id;
                    else
                        pendingComments << id;
                }
            } else if (name == u"commentRangeEnd") {
                openRanges.removeAll(attr("id"));
            } else if (name == u"numPr" && !numbered.isEmpty()) {
                numbered.last() = true;
            } else if (name == u"t") {
                ++textDepth; // read as a flat stream: nesting costs no stack
            } else if (textDepth > 0) {
                // an element inside w:t (not Word's, but seen): its text counts, nothing else
            } else if (name == u"tab" && !paragraphs.isEmpty()) {
                append(QStringLiteral(" "));
            } else if ((name == u"br" && attr("type") != u"page" && attr("type") != u"column")
                       || name == u"cr") {
                append(QStringLiteral("\n"));
            } else if (name == u"noBreakHyphen") {
                append(QStringLiteral("-"));
            } else if (name == u"tbl") {
                ++tableDepth;
            } else if (tableDepth == 1 && name == u"tr") {
                row = Row();
            } else if (tableDepth == 1 && name == u"gridBefore") {
                for (int i = countAttr("val"); i > 0; --i)
                    row.cells << QString();
            } else if (tableDepth == 1 && name == u"gridAfter") {
                row.gridAfter = countAttr("val");
            } else if (tableDepth == 1 && name == u"tc") {
                cell = Cell();
                inCell = true;
            } else if (tableDepth == 1 && inCell && name == u"vMerge") {
                const QString val = attr("val");
                cell.continuesMerge = val.isEmpty() || val == u"continue";
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (!isW())
                continue;
            const QStringView name = xml.name();
            if (name == u"t") {
                textDepth = qMax(0, textDepth - 1);
            } else if (name == u"p" && !paragraphs.isEmpty()) {
                const QString text = paragraphs.takeLast();
                const bool listItem = numbered.takeLast();
                QStringList comments = paragraphComments.takeLast();
                if (tableDepth == 0) {
                    for (const QString &line : text.split(QLatin1Char('\n'))) {
                        SourceBlock block = SourceBlock::paragraph(line, partName);
                        block.autoNumbered = listItem;
                        block.comments = std::exchange(comments, {}); // on the paragraph's first line
                        blocks.append(block);
                    }
                } else if (inCell) {
                    cell.text += (cell.text.isEmpty() ? QString() : QStringLiteral("\n")) + text;
                }
            } else if (tableDepth == 1 && name == u"tc") {
                row.cells << (cell.continuesMerge ? QString() : cell.text);
                row.cellComments.resize(row.cells.size());
                row.cellComments.last() = cell.comments;
                inCell = false;
            } else if (tableDepth == 1 && name == u"tr") {
                for (int i = 0; i < row.gridAfter; ++i)
                    row.cells << QString();
                if (!row.cells.isEmpty()) {
                    SourceBlock block = SourceBlock::row(row.cells, partName);
                    block.cellComments = row.cellComments;
                    block.cellComments.resize(row.cells.size());
                    blocks.append(block);
                }
            } else if (name == u"tbl") {
                --tableDepth;
                if (tableDepth == 0)
                    blocks.append(SourceBlock::tableEnd());
            }
        }
    }
    if (xml.hasError()) {
        error = FormatError {
            QString(),
            tr("%1 line %2, column %3").arg(partName).arg(xml.lineNumber()).arg(xml.columnNumber()),
            tr("not valid XML (%1)").arg(xml.errorString())
        };
        return false;
    }
    if (!sawRoot) {
        error = FormatError { QString(), partName, tr("empty document") };
        return false;
    }
    return true;
}

} // namespace nianbao
