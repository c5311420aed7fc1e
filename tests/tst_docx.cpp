// DOCX: real Word/WPS/LibreOffice files read by meaning; the export is a package Word
// accepts (checked on the bytes), that python-docx and LibreOffice read back with every
// heading, paragraph and number; hostile files get one clear line and no document.
#include "TestSupport.h"
#include "core/PrintedLayout.h"
#include "io/FormatRegistry.h"
#include "io/docx/DocxDocumentParser.h"
#include "io/docx/DocxWriter.h"
#include "io/import/ReportAssembler.h"
#include "io/json/JsonCodec.h"
#include "io/text/TextFormat.h"
#include "rules/RuleEngine.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>
#include <quazip.h>
#include <quazipfile.h>

using namespace nianbao;
using test::asList;
using test::readParts;
using test::writeParts;

using PartList = QList<QPair<QString, QByteArray>>;

namespace {

const QString example = QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao");

QByteArray data(const char *name)
{
    QFile f(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/docx/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

bool tryRead(const QString &path, Report &report, FormatError &error)
{
    return FormatRegistry::instance().readFile(path, report, error);
}

QString exportDocx(const Report &r, const QString &name)
{
    const QString path = scratch(name);
    FormatError error;
    if (!FormatRegistry::instance().writeFile(r, path, error))
        qFatal("%s", qPrintable(error.message()));
    return path;
}

} // namespace

class TestDocx : public QObject
{
    Q_OBJECT
private slots:
    void fixturesReadAsTheirText_data()
    {
        QTest::addColumn<QString>("docx");
        for (const QString &p : test::reportFixtures(QStringLiteral("docx")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void fixturesReadAsTheirText()
    {
        QFETCH(QString, docx);
        QString txt = docx;
        txt.replace(QLatin1String(".docx"), QLatin1String(".txt"));
        const Report fromDocx = test::load(docx);
        const Report fromText = test::load(txt);
        QVERIFY2(sameContent(fromDocx, fromText), qPrintable(describeDifferences(fromDocx, fromText)));
        QCOMPARE(fromDocx.importNotes.nonstandardHeadings.size(),
                 fromText.importNotes.nonstandardHeadings.size());
    }

    void fixtureNumbers()
    {
        const Report r = test::load(test::fixture("reports/003_b89d9c94ac7f3824.docx"));
        QCOMPARE(r.agency, QStringLiteral("中关村科技园区朝阳园管理委员会"));
        QCOMPARE(test::cell(r, "applications/new/natural"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/withheldInternalAffairs/total"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/processedTotal/total"), CellValue::number(3));
        const Report r1 = test::load(test::fixture("reports/001_71f8b8ab64f08fc8.docx"));
        QCOMPARE(test::cell(r1, "proactive/normativeDocuments/inForce"), CellValue::number(6));
    }

    void wpsBlankTemplateIsAnEmptyReport()
    {
        const Report r = test::load(test::fixture("real/wps-blank-template.docx"));
        QVERIFY(r.agency.isEmpty());
        QCOMPARE(r.year, 0);
        for (const TableSpec &spec : ReportTemplate::official().tables()) {
            for (int row = 0; row < spec.rowCount(); ++row) {
                for (int c = 0; c < spec.columnCount(); ++c) {
                    if (spec.hasCell(row, c))
                        QVERIFY2(r.value(spec.id, row, c).isBlank(), qPrintable(spec.anchor(row, c)));
                }
            }
        }
        for (int s = 0; s < SectionCount; ++s) {
            QVERIFY(r.sections[s].present);
            QVERIFY2(r.sections[s].isEmpty(), "the （文字描述） placeholders are not content");
        }
        // In the interchange JSON every cell is null.
        const QJsonObject apps = JsonCodec::toJson(r, JsonCodec::Style::Interchange)
                                     .value("tables")
                                     .toObject()
                                     .value("applications")
                                     .toObject();
        for (const QString &row : apps.keys()) {
            for (const QJsonValue v : apps.value(row).toObject())
                QVERIFY(v.isNull());
        }
    }

    void exportThenImportGivesTheSameReport_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("example") << example;
        for (const QString &p : test::reportFixtures(QStringLiteral("txt")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void exportThenImportGivesTheSameReport()
    {
        QFETCH(QString, source);
        const Report r = test::load(source);
        const Report back = test::load(exportDocx(r, QStringLiteral("roundtrip.docx")));
        QVERIFY2(sameContent(r, back), qPrintable(describeDifferences(r, back)));
    }

    // What Word rejects although LibreOffice accepts it, checked on the written bytes.
    void packageIsWhatWordAccepts()
    {
        const QString path = exportDocx(test::load(example), QStringLiteral("package.docx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray zip = f.readAll();
        // End of central directory, then every central directory entry.
        const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
        QVERIFY(eocd > 0);
        const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(zip.constData() + at); };
        const auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(zip.constData() + at); };
        const int entries = u16(eocd + 10);
        qsizetype at = u32(eocd + 16);
        QVERIFY(!zip.contains(QByteArray("PK\x06\x06", 4))); // no zip64 end record
        QStringList names;
        for (int i = 0; i < entries; ++i) {
            QCOMPARE(u32(at), quint32(0x02014b50));
            QCOMPARE(u16(at + 6), quint16(20)); // version needed to extract: 2.0
            QCOMPARE(u16(at + 10), quint16(8)); // deflated
            const int nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32);
            const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
            QByteArray extra = zip.mid(at + 46 + nameLength, extraLength);
            for (int e = 0; e + 4 <= extra.size();
                 e += 4 + qFromLittleEndian<quint16>(extra.constData() + e + 2))
                QVERIFY2(qFromLittleEndian<quint16>(extra.constData() + e) != 0x0001, "zip64 extra field");
            QVERIFY(!name.contains(QChar(0x5C))); // no backslashes
            names << name;
            at += 46 + nameLength + extraLength + commentLength;
        }
        QCOMPARE(names.first(), QStringLiteral("[Content_Types].xml"));
        for (const char *part : { "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                                  "docProps/core.xml", "word/footer1.xml", "word/_rels/document.xml.rels" })
            QVERIFY2(names.contains(QLatin1String(part)), part);

        const QMap<QString, QByteArray> parts = readParts(path);
        QVERIFY(
            parts.value("docProps/core.xml").contains("<dc:creator>示例市示例区文化和旅游局</dc:creator>"));
        QVERIFY(parts.value("docProps/core.xml")
                    .contains("<dc:title>示例市示例区文化和旅游局2025年政府信息公开工作年度报告</dc:title>"));

        // Schema order of property children, a grid per table, cells ending with a paragraph.
        const QMap<QString, QStringList> order {
            { "pPr",
              { "pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr", "pBdr", "shd",
                "tabs", "snapToGrid", "spacing", "ind", "jc", "outlineLvl", "rPr" } },
            { "rPr", { "rStyle", "rFonts", "b", "bCs", "i", "color", "kern", "sz", "szCs", "lang" } },
            { "tcPr", { "tcW", "gridSpan", "vMerge", "tcBorders", "shd", "vAlign" } },
            { "tblPr",
              { "tblStyle", "tblW", "jc", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
                "tblLook" } },
            { "sectPr",
              { "headerReference", "footerReference", "pgSz", "pgMar", "pgNumType", "cols", "docGrid" } },
        };
        QXmlStreamReader xml(parts.value("word/document.xml"));
        QVector<QString> stack;
        QVector<int> lastIndex;
        QVector<QString> lastChild;
        int tables = 0, grids = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QString name = xml.name().toString();
                if (!stack.isEmpty()) {
                    const QString parent = stack.last();
                    if (order.contains(parent)) {
                        const int i = order[parent].indexOf(name);
                        QVERIFY2(i >= 0, qPrintable(parent + " has unexpected " + name));
                        QVERIFY2(i > lastIndex.last(),
                                 qPrintable(parent + ": " + name + " out of schema order"));
                        lastIndex.last() = i;
                    }
                    lastChild.last() = name;
                }
                tables += name == u"tbl";
                grids += name == u"tblGrid";
                stack << name;
                lastIndex << -1;
                lastChild << QString();
            } else if (xml.isEndElement()) {
                const QString name = stack.takeLast();
                lastIndex.removeLast();
                const QString last = lastChild.takeLast();
                if (name == u"tc")
                    QCOMPARE(last, QStringLiteral("p"));
                if (name == u"tr")
                    QCOMPARE(last, QStringLiteral("tc"));
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(tables, 3);
        QCOMPARE(grids, 3);
    }

    void pythonDocxReadsTheTables()
    {
        const QString path = exportDocx(test::load(example), QStringLiteral("python.docx"));
        QProcess p;
        p.start(
            QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"),
              QStringLiteral(
                  "import docx, json, sys\n"
                  "d = docx.Document(sys.argv[1])\n"
                  "print(json.dumps([[[c.text for c in row.cells] for row in t.rows] for t in d.tables]))\n"),
              path });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray tables = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(tables.size(), 3);
        // python-docx repeats a merged cell's text in every grid position it covers.
        const QJsonArray apps = tables[1].toArray();
        QCOMPARE(apps.size(), 28);
        auto row = [&](int r) {
            QStringList cells;
            for (const QJsonValue v : apps[r].toArray())
                cells << v.toString();
            return cells;
        };
        QCOMPARE(row(3).mid(3), (QStringList { "18", "4", "1", "0", "2", "1", "26" }));
        QCOMPARE(row(3).first(), QStringLiteral("一、本年新收政府信息公开申请数量"));
        QCOMPARE(row(26).mid(3), (QStringList { "19", "5", "1", "0", "1", "1", "27" }));
        QCOMPARE(row(27).mid(3), (QStringList { "1", "0", "0", "0", "1", "0", "2" }));
        QCOMPARE(row(8).value(0), QStringLiteral("三、本年度办理结果")); // vertically merged label
        QCOMPARE(row(8).value(1), QStringLiteral("（三）不予公开"));
        const QJsonArray proactive = tables[0].toArray();
        QCOMPARE(proactive[3].toArray()[3].toString(), QStringLiteral("14")); // 行政规范性文件 现行有效
        const QJsonArray review = tables[2].toArray();
        QCOMPARE(review[3].toArray()[4].toString(), QStringLiteral("2")); // 行政复议 总计
        QCOMPARE(review[3].toArray()[9].toString(), QStringLiteral("1")); // 直接起诉 总计
    }

    void libreOfficeConvertsTheExport_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("example") << example;
        for (const QString &p : test::reportFixtures(QStringLiteral("txt")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void libreOfficeConvertsTheExport()
    {
        QFETCH(QString, source);
        const Report r = test::load(source);
        const QString docx = exportDocx(r, QFileInfo(source).completeBaseName() + QStringLiteral(".docx"));
        const QString out = scratch(QStringLiteral("lo-out"));
        const QString profile = QStringLiteral("file://") + scratch(QStringLiteral("lo-profile"));
        for (const char *target : { "txt:Text (encoded):UTF8", "pdf" }) {
            QProcess p;
            p.start(QStringLiteral("soffice"),
                    { QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                      QStringLiteral("--convert-to"), QString::fromLatin1(target), QStringLiteral("--outdir"),
                      out, docx });
            QVERIFY2(p.waitForFinished(180000), "LibreOffice did not finish");
            QCOMPARE(p.exitCode(), 0);
        }
        const QString base = out + QLatin1Char('/') + QFileInfo(docx).completeBaseName();
        QVERIFY(QFileInfo(base + QStringLiteral(".pdf")).size() > 1000);
        QFile txt(base + QStringLiteral(".txt"));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(txt.readAll());
        // Every heading and paragraph, in order.
        qsizetype at = 0;
        for (const QString &piece : test::readingOrder(r)) {
            const qsizetype found = text.indexOf(piece, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + piece.left(40)));
            at = found + piece.size();
        }
        // LibreOffice's text is one cell per line; read back, it gives the same numbers.
        {
            QByteArray bytes = text.toUtf8();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            Report fromLibreOffice;
            FormatError error;
            QVERIFY2(TextFormat().read(buffer, fromLibreOffice, error), qPrintable(error.message()));
            for (const TableSpec &spec : ReportTemplate::official().tables()) {
                for (int row = 0; row < spec.rowCount(); ++row) {
                    for (int c = 0; c < spec.columnCount(); ++c) {
                        if (spec.hasCell(row, c))
                            QCOMPARE(fromLibreOffice.value(spec.id, row, c), r.value(spec.id, row, c));
                    }
                }
            }
        }
        // And every cell of the three tables, labels and numbers, in printed order, each
        // as a line of its own.
        QStringList lines;
        for (const QString &l : text.split(QLatin1Char('\n')))
            lines << l.trimmed();
        int line = 0;
        for (TableId id : { TableId::Proactive, TableId::Applications, TableId::ReviewLitigation }) {
            for (const PrintedRow &row : PrintedLayout::table(id).rows) {
                for (const PrintedCell &cell : row.cells) {
                    QString expected;
                    if (cell.kind == PrintedCell::Kind::Label)
                        expected = cell.text;
                    else if (cell.kind == PrintedCell::Kind::Value)
                        expected = r.value(cell.value).toString();
                    if (expected.isEmpty())
                        continue;
                    const int found = lines.indexOf(expected, line);
                    QVERIFY2(found >= 0,
                             qPrintable(QStringLiteral("table cell missing or out of order: ") + expected));
                    line = found + 1;
                }
            }
        }
    }

    // --- Hostile and broken files ----------------------------------------------------

    void hostileFiles_data()
    {
        QTest::addColumn<PartList>("parts");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("reason");
        const QByteArray rels = data("rels.xml");
        QTest::newRow("not a zip") << PartList() << QByteArray("这不是一个文档") << "not a zip";
        QTest::newRow("old .doc") << PartList() << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13)
                                  << "Word 97";
        QTest::newRow("truncated zip")
            << PartList() << QByteArray("PK\x03\x04 broken", 11) << "cannot be read";
        QTest::newRow("no rels") << PartList { { "word/document.xml", "<x/>" } } << QByteArray()
                                 << "_rels/.rels";
        QTest::newRow("no main part") << PartList { { "_rels/.rels", rels } } << QByteArray() << "missing";
        QTest::newRow("external main part")
            << PartList { { "_rels/.rels", data("rels-external.xml") } } << QByteArray() << "external";
        QTest::newRow("entity bomb") << PartList { { "_rels/.rels", rels },
                                                   { "word/document.xml", data("entity-bomb.xml") } }
                                     << QByteArray() << "DTD";
        QTest::newRow("zip bomb") << PartList { { "_rels/.rels", rels },
                                                { "word/document.xml", QByteArray(40 * 1024 * 1024, 'a') } }
                                  << QByteArray() << "refusing";
        QTest::newRow("broken xml") << PartList { { "_rels/.rels", rels },
                                                  { "word/document.xml", data("broken.xml") } }
                                    << QByteArray() << "not valid XML";
        QTest::newRow("not wordprocessingml")
            << PartList { { "_rels/.rels", rels }, { "word/document.xml", data("not-word.xml") } }
            << QByteArray() << "not a Word document";
    }
    void hostileFiles()
    {
        QFETCH(PartList, parts);
        QFETCH(QByteArray, raw);
        QFETCH(QString, reason);
        const QString path = scratch(QStringLiteral("hostile.docx"));
        if (parts.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(raw);
        } else {
            writeParts(path, parts);
        }
        Report r;
        r.agency = QStringLiteral("untouched");
        FormatError error;
        QVERIFY(!tryRead(path, r, error));
        const QString message = error.message();
        QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QCOMPARE(r.agency, QStringLiteral("untouched")); // no partial document
    }

    void strictNamespacesAndMainPartByRelationship()
    {
        QMap<QString, QByteArray> parts
            = readParts(exportDocx(test::load(example), QStringLiteral("strict-src.docx")));
        QByteArray body = parts.take(QStringLiteral("word/document.xml"));
        body.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                     "http://purl.oclc.org/ooxml/wordprocessingml/main");
        parts.insert(QStringLiteral("content/main-body.xml"), body); // not the usual name
        QByteArray rels = parts.value(QStringLiteral("_rels/.rels"));
        rels.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                     "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
        rels.replace("Target=\"word/document.xml\"", "Target=\"/content/main-body.xml\"");
        parts.insert(QStringLiteral("_rels/.rels"), rels);
        const QString path = scratch(QStringLiteral("strict.docx"));
        writeParts(path, asList(parts));
        const Report back = test::load(path);
        QVERIFY2(sameContent(back, test::load(example)),
                 qPrintable(describeDifferences(back, test::load(example))));
    }

    // Office writes UTF-8 or UTF-16; other tools may declare a Chinese encoding. The same
    // report in UTF-16, GB18030 and GBK reads as in UTF-8; one expat does not know is decoded
    // by Qt and read again.
    void declaredEncodingsAreHonoured_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("UTF-16") << QByteArray("UTF-16");
        QTest::newRow("GB18030") << QByteArray("GB18030");
        QTest::newRow("GBK") << QByteArray("GBK");
    }
    void declaredEncodingsAreHonoured()
    {
        QFETCH(QByteArray, encoding);
        QMap<QString, QByteArray> parts
            = readParts(exportDocx(test::load(example), QStringLiteral("enc-src.docx")));
        QString body = QString::fromUtf8(parts.value(QStringLiteral("word/document.xml")));
        QVERIFY(body.contains(QStringLiteral("encoding=\"UTF-8\"")));
        body.replace(QStringLiteral("encoding=\"UTF-8\""),
                     QStringLiteral("encoding=\"%1\"").arg(QString::fromLatin1(encoding)));
        QStringEncoder encode(encoding.constData(), QStringEncoder::Flag::WriteBom);
        QVERIFY(encode.isValid());
        parts.insert(QStringLiteral("word/document.xml"), encode(body));
        const QString path = scratch(QStringLiteral("encoded.docx"));
        writeParts(path, asList(parts));
        const Report back = test::load(path);
        QVERIFY2(sameContent(back, test::load(example)),
                 qPrintable(describeDifferences(back, test::load(example))));
    }

    void rowsAndCellsAsWordWritesThem()
    {
        // gridBefore / gridAfter stand for empty cells, a vMerge continuation is an empty
        // cell, a gridSpan cell is one cell, runs are joined, a break in a cell is a newline.
        const QByteArray xml = data("rows-and-cells.xml");
        QVector<SourceBlock> blocks;
        FormatError error;
        QVERIFY(DocxDocumentParser::parse(xml, QStringLiteral("word/document.xml"), blocks, error));
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks[0].text, QStringLiteral("一、总体情况"));
        QCOMPARE(blocks[1].cells, (QStringList { "", "", "商业\n企业", "", "" }));
        QCOMPARE(blocks[2].kind, SourceBlock::Kind::TableEnd);
        QCOMPARE(blocks[3].text, QStringLiteral("正文"));
    }

    void wordListNumberingMakesHeadings()
    {
        // Word draws "一、" and "（一）" by list numbering (w:numPr): they are not in the text.
        QVector<SourceBlock> blocks;
        FormatError error;
        QVERIFY(DocxDocumentParser::parse(data("auto-numbered.xml"), QStringLiteral("word/document.xml"),
                                          blocks, error));
        Report r;
        QVERIFY2(ReportAssembler::assemble(blocks, r, error), qPrintable(error.message()));
        QCOMPARE(r.agency, QStringLiteral("北京市某某局"));
        const Section &overview = r.section(SectionId::Overview);
        QCOMPARE(overview.subsections.size(), 2);
        QCOMPARE(overview.subsections[0].heading, QStringLiteral("主动公开"));
        QCOMPARE(overview.subsections[1].paragraphs.value(0).text,
                 QStringLiteral("全年未收到政府信息公开申请。"));
        QCOMPARE(r.section(SectionId::Problems).subsections.value(0).heading, QStringLiteral("存在问题"));
        QVERIFY(r.importNotes.nonstandardHeadings.isEmpty()); // numbered on the page
    }

    void layoutOf2019IsRecognised()
    {
        QMap<QString, QByteArray> parts
            = readParts(exportDocx(test::load(example), QStringLiteral("2019-src.docx")));
        QByteArray body = parts.value(QStringLiteral("word/document.xml"));
        body.replace("本年制发件数", "本年新制作数量");
        parts.insert(QStringLiteral("word/document.xml"), body);
        const QString path = scratch(QStringLiteral("2019.docx"));
        writeParts(path, asList(parts));
        bool outdated = false;
        for (const Finding &f : RuleEngine::check(test::load(path)))
            outdated |= f.rule == u"template.outdated";
        QVERIFY(outdated);
    }
};

QTEST_GUILESS_MAIN(TestDocx)
#include "tst_docx.moc"
