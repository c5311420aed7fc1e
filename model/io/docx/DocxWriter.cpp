#include "io/docx/DocxWriter.h"

#include "base/ChineseNumerals.h"
#include "core/PrintedLayout.h"
#include "core/Report.h"
#include "io/docx/DocxComments.h"
#include "io/docx/DocxParts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace nianbao {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// Text width of the A4 page between GB/T 9704 margins (156 mm), in twips.
constexpr int TextWidth = 8844;

class BodyWriter
{
public:
    explicit BodyWriter(QXmlStreamWriter &xml)
        : x(xml)
    {
    }

    void paragraph(const QString &style, const QString &text, const QString &jc = {},
                   const QVector<const Annotation *> &comments = {})
    {
        x.writeStartElement(W, QStringLiteral("p"));
        x.writeStartElement(W, QStringLiteral("pPr")); // pStyle, …, jc: schema order
        empty(QStringLiteral("pStyle"), style);
        if (!jc.isEmpty())
            empty(QStringLiteral("jc"), jc);
        x.writeEndElement();
        if (comments.isEmpty()) {
            run(text);
        } else {
            // The range covers the words a comment quotes when they are all the same and in
            // the text, otherwise the whole paragraph.
            const QString quote = comments.first()->target.quote;
            bool sameQuote = !quote.isEmpty() && text.contains(quote);
            for (const Annotation *a : comments)
                sameQuote = sameQuote && a->target.quote == quote;
            const qsizetype at = sameQuote ? text.indexOf(quote) : 0;
            const qsizetype length = sameQuote ? quote.size() : text.size();
            run(text.left(at));
            const QVector<int> ids = m_comments ? m_comments->idsOf(comments) : QVector<int>();
            for (int id : ids)
                commentMark(QStringLiteral("commentRangeStart"), id);
            run(text.mid(at, length));
            for (int id : ids)
                commentMark(QStringLiteral("commentRangeEnd"), id);
            for (int id : ids) {
                x.writeStartElement(W, QStringLiteral("r"));
                commentMark(QStringLiteral("commentReference"), id);
                x.writeEndElement();
            }
            run(text.mid(at + length));
        }
        x.writeEndElement();
    }

    void commentMark(const QString &element, int id)
    {
        x.writeEmptyElement(W, element);
        x.writeAttribute(W, QStringLiteral("id"), QString::number(id));
    }

    void setComments(DocxComments *comments) { m_comments = comments; }

    void run(const QString &text)
    {
        if (text.isEmpty())
            return;
        x.writeStartElement(W, QStringLiteral("r"));
        x.writeStartElement(W, QStringLiteral("t"));
        if (text.front().isSpace() || text.back().isSpace())
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeEndElement();
    }

    void empty(const QString &name, const QString &val = {})
    {
        x.writeEmptyElement(W, name);
        if (!val.isNull())
            x.writeAttribute(W, QStringLiteral("val"), val);
    }

