#include "io/docx/DocxDocumentParser.h"

#include "io/docx/ExpatReader.h"

#include <QCoreApplication>
#include <QSet>

#include <cstring>
#include <utility>

namespace nianbao {

namespace {

using Namespace = ExpatReader::Namespace;

// Word allows at most 63 columns in a table: a count read from the file (w:gridBefore,
// w:gridAfter) is clamped to that, so a hostile number cannot make us allocate billions of cells.
constexpr int MaxGridColumns = 63;

// Word puts a comment's range marks anywhere: inside a paragraph, between paragraphs, around
// a whole table cell. A comment belongs where its range starts: the paragraph it is in, or
// the next one to begin. A comment read counts against the limits like text does.
constexpr int MaxComments = 10000;
constexpr int MaxQuote = 200;

bool is(const char *name, const char *word)
{
    return std::strcmp(name, word) == 0;
}

int clampedCount(const char *value)
{
    if (!value)
        return 0;
    bool ok = false;
    const int n = QByteArray(value).trimmed().toInt(&ok);
    return ok ? qBound(0, n, MaxGridColumns) : 0;
}

/// The document body as events: paragraphs collect their text as UTF-8 (converted once, when
/// the paragraph ends), table rows their cells, comment marks their places.
class BodyReader : public ExpatReader::Handler
{
public:
    BodyReader(ExpatReader &reader, const QString &partName, QVector<SourceBlock> &blocks,
               QHash<QString, QString> *quotes)
        : m_reader(reader)
        , m_partName(partName)
        , m_blocks(blocks)
        , m_quotes(quotes)
    {
    }

    bool sawRoot = false;

    void start(Namespace ns, const char *name, const char **attributes) override
    {
        if (m_skipDepth > 0) {
            ++m_skipDepth;
            return;
        }
        if (!sawRoot) {
            sawRoot = true;
            if (ns != Namespace::Word) {
                m_reader.stop(DocxDocumentParser::tr(
                    "not a Word document body (the root element is not WordprocessingML)"));
                return;
            }
        }
        if (ns == Namespace::MarkupCompatibility && is(name, "Fallback")) {
            m_skipDepth = 1; // the same content as mc:Choice, for old readers
            return;
        }
        if (ns != Namespace::Word)
            return;
        if (is(name, "del") || is(name, "instrText") || is(name, "delInstrText") || is(name, "delText")
            || is(name, "fldData")) {
            m_skipDepth = 1;
        } else if (is(name, "p")) {
            m_paragraphs.append(QByteArray());
            m_numbered.append(false);
            m_paragraphComments.append(m_pendingComments);
            m_pendingComments.clear();
        } else if ((is(name, "commentRangeStart") || is(name, "commentReference"))
                   && m_seenComments.size() < MaxComments) {
            const QString id = QString::fromUtf8(ExpatReader::attribute(attributes, "id"));
            if (!id.isEmpty() && !m_seenComments.contains(id)) {
                m_seenComments.insert(id);
                if (is(name, "commentRangeStart"))
                    m_openRanges << id;
                if (m_inCell && m_tableDepth == 1)
                    m_cell.comments << id;
                else if (!m_paragraphComments.isEmpty())
                    m_paragraphComments.last() << id;
                else
                    m_pendingComments << id;
            }
        } else if (is(name, "commentRangeEnd")) {
            m_openRanges.removeAll(QString::fromUtf8(ExpatReader::attribute(attributes, "id")));
        } else if (is(name, "numPr") && !m_numbered.isEmpty()) {
            m_numbered.last() = true;
        } else if (is(name, "t")) {
            ++m_textDepth; // read as a flat stream: nesting costs no stack
        } else if (m_textDepth > 0) {
            // an element inside w:t (not Word's, but seen): its text counts, nothing else
        } else if (is(name, "tab") && !m_paragraphs.isEmpty()) {
            append(" ", 1);
        } else if (is(name, "br") || is(name, "cr")) {
            const char *type = ExpatReader::attribute(attributes, "type");
            if (is(name, "cr") || !type || (!is(type, "page") && !is(type, "column")))
                append("\n", 1);
        } else if (is(name, "noBreakHyphen")) {
            append("-", 1);
        } else if (is(name, "tbl")) {
            ++m_tableDepth;
        } else if (m_tableDepth == 1) {
            startInTable(name, attributes);
        }
    }

