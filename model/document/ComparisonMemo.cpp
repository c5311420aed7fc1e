#include "document/ComparisonMemo.h"

#include "io/SafeWriter.h"
#include "render/ReportFonts.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cmath>

namespace nianbao {

namespace {

/// What the memo says, block by block, whatever it is written as.
struct Block
{
    enum class Kind { Title, Heading, Paragraph, Table } kind;
    QString text;
    QVector<QStringList> rows; ///< Table: the first row is the header
};

QVector<Block> blocksOf(const YearComparison &c)
{
    using K = Block::Kind;
    QVector<Block> out;
    out.append({ K::Title,
                 QStringLiteral("%1 %2年与%3年政府信息公开工作年度报告对比")
                     .arg(c.thisAgency)
                     .arg(c.thisYear)
                     .arg(c.lastYear),
                 {} });
    out.append({ K::Heading, QStringLiteral("一、与上年重复的文字"), {} });
    QStringList rates;
    for (int s = 0; s < SectionCount; ++s) {
        if (const std::optional<double> rate = c.prose.sections[s])
            rates << QStringLiteral("%1 %2%")
                         .arg(ReportTemplate::sectionHeading(static_cast<SectionId>(s)))
                         .arg(qRound(*rate * 100));
    }
    if (c.prose.overall)
        rates << QStringLiteral("全文 %1%").arg(qRound(*c.prose.overall * 100));
    out.append({ K::Paragraph,
                 rates.isEmpty() ? QStringLiteral("两份报告均无正文。")
                                 : rates.join(QStringLiteral("；")) + QStringLiteral("。"),
                 {} });
    for (const ProseRepetition::Sentence &r : c.prose.repeated)
        out.append({ K::Paragraph,
                     QStringLiteral("%1：%2").arg(ReportTemplate::sectionTitle(r.section), r.quote),
                     {} });

    out.append({ K::Heading, QStringLiteral("二、变化最大的数据"), {} });
    const QVector<YearComparison::CellChange> largest = c.largestChanges(25);
    if (largest.isEmpty()) {
        out.append({ K::Paragraph, QStringLiteral("各项数据与上年相同。"), {} });
    } else {
        Block table { K::Table,
                      QString(),
                      { { QStringLiteral("数据项"), QStringLiteral("上年"), QStringLiteral("本年"),
                          QStringLiteral("增减"), QStringLiteral("增减%") } } };
        for (const YearComparison::CellChange &ch : largest) {
            const TableSpec &spec = ReportTemplate::official().table(ch.cell.table);
            table.rows.append(
                { QStringLiteral("%1 · %2 · %3")
                      .arg(ReportTemplate::sectionTitle(spec.section), spec.rows[ch.cell.row].label,
                           spec.columns[ch.cell.column].label),
                  CellValue::figure(ch.last), CellValue::figure(ch.now),
                  (*ch.change > 0 ? QStringLiteral("+") : QString()) + CellValue::figure(*ch.change),
                  ch.percent ? QStringLiteral("%1%").arg(*ch.percent, 0, 'f', 1) : QString() });
        }
        out.append(table);
    }
    out.append({ K::Heading, QStringLiteral("三、跨年度检查"), {} });
    if (c.findings.isEmpty())
        out.append({ K::Paragraph, QStringLiteral("跨年度检查未发现问题。"), {} });
    for (const Finding &f : c.findings)
        out.append({ K::Paragraph, f.message, {} });
    return out;
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == ZIP_OK;
}

QByteArray documentXml(const QVector<Block> &blocks)
{
    const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(W, QStringLiteral("w"));
    x.writeStartElement(W, QStringLiteral("document"));
    x.writeStartElement(W, QStringLiteral("body"));
    auto run = [&](const QString &text, bool bold, int halfPoints) {
        x.writeStartElement(W, QStringLiteral("r"));
        x.writeStartElement(W, QStringLiteral("rPr"));
        if (bold)
            x.writeEmptyElement(W, QStringLiteral("b"));
        x.writeEmptyElement(W, QStringLiteral("sz"));
        x.writeAttribute(W, QStringLiteral("val"), QString::number(halfPoints));
        x.writeEndElement();
        x.writeStartElement(W, QStringLiteral("t"));
        x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeEndElement();
    };
    auto paragraph = [&](const QString &text, bool bold, int halfPoints, bool centred) {
        x.writeStartElement(W, QStringLiteral("p"));
        if (centred) {
            x.writeStartElement(W, QStringLiteral("pPr"));
            x.writeEmptyElement(W, QStringLiteral("jc"));
            x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("center"));
            x.writeEndElement();
        }
        run(text, bold, halfPoints);
        x.writeEndElement();
    };
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Kind::Title:
            paragraph(b.text, true, 32, true);
            break;
        case Block::Kind::Heading:
            paragraph(b.text, true, 28, false);
            break;
        case Block::Kind::Paragraph:
            paragraph(b.text, false, 24, false);
            break;
        case Block::Kind::Table:
            x.writeStartElement(W, QStringLiteral("tbl"));
            x.writeStartElement(W, QStringLiteral("tblPr"));
            x.writeStartElement(W, QStringLiteral("tblBorders"));
            for (const char *side : { "top", "left", "bottom", "right", "insideH", "insideV" }) {
                x.writeEmptyElement(W, QString::fromLatin1(side));
                x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("single"));
                x.writeAttribute(W, QStringLiteral("sz"), QStringLiteral("4"));
            }
            x.writeEndElement();
            x.writeEndElement();
            // The grid Word requires: the name wide, the figures narrow (twentieths of a point).
            x.writeStartElement(W, QStringLiteral("tblGrid"));
            for (int c = 0; c < b.rows.value(0).size(); ++c) {
                x.writeEmptyElement(W, QStringLiteral("gridCol"));
                x.writeAttribute(W, QStringLiteral("w"),
                                 c == 0 ? QStringLiteral("4200") : QStringLiteral("1200"));
            }
            x.writeEndElement();
            for (int r = 0; r < b.rows.size(); ++r) {
                x.writeStartElement(W, QStringLiteral("tr"));
                for (const QString &cell : b.rows[r]) {
                    x.writeStartElement(W, QStringLiteral("tc"));
                    paragraph(cell, r == 0, 21, false);
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            break;
        }
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace

QStringList ComparisonMemo::suffixes()
{
    return { QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("json") };
}

QString ComparisonMemo::html(const YearComparison &comparison)
{
    QString out = QStringLiteral("<html><body>");
    for (const Block &b : blocksOf(comparison)) {
        switch (b.kind) {
        case Block::Kind::Title:
            out += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::Heading:
            out += QStringLiteral("<h3>%1</h3>").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::Paragraph:
            out += QStringLiteral("<p>%1</p>").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::Table:
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
            for (int r = 0; r < b.rows.size(); ++r) {
                out += QStringLiteral("<tr>");
                for (const QString &cell : b.rows[r])
                    out += (r == 0 ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>"))
                               .arg(cell.toHtmlEscaped());
                out += QStringLiteral("</tr>");
            }
            out += QStringLiteral("</table>");
            break;
        }
    }
    return out + QStringLiteral("</body></html>");
}

bool ComparisonMemo::docx(const YearComparison &comparison, QByteArray &out, FormatError &error)
{
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QuaZip zip(&buffer);
    zip.setZip64Enabled(false);
    if (!zip.open(QuaZip::mdCreate)) {
        error.reason = tr("cannot create the package (zip error %1)").arg(zip.getZipError());
        return false;
    }
    const QByteArray types
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "</Types>";
    const QByteArray rels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"word/document.xml\"/></Relationships>";
    if (!addEntry(zip, QStringLiteral("[Content_Types].xml"), types)
        || !addEntry(zip, QStringLiteral("_rels/.rels"), rels)
        || !addEntry(zip, QStringLiteral("word/document.xml"), documentXml(blocksOf(comparison)))) {
        error.reason = tr("cannot write the package (zip error %1)").arg(zip.getZipError());
        return false;
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        error.reason = tr("cannot finish the package (zip error %1)").arg(zip.getZipError());
        return false;
    }
    return true;
}

bool ComparisonMemo::write(const YearComparison &comparison, const QString &lastFile, const QString &thisFile,
                           const QString &path, FormatError &error)
{
    error.file = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"json") {
        bytes = QJsonDocument(comparison.toJson(lastFile, thisFile)).toJson(QJsonDocument::Indented);
    } else if (suffix == u"docx") {
        if (!docx(comparison, bytes, error))
            return false;
    } else if (suffix == u"pdf") {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            error.reason = tr("a PDF memo needs the graphical libraries");
            return false;
        }
        ReportFonts fonts;
        if (!fonts.resolve(error))
            return false;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
        pdf.setTitle(QStringLiteral("%1 %2年对比").arg(comparison.thisAgency).arg(comparison.thisYear));
        QTextDocument document;
        document.setDefaultFont(fonts.font(ReportFonts::Face::Song, 11));
        document.setHtml(html(comparison));
        document.print(&pdf);
    } else {
        error.reason = tr("a comparison is written as .pdf, .docx or .json, not .%1").arg(suffix);
        return false;
    }
    return SafeWriter::write(path, bytes, error);
}

} // namespace nianbao