    void table(const Report &report, TableId id)
    {
        const PrintedTable &t = PrintedLayout::table(id);
        int weights = 0;
        for (int w : t.columnWeights)
            weights += w;
        QVector<int> widths;
        int used = 0;
        for (int i = 0; i < t.gridColumns; ++i) {
            const int w
                = i + 1 == t.gridColumns ? TextWidth - used : TextWidth * t.columnWeights[i] / weights;
            widths << w;
            used += w;
        }

        x.writeStartElement(W, QStringLiteral("tbl"));
        x.writeStartElement(W,
                            QStringLiteral("tblPr")); // tblStyle, tblW, jc, tblBorders, tblLayout, tblCellMar
        empty(QStringLiteral("tblStyle"), QStringLiteral("ReportTable"));
        x.writeEmptyElement(W, QStringLiteral("tblW"));
        x.writeAttribute(W, QStringLiteral("w"), QString::number(TextWidth));
        x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
        empty(QStringLiteral("jc"), QStringLiteral("center"));
        x.writeStartElement(W, QStringLiteral("tblBorders"));
        for (const char *side : { "top", "left", "bottom", "right", "insideH", "insideV" }) {
            x.writeEmptyElement(W, QString::fromLatin1(side));
            x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("single"));
            x.writeAttribute(W, QStringLiteral("sz"), QStringLiteral("4"));
            x.writeAttribute(W, QStringLiteral("space"), QStringLiteral("0"));
            x.writeAttribute(W, QStringLiteral("color"), QStringLiteral("000000"));
        }
        x.writeEndElement();
        x.writeEmptyElement(W, QStringLiteral("tblLayout"));
        x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("fixed"));
        x.writeEndElement(); // tblPr

        x.writeStartElement(W, QStringLiteral("tblGrid"));
        for (int w : widths) {
            x.writeEmptyElement(W, QStringLiteral("gridCol"));
            x.writeAttribute(W, QStringLiteral("w"), QString::number(w));
        }
        x.writeEndElement();

        for (const PrintedRow &row : t.rows) {
            x.writeStartElement(W, QStringLiteral("tr"));
            x.writeStartElement(W, QStringLiteral("trPr"));
            empty(QStringLiteral("cantSplit"));
            if (row.header)
                empty(QStringLiteral("tblHeader"));
            x.writeEndElement();
            for (const PrintedCell &c : row.cells) {
                int width = 0;
                for (int i = c.column; i < c.column + c.columnSpan; ++i)
                    width += widths[i];
                x.writeStartElement(W, QStringLiteral("tc"));
                x.writeStartElement(W, QStringLiteral("tcPr")); // tcW, gridSpan, vMerge, vAlign
                x.writeEmptyElement(W, QStringLiteral("tcW"));
                x.writeAttribute(W, QStringLiteral("w"), QString::number(width));
                x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
                if (c.columnSpan > 1)
                    empty(QStringLiteral("gridSpan"), QString::number(c.columnSpan));
                if (c.kind == PrintedCell::Kind::Covered)
                    empty(QStringLiteral("vMerge"), QString());
                else if (c.rowSpan > 1)
                    empty(QStringLiteral("vMerge"), QStringLiteral("restart"));
                empty(QStringLiteral("vAlign"), QStringLiteral("center"));
                x.writeEndElement(); // tcPr
                QString text;
                if (c.kind == PrintedCell::Kind::Label)
                    text = c.text;
                else if (c.kind == PrintedCell::Kind::Value)
                    text = report.value(c.value).toString();
                const bool centred = c.kind == PrintedCell::Kind::Value || row.header;
                // Every cell ends with a paragraph, even an empty one.
                paragraph(QStringLiteral("TableText"), text,
                          centred ? QStringLiteral("center") : QStringLiteral("left"),
                          c.kind == PrintedCell::Kind::Value && m_comments
                              ? m_comments->at(AnnotationPlaces::cell(c.value))
                              : QVector<const Annotation *>());
                x.writeEndElement(); // tc
            }
            x.writeEndElement(); // tr
        }
        x.writeEndElement(); // tbl
    }