    void end(Namespace ns, const char *name) override
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return;
        }
        if (ns != Namespace::Word)
            return;
        if (is(name, "t")) {
            m_textDepth = qMax(0, m_textDepth - 1);
        } else if (is(name, "p") && !m_paragraphs.isEmpty()) {
            endParagraph();
        } else if (m_tableDepth == 1 && is(name, "tc")) {
            m_row.cells << (m_cell.continuesMerge ? QString() : m_cell.text);
            m_row.cellComments.resize(m_row.cells.size());
            m_row.cellComments.last() = m_cell.comments;
            m_inCell = false;
        } else if (m_tableDepth == 1 && is(name, "tr")) {
            for (int i = 0; i < m_row.gridAfter; ++i)
                m_row.cells << QString();
            if (!m_row.cells.isEmpty()) {
                SourceBlock block = SourceBlock::row(m_row.cells, m_partName);
                block.cellComments = m_row.cellComments;
                block.cellComments.resize(m_row.cells.size());
                m_blocks.append(block);
            }
        } else if (is(name, "tbl")) {
            --m_tableDepth;
            if (m_tableDepth == 0)
                m_blocks.append(SourceBlock::tableEnd());
        }
    }

    void text(const char *utf8, int length) override
    {
        if (m_skipDepth == 0 && m_textDepth > 0)
            append(utf8, length);
    }

private:
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

    void startInTable(const char *name, const char **attributes)
    {
        if (is(name, "tr")) {
            m_row = Row();
        } else if (is(name, "gridBefore")) {
            for (int i = clampedCount(ExpatReader::attribute(attributes, "val")); i > 0; --i)
                m_row.cells << QString();
        } else if (is(name, "gridAfter")) {
            m_row.gridAfter = clampedCount(ExpatReader::attribute(attributes, "val"));
        } else if (is(name, "tc")) {
            m_cell = Cell();
            m_inCell = true;
        } else if (m_inCell && is(name, "vMerge")) {
            const char *val = ExpatReader::attribute(attributes, "val");
            m_cell.continuesMerge = !val || !*val || is(val, "continue");
        }
    }

    void append(const char *utf8, int length)
    {
        if (!m_paragraphs.isEmpty())
            m_paragraphs.last().append(utf8, length);
        if (m_quotes && !m_openRanges.isEmpty()) {
            // A quote is a few words; a range left open over the whole file must not copy it
            // once per comment.
            const QString text = QString::fromUtf8(utf8, length);
            for (const QString &id : std::as_const(m_openRanges)) {
                QString &quote = (*m_quotes)[id];
                if (quote.size() < MaxQuote)
                    quote += text.left(MaxQuote - quote.size());
            }
        }
    }

    void endParagraph()
    {
        const QString text = QString::fromUtf8(m_paragraphs.takeLast());
        const bool listItem = m_numbered.takeLast();
        QStringList comments = m_paragraphComments.takeLast();
        if (m_tableDepth == 0) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                SourceBlock block = SourceBlock::paragraph(line, m_partName);
                block.autoNumbered = listItem;
                block.comments = std::exchange(comments, {}); // on the paragraph's first line
                m_blocks.append(block);
            }
        } else if (m_inCell) {
            m_cell.text += (m_cell.text.isEmpty() ? QString() : QStringLiteral("\n")) + text;
        }
    }

    ExpatReader &m_reader;
    const QString &m_partName;
    QVector<SourceBlock> &m_blocks;
    QHash<QString, QString> *m_quotes;

    QVector<QByteArray> m_paragraphs; // a stack: text boxes put paragraphs inside paragraphs
    QVector<bool> m_numbered; // the same stack: does the paragraph have w:numPr
    QVector<QStringList> m_paragraphComments; // the same stack: comments starting in each paragraph
    QStringList m_pendingComments; // started between paragraphs: they go to the next one
    QStringList m_openRanges; // comments whose range is open: text goes to their quote
    QSet<QString> m_seenComments;
    int m_tableDepth = 0;
    int m_textDepth = 0; // inside how many w:t: their characters are the text
    int m_skipDepth = 0; // inside an element left out (deleted text, field codes, fallbacks)
    Row m_row;
    Cell m_cell;
    bool m_inCell = false;
};

} // namespace

bool DocxDocumentParser::parse(const QByteArray &bytes, const QString &partName, QVector<SourceBlock> &blocks,
                               FormatError &error, QHash<QString, QString> *quotes)
{
    ExpatReader reader(MaxDepth);
    BodyReader body(reader, partName, blocks, quotes);
    ExpatReader::Failure failure;
    if (!reader.read(bytes, body, failure)) {
        if (failure.malformed) {
            error = FormatError {
                QString(), tr("%1 line %2, column %3").arg(partName).arg(failure.line).arg(failure.column),
                tr("not valid XML (%1)").arg(failure.reason)
            };
        } else {
            error = FormatError { QString(), partName, failure.reason };
        }
        return false;
    }
    if (!body.sawRoot) {
        error = FormatError { QString(), partName, tr("empty document") };
        return false;
    }
    return true;
}

} // namespace nianbao