private:
    QXmlStreamWriter &x;
    DocxComments *m_comments = nullptr;
};

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data, FormatError &error)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION)) {
        error.reason = DocxWriter::tr("cannot write %1 (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    if (file.write(data) != data.size()) {
        error.reason = DocxWriter::tr("cannot write %1: %2").arg(name, file.errorString());
        return false;
    }
    file.close();
    if (file.getZipError() != ZIP_OK) {
        error.reason = DocxWriter::tr("cannot write %1 (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    return true;
}

} // namespace

QByteArray DocxWriter::documentXml(const Report &report)
{
    return documentXml(report, nullptr);
}

QByteArray DocxWriter::documentXml(const Report &report, DocxComments *comments)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(false);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(W, QStringLiteral("w"));
    x.writeNamespace(R, QStringLiteral("r"));
    x.writeStartElement(W, QStringLiteral("document"));
    x.writeStartElement(W, QStringLiteral("body"));
    BodyWriter body(x);
    body.setComments(comments);
    auto at = [comments](const QString &slot) {
        return comments ? comments->at(slot) : QVector<const Annotation *>();
    };

    const QString title = report.title.isEmpty() && !report.agency.isEmpty()
        ? Report::standardTitle(report.agency, report.year)
        : report.title;
    body.paragraph(QStringLiteral("Title"), title, {}, at(AnnotationPlaces::title()));
    for (const Paragraph &p : report.preamble)
        body.paragraph(QStringLiteral("BodyText"), p.text, {}, at(AnnotationPlaces::paragraph(p.anchor)));
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        const Section &section = report.sections[s];
        if (!section.present)
            continue;
        body.paragraph(QStringLiteral("Heading1"), ReportTemplate::sectionHeading(id), {},
                       at(AnnotationPlaces::heading(id)));
        for (const Paragraph &p : section.paragraphs)
            body.paragraph(QStringLiteral("BodyText"), p.text, {}, at(AnnotationPlaces::paragraph(p.anchor)));
        for (int i = 0; i < section.subsections.size(); ++i) {
            const Subsection &sub = section.subsections[i];
            body.paragraph(QStringLiteral("Heading2"), ChineseNumerals::subsectionNumber(i) + sub.heading);
            for (const Paragraph &p : sub.paragraphs)
                body.paragraph(QStringLiteral("BodyText"), p.text, {},
                               at(AnnotationPlaces::paragraph(p.anchor)));
        }
        TableId table;
        if (ReportTemplate::sectionHasTable(id, &table)) {
            body.table(report, table);
            body.paragraph(QStringLiteral("TableGap"), QString()); // Word wants a paragraph between tables
        }
    }
    if (!report.signature.organization.isEmpty() || report.signature.date.isValid()) {
        body.paragraph(QStringLiteral("BodyText"), QString());
        if (!report.signature.organization.isEmpty())
            body.paragraph(QStringLiteral("Signature"), report.signature.organization, {},
                           at(AnnotationPlaces::signature(false)));
        if (report.signature.date.isValid())
            body.paragraph(QStringLiteral("Signature"), chineseDate(report.signature.date), {},
                           at(AnnotationPlaces::signature(true)));
    }

    // sectPr: footerReference, pgSz, pgMar, pgNumType, cols, docGrid — in schema order.
    x.writeStartElement(W, QStringLiteral("sectPr"));
    x.writeEmptyElement(W, QStringLiteral("footerReference"));
    x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    x.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    x.writeEmptyElement(W, QStringLiteral("pgSz"));
    x.writeAttribute(W, QStringLiteral("w"), QStringLiteral("11906"));
    x.writeAttribute(W, QStringLiteral("h"), QStringLiteral("16838"));
    x.writeEmptyElement(W, QStringLiteral("pgMar")); // 37 / 35 / 28 / 26 mm
    x.writeAttribute(W, QStringLiteral("top"), QStringLiteral("2098"));
    x.writeAttribute(W, QStringLiteral("right"), QStringLiteral("1474"));
    x.writeAttribute(W, QStringLiteral("bottom"), QStringLiteral("1984"));
    x.writeAttribute(W, QStringLiteral("left"), QStringLiteral("1588"));
    x.writeAttribute(W, QStringLiteral("header"), QStringLiteral("851"));
    x.writeAttribute(W, QStringLiteral("footer"), QStringLiteral("1247"));
    x.writeAttribute(W, QStringLiteral("gutter"), QStringLiteral("0"));
    x.writeEmptyElement(W, QStringLiteral("pgNumType"));
    x.writeAttribute(W, QStringLiteral("start"), QStringLiteral("1"));
    x.writeEmptyElement(W, QStringLiteral("cols"));
    x.writeAttribute(W, QStringLiteral("space"), QStringLiteral("425"));
    // 22 lines on the text area; 28 characters of 16 pt fill its 156 mm. A character grid
    // is left out on purpose: where a glyph is wider than the grid pitch, LibreOffice and
    // WPS give it two cells and the text spreads out.
    x.writeEmptyElement(W, QStringLiteral("docGrid"));
    x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("lines"));
    x.writeAttribute(W, QStringLiteral("linePitch"), QStringLiteral("579"));
    x.writeEndElement(); // sectPr

    x.writeEndElement(); // body
    x.writeEndElement(); // document
    x.writeEndDocument();
    return out;
}

bool DocxWriter::write(const Report &report, QIODevice &device, FormatError &error)
{
    // The package is built in memory (a report is a few dozen kB) and handed to the device
    // in one write: QuaZip then never touches the caller's device state, which matters for
    // QSaveFile's atomic commit.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.setZip64Enabled(false);
    if (!zip.open(QuaZip::mdCreate)) {
        error.reason = tr("cannot create the package (zip error %1)").arg(zip.getZipError());
        return false;
    }
    DocxComments comments(report);
    const bool withComments = !comments.isEmpty();
    QVector<QPair<QString, QByteArray>> parts {
        { QStringLiteral("[Content_Types].xml"), DocxParts::contentTypes(withComments) },
        { QStringLiteral("_rels/.rels"), DocxParts::packageRelationships() },
        { QStringLiteral("docProps/core.xml"), DocxParts::coreProperties(report) },
        { QStringLiteral("docProps/app.xml"), DocxParts::appProperties() },
        { QStringLiteral("word/_rels/document.xml.rels"), DocxParts::documentRelationships(withComments) },
        { QStringLiteral("word/document.xml"), documentXml(report, withComments ? &comments : nullptr) },
        { QStringLiteral("word/styles.xml"), DocxParts::styles() },
        { QStringLiteral("word/settings.xml"), DocxParts::settings() },
        { QStringLiteral("word/fontTable.xml"), DocxParts::fontTable() },
        { QStringLiteral("word/footer1.xml"), DocxParts::footer() },
    };
    if (withComments) {
        parts.append({ QStringLiteral("word/comments.xml"), comments.commentsXml() });
        parts.append({ QStringLiteral("word/commentsExtended.xml"), comments.commentsExtendedXml() });
    }
    for (const auto &part : parts) {
        if (!addEntry(zip, part.first, part.second, error))
            return false;
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        error.reason = tr("cannot finish the package (zip error %1)").arg(zip.getZipError());
        return false;
    }
    const QByteArray bytes = buffer.data();
    if (device.write(bytes) != bytes.size()) {
        error.reason = device.errorString();
        return false;
    }
    return true;
}

} // namespace nianbao
