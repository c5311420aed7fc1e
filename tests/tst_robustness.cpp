// Hostile and unusual input: every defect found by trying the program as a hostile user
// would (issue 11), each reproduced here first, and every input a fuzzer ever crashed or hung
// on (tests/data/regressions/), replayed through the importers on every test run.
// Hangs and crashes are caught by running the real binary with a deadline; what it wrote is
// then read back in this process.
#include "TestSupport.h"
#include "content/AnnotationJson.h"
#include "core/ReportLimits.h"
#include "io/FormatRegistry.h"
#include "io/docx/DocxDocumentParser.h"
#include "io/import/ReportAssembler.h"
#include "io/json/JsonCodec.h"
#include "render/TextBlock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace nianbao;

namespace {

// A hang is anything slower than this; the largest accepted report takes about a second.
constexpr int HangMs = 20000;

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

QString write(const QString &name, const QByteArray &bytes)
{
    const QString path = scratch(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString fixture003Text()
{
    return QString::fromUtf8(readAll(test::fixture(test::report003())));
}

// `nianbao check FILE` ends by itself, without a crash, with one of the documented statuses.
void checkEndsCleanly(const QString &path, int expectedStatus = -1)
{
    const test::ProcessResult r = test::runNianbao({ QStringLiteral("check"), path }, HangMs);
    QVERIFY2(r.finished, qPrintable(QStringLiteral("nianbao check hung on ") + path));
    QVERIFY2(!r.crashed, qPrintable(QStringLiteral("nianbao check crashed on %1: %2").arg(path, r.err)));
    QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, qPrintable(r.err));
    if (expectedStatus >= 0)
        QCOMPARE(r.exitCode, expectedStatus);
    if (r.exitCode == 2) // the message names the file and says why, on one line
        QVERIFY2(r.err.startsWith(path + QStringLiteral(": "))
                     && r.err.trimmed().count(QLatin1Char('\n')) == 0,
                 qPrintable(r.err));
}

QString readError(const QString &path)
{
    Report report;
    FormatError error;
    if (FormatRegistry::instance().readFile(path, report, error))
        return QString();
    return error.message();
}

QByteArray docxWithBody(const QByteArray &body)
{
    const QString source = test::fixture(QStringLiteral("reports/000_e90af9d1a07c895b.docx"));
    QMap<QString, QByteArray> parts = test::readParts(source);
    parts[QStringLiteral("word/document.xml")]
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body + "</w:body></w:document>";
    const QString path = scratch(QStringLiteral("tampered.docx"));
    test::writeParts(path, test::asList(parts));
    return readAll(path);
}

QByteArray tableRow(const QByteArray &rowProperties, const QStringList &cells)
{
    QByteArray row = "<w:tr>" + rowProperties;
    for (const QString &c : cells)
        row += "<w:tc><w:p><w:r><w:t>" + c.toUtf8() + "</w:t></w:r></w:p></w:tc>";
    return row + "</w:tr>";
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT
private slots:
    // Defect 1: a prose line of section 六 that starts like the first label of a table made
    // the untabbed-table reader take nothing and the text reader start it again, forever.
    void proseThatStartsLikeATableIsProse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("第二十条第 … 。") << QStringLiteral("第二十条第（八）项规定的收费本年度均未发生。");
        QTest::newRow("勾稽关系 … 。")
            << QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）。");
        QTest::newRow("longer than a label") << QStringLiteral(
            "第二十条第（八）项规定的行政事业性收费情况本年度无变化，收费项目和标准均按照有关规定执行并公开");
    }
    void proseThatStartsLikeATableIsProse()
    {
        QFETCH(QString, line);
        QString text = fixture003Text();
        const QString heading = QStringLiteral("六、其他需要报告的事项\n");
        QVERIFY(text.contains(heading));
        text.replace(heading, heading + line + QLatin1Char('\n'));
        const QString path = write(QStringLiteral("prose-like-table.txt"), text.toUtf8());
        checkEndsCleanly(path);
        if (QTest::currentTestFailed())
            return;
        const Report report = test::load(path);
        bool found = false;
        for (const Paragraph &p : report.section(SectionId::Other).paragraphs)
            found |= p.text == line;
        QVERIFY2(found, "the line is kept as a paragraph of section 六");
    }

    // Defect 8: what Windows Notepad saves as "Unicode", and old Mac line ends.
    void utf16TextWithAByteOrderMarkIsRead_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE");
        QTest::newRow("UTF-16BE") << QStringLiteral("UTF-16BE");
    }
    void utf16TextWithAByteOrderMarkIsRead()
    {
        QFETCH(QString, encoding);
        const QString text = fixture003Text();
        QStringEncoder encoder(encoding == u"UTF-16LE" ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                               QStringEncoder::Flag::WriteBom);
        const QString path = write(QStringLiteral("unicode.txt"), encoder.encode(text));
        QVERIFY2(readError(path).isEmpty(), qPrintable(readError(path)));
        const Report expected = test::load(test::fixture(test::report003()));
        const Report report = test::load(path);
        QVERIFY2(sameContent(report, expected), qPrintable(describeDifferences(report, expected)));
    }
    void oldMacLineEndsAreRead()
    {
        QString text = fixture003Text();
        text.replace(QLatin1Char('\n'), QLatin1Char('\r'));
        const QString path = write(QStringLiteral("mac.txt"), text.toUtf8());
        const Report expected = test::load(test::fixture(test::report003()));
        const Report report = test::load(path);
        QVERIFY2(sameContent(report, expected), qPrintable(describeDifferences(report, expected)));
    }

    // Defect 2: a count read from the file allocated billions of cells (std::bad_alloc).
    void hugeGridCountsAreClamped_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::newRow("gridBefore") << QByteArray("<w:trPr><w:gridBefore w:val=\"2000000000\"/></w:trPr>");
        QTest::newRow("gridAfter") << QByteArray("<w:trPr><w:gridAfter w:val=\"2000000000\"/></w:trPr>");
        QTest::newRow("negative") << QByteArray("<w:trPr><w:gridBefore w:val=\"-5\"/></w:trPr>");
    }
    void hugeGridCountsAreClamped()
    {
        QFETCH(QByteArray, property);
        const QByteArray body = "<w:p><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p><w:tbl>"
            + tableRow(property, { QStringLiteral("信息内容"), QStringLiteral("本年制发件数") }) + "</w:tbl>";
        const QString path = write(QStringLiteral("grid.docx"), docxWithBody(body));
        checkEndsCleanly(path);
        if (QTest::currentTestFailed())
            return;
        // The row has its two cells and at most Word's 63 grid columns of padding.
        QVector<SourceBlock> blocks;
        FormatError error;
        const QByteArray xml = test::readParts(path).value(QStringLiteral("word/document.xml"));
        QVERIFY(DocxDocumentParser::parse(xml, QStringLiteral("word/document.xml"), blocks, error));
        int rows = 0;
        for (const SourceBlock &b : blocks) {
            if (b.kind == SourceBlock::Kind::TableRow) {
                ++rows;
                QVERIFY2(b.cells.size() >= 2 && b.cells.size() <= 2 + 63,
                         qPrintable(QString::number(b.cells.size())));
            }
        }
        QCOMPARE(rows, 1);
    }

    // Defect 3: 100,000 nested elements overflowed the stack; JSON nesting likewise.
    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const int depth = 100000;
        QByteArray nested;
        nested.reserve(depth * 16);
        for (int i = 0; i < depth; ++i)
            nested += "<w:t>";
        nested += "x";
        for (int i = 0; i < depth; ++i)
            nested += "</w:t>";
        QTest::newRow("docx w:t") << QStringLiteral("nested.docx")
                                  << docxWithBody("<w:p><w:r>" + nested + "</w:r></w:p>")
                                  << QStringLiteral("nested more than");
        QTest::newRow("json arrays") << QStringLiteral("nested.json")
                                     << QByteArray(depth, '[') + QByteArray(depth, ']')
                                     << QStringLiteral("JSON");
        QTest::newRow("nianbao objects")
            << QStringLiteral("nested.nianbao")
            << QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray(depth, '}') << QStringLiteral("JSON");
    }
    void deepNestingIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = write(name, bytes);
        checkEndsCleanly(path, 2);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(readError(path).contains(reason), qPrintable(readError(path)));
    }

    // Defect 4: text layout was quadratic in a run without break opportunities; 200,000
    // characters took more than ten seconds. Long runs now wrap anywhere.
    void longUnbreakableRunsWrapAnywhere()
    {
        QCOMPARE(TextBlock::wrapMode(QStringLiteral("政府信息公开").repeated(1000)),
                 QTextOption::WrapAtWordBoundaryOrAnywhere);
        QCOMPARE(TextBlock::wrapMode(QStringLiteral("公开 ").repeated(1000)),
                 QTextOption::WrapAtWordBoundaryOrAnywhere);
        QCOMPARE(TextBlock::wrapMode(QString(200000, QLatin1Char('x'))), QTextOption::WrapAnywhere);
        QCOMPARE(TextBlock::wrapMode(QStringLiteral("公开") + QString(500, QLatin1Char('7'))),
                 QTextOption::WrapAnywhere);
    }
    void longestAcceptedTextBecomesAPdf_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("length");
        QTest::newRow("paragraph") << QStringLiteral("/sections/other/paragraphs/0")
                                   << int(ReportLimits::MaxParagraphLength);
        QTest::newRow("cell") << QStringLiteral("/tables/applications/new/natural")
                              << int(ReportLimits::MaxCellLength);
        QTest::newRow("title") << QStringLiteral("/title") << int(ReportLimits::MaxFieldLength);
    }
    void longestAcceptedTextBecomesAPdf()
    {
        QFETCH(QString, pointer);
        QFETCH(int, length);
        Report report = test::load(test::fixture(test::report003()));
        QJsonObject json = JsonCodec::toJson(report, JsonCodec::Style::Interchange);
        const QString text(length, QLatin1Char('x'));
        const QStringList keys = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // Sets json[keys...] = text, arrays by index.
        std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int k) -> QJsonValue {
            if (k == keys.size())
                return text;
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                const int i = keys[k].toInt();
                while (a.size() <= i)
                    a.append(QString());
                a[i] = set(a[i], k + 1);
                return a;
            }
            QJsonObject o = node.toObject();
            o[keys[k]] = set(o.value(keys[k]), k + 1);
            return o;
        };
        json = set(json, 0).toObject();
        const QString path = write(QStringLiteral("long.json"), QJsonDocument(json).toJson());
        const QString pdf = scratch(QStringLiteral("long.pdf"));
        const test::ProcessResult r = test::runNianbao({ QStringLiteral("convert"), path, pdf }, HangMs);
        QVERIFY2(r.finished && !r.crashed, "converting the longest accepted text to PDF hung or crashed");
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // One character more is refused, with the place named.
        json = JsonCodec::toJson(test::load(path), JsonCodec::Style::Interchange);
        const QString longer = text + QLatin1Char('x');
        std::function<QJsonValue(QJsonValue, int)> setLonger = [&](QJsonValue node, int k) -> QJsonValue {
            if (k == keys.size())
                return longer;
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                a[keys[k].toInt()] = setLonger(a[keys[k].toInt()], k + 1);
                return a;
            }
            QJsonObject o = node.toObject();
            o[keys[k]] = setLonger(o.value(keys[k]), k + 1);
            return o;
        };
        json = setLonger(json, 0).toObject();
        const QString tooLong = write(QStringLiteral("too-long.json"), QJsonDocument(json).toJson());
        checkEndsCleanly(tooLong, 2);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(readError(tooLong).contains(QStringLiteral("too long")), qPrintable(readError(tooLong)));
    }
    void hugeTitleIsRefusedWithoutExhaustingMemory()
    {
        // 60 MB of title once took 1.3 GB in PDF output; the reader refuses it now.
        const QByteArray title(48 * 1024 * 1024, 'x');
        const QString path
            = write(QStringLiteral("huge-title.json"),
                    "{\"format\":\"nianbao.report\",\"formatVersion\":1,\"title\":\"" + title + "\"}");
        const test::ProcessResult r = test::runNianbao(
            { QStringLiteral("convert"), path, scratch(QStringLiteral("huge-title.pdf")) }, HangMs);
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("$.title")) && r.err.contains(QStringLiteral("too long")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(scratch(QStringLiteral("huge-title.pdf"))));
    }

    // Defect 9: numbers that are not version 1, and damaged comment lists.
    void jsonFormatVersionMustBeAWholeNumber_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1e308") << QByteArray("1e308") << QStringLiteral("newer");
        QTest::newRow("1.5") << QByteArray("1.5") << QStringLiteral("whole number");
        QTest::newRow("0") << QByteArray("0") << QStringLiteral("whole number");
        QTest::newRow("-1") << QByteArray("-1") << QStringLiteral("whole number");
        QTest::newRow("text") << QByteArray("\"1\"") << QStringLiteral("whole number");
    }
    void jsonFormatVersionMustBeAWholeNumber()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, reason);
        const QString path = write(QStringLiteral("version.json"),
                                   "{\"format\":\"nianbao.report\",\"formatVersion\":" + version + "}");
        const QString error = readError(path);
        QVERIFY2(error.contains(QStringLiteral("$.formatVersion")) && error.contains(reason),
                 qPrintable(error));
    }
    // #26.10: the largest number a report holds is 15 digits (docs/limits.md). Below it every
    // number stays exact through every format; past it a reader refuses, naming the cell and
    // the number as written (a double would have said 9007199254740992).
    void numbersPastTheLimitsAreRefusedAsWritten_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<QString>("said");
        QTest::newRow("2^53+1") << QByteArray("9007199254740993") << QStringLiteral("9007199254740993");
        QTest::newRow("2^62") << QByteArray("4611686018427387904") << QStringLiteral("4611686018427387904");
        QTest::newRow("10^15") << QByteArray("1000000000000000") << QStringLiteral("1000000000000000");
        QTest::newRow("1.7e308") << QByteArray("1.7e308") << QStringLiteral("1.7e+308");
        QTest::newRow("17 digits") << QByteArray("0.12345678901234567")
                                   << QStringLiteral("0.1234567890123456");
        QTest::newRow("as text") << QByteArray("\"9007199254740993\"") << QStringLiteral("9007199254740993");
    }
    void numbersPastTheLimitsAreRefusedAsWritten()
    {
        QFETCH(QByteArray, literal);
        QFETCH(QString, said);
        const QString path = write(QStringLiteral("big.json"),
                                   "{\"format\":\"nianbao.report\",\"formatVersion\":1,\"tables\":"
                                   "{\"proactive\":{\"fees\":{\"amountWan\":"
                                       + literal + "}}}}");
        const QString error = readError(path);
        QVERIFY2(error.contains(QStringLiteral("$.tables.proactive.fees.amountWan: "))
                     && error.contains(said),
                 qPrintable(error));
    }
    void numbersPastTheLimitsAreRefusedInEveryFormat_data()
    {
        QTest::addColumn<QString>("extension");
        for (const char *e : { "txt", "docx", "nianbao", "json" })
            QTest::newRow(e) << QString::fromLatin1(e);
    }
    void numbersPastTheLimitsAreRefusedInEveryFormat()
    {
        QFETCH(QString, extension);
        Report report = test::load(test::fixture(test::report001()));
        // Written as the text a person typed: every format keeps it so.
        test::setCell(report, QStringLiteral("applications/new/natural"),
                      CellValue::parse(u"9007199254740993"));
        QVERIFY(CellValue::parse(u"9007199254740993").isBeyondLimits());
        const QString path = scratch(QStringLiteral("past-the-limits.") + extension);
        FormatError error;
        QVERIFY2(FormatRegistry::instance().writeFile(report, path, error), qPrintable(error.message()));
        const QString refused = readError(path);
        QVERIFY2(refused.contains(QStringLiteral("$.tables.applications.new.natural: 9007199254740993")),
                 qPrintable(refused));
    }
    void numbersWithinTheLimitsStayExact_data() { numbersPastTheLimitsAreRefusedInEveryFormat_data(); }
    void numbersWithinTheLimitsStayExact()
    {
        QFETCH(QString, extension);
        Report report = test::load(test::fixture(test::report001()));
        const QList<QPair<QString, double>> values {
            { QStringLiteral("applications/new/natural"), 499999999999999.0 },
            { QStringLiteral("applications/new/commercial"), 400719925474099.0 },
            { QStringLiteral("applications/carriedIn/natural"), 999999999999999.0 },
            { QStringLiteral("proactive/fees/amountWan"), 12345678901.2345 },
            { QStringLiteral("proactive/licensing/decisions"), 123456789012345.0 },
        };
        for (const auto &v : values)
            test::setCell(report, v.first, CellValue::number(v.second));
        const QString path = scratch(QStringLiteral("within-the-limits.") + extension);
        FormatError error;
        QVERIFY2(FormatRegistry::instance().writeFile(report, path, error), qPrintable(error.message()));
        const Report back = test::load(path);
        for (const auto &v : values)
            QCOMPARE(test::cell(back, v.first), CellValue::number(v.second));
    }
    void aYearPastFourDigitsIsRefused_data()
    {
        QTest::addColumn<QByteArray>("year");
        QTest::newRow("2^40") << QByteArray("1099511627776");
        QTest::newRow("2^31") << QByteArray("2147483648");
        QTest::newRow("fraction") << QByteArray("2024.5");
        QTest::newRow("negative") << QByteArray("-2024");
        QTest::newRow("as text") << QByteArray("\"1099511627776\"");
    }
    void aYearPastFourDigitsIsRefused()
    {
        QFETCH(QByteArray, year);
        const QString path
            = write(QStringLiteral("year.json"), "{\"format\":\"nianbao.report\",\"year\":" + year + "}");
        const QString error = readError(path);
        QVERIFY2(error.contains(QStringLiteral("$.year: ")), qPrintable(error));
    }
    // A computed total is held like a stated one: the text form writes it.
    void aTotalPastTheLimitsIsRefused()
    {
        Report report = test::load(test::fixture(test::report001()));
        test::setCell(report, QStringLiteral("applications/new/natural"),
                      CellValue::number(999999999999999.0));
        test::setCell(report, QStringLiteral("applications/new/commercial"), CellValue::number(1.0));
        FormatError error;
        QVERIFY(!ReportLimits::check(report, error));
        QCOMPARE(error.place, QStringLiteral("$.tables.applications.new.total"));
        QVERIFY2(error.reason.startsWith(QStringLiteral("1000000000000000")), qPrintable(error.reason));
    }
    // A sum past the limits would be written rounded (two fees of 1.7e308 were written blank).
    void aSumPastTheLimitsIsRefusedWithItsCell()
    {
        Report part = test::load(test::fixture(test::report001()));
        test::setCell(part, QStringLiteral("applications/new/natural"), CellValue::number(600000000000000.0));
        FormatError error;
        part.agency = QStringLiteral("甲局");
        QVERIFY(FormatRegistry::instance().writeFile(part, scratch(QStringLiteral("part-a.json")), error));
        part.agency = QStringLiteral("乙局");
        QVERIFY(FormatRegistry::instance().writeFile(part, scratch(QStringLiteral("part-b.json")), error));
        const QString output = scratch(QStringLiteral("sum-past-the-limits.json"));
        QFile::remove(output);
        const test::ProcessResult r = test::runNianbao({ QStringLiteral("sum"), QStringLiteral("--output"),
                                                         output, scratch(QStringLiteral("part-a.json")),
                                                         scratch(QStringLiteral("part-b.json")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("$.tables.applications.new.natural: 1200000000000000")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(output));
    }
    void damagedCommentsAreAnErrorNamingTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("annotations");
        QTest::addColumn<QString>("place");
        QTest::newRow("not a list") << QByteArray("{}") << QStringLiteral("$.annotations");
        QTest::newRow("not an object")
            << QByteArray("[{\"id\":\"c1\",\"text\":\"好\"}, 7]") << QStringLiteral("$.annotations[1]");
        QTest::newRow("text a number")
            << QByteArray("[{\"id\":\"c1\",\"text\":3}]") << QStringLiteral("$.annotations[0].text");
        QTest::newRow("bad status") << QByteArray("[{\"id\":\"c1\",\"text\":\"好\",\"status\":\"done\"}]")
                                    << QStringLiteral("$.annotations[0].status");
        QTest::newRow("bad reply") << QByteArray("[{\"id\":\"c1\",\"text\":\"好\",\"replies\":[\"ok\"]}]")
                                   << QStringLiteral("$.annotations[0].replies[0]");
    }
    void damagedCommentsAreAnErrorNamingTheirPlace()
    {
        QFETCH(QByteArray, annotations);
        QFETCH(QString, place);
        const QString path = write(
            QStringLiteral("annotations.json"),
            "{\"format\":\"nianbao.report\",\"formatVersion\":1,\"annotations\":" + annotations + "}");
        const QString error = readError(path);
        QVERIFY2(error.contains(place + QStringLiteral(": ")), qPrintable(error));
    }
    void wellFormedCommentsAreKept()
    {
        const QByteArray list
            = "[{\"id\":\"c1\",\"target\":{\"field\":\"title\"},\"author\":\"李审核\","
              "\"created\":\"2025-01-20T10:15:00+08:00\",\"text\":\"请核对。\",\"status\":\"open\","
              "\"replies\":[{\"author\":\"王起草\",\"created\":\"2025-01-21T09:00:00+08:00\","
              "\"text\":\"已更正。\"}]}]";
        const QString path
            = write(QStringLiteral("comments.json"),
                    "{\"format\":\"nianbao.report\",\"formatVersion\":1,\"annotations\":" + list + "}");
        const Report report = test::load(path);
        QCOMPARE(AnnotationJson::toJson(report, false), QJsonDocument::fromJson(list).array());
    }

    // Defect 12: the paragraph list the signature is taken from was held by a pointer into a
    // vector that a later subsection heading reallocated.
    void draftEndingWithAnEmptySubsectionHeading()
    {
        QVector<SourceBlock> blocks;
        const QStringList lines {
            QStringLiteral("北京市某区某局2024年政府信息公开工作年度报告"),
            QStringLiteral("一、总体情况"),
            QStringLiteral("（一）主动公开"),
            QStringLiteral("本年主动公开信息12条。"),
            QStringLiteral("五、存在的主要问题及改进情况"),
            QStringLiteral("（一）存在的问题"),
            QStringLiteral("解读形式单一。"),
            QStringLiteral("（二）改进措施"),
            QStringLiteral("（三）其他"),
            QStringLiteral("（四）下一步"),
            QStringLiteral("（五）"),
        };
        for (const QString &l : lines)
            blocks.append(SourceBlock::paragraph(l, QString()));
        Report report;
        FormatError error;
        QVERIFY2(ReportAssembler::assemble(blocks, report, error), qPrintable(error.message()));
        const Section &problems = report.section(SectionId::Problems);
        QVERIFY(problems.subsections.size() >= 2);
        QCOMPARE(problems.subsections.first().paragraphs.value(0).text, QStringLiteral("解读形式单一。"));
    }

    // Every input a fuzzer crashed or hung on: read through its importer, never a crash.
    void regressionInputsReadCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/regressions"), QDir::Files,
                        QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            // .pdfpages: the PDF importer past poppler, replayed by tst_pdfimport; .pdf: memory
            // bombs for poppler, replayed through the child process by tst_pdfisolation.
            if (path.endsWith(QLatin1String(".md")) || path.endsWith(QLatin1String(".pdfpages"))
                || path.endsWith(QLatin1String(".pdf")))
                continue;
            QTest::newRow(qPrintable(QDir(QStringLiteral(NIANBAO_SOURCE_DIR)).relativeFilePath(path)))
                << path;
            ++n;
        }
        if (n == 0)
            QTest::newRow("none yet") << QString();
    }
    void regressionInputsReadCleanly()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no regression inputs");
        Report report;
        FormatError error;
        const bool ok = FormatRegistry::instance().readFile(path, report, error);
        QVERIFY2(ok || !error.reason.isEmpty(), "a refusal says why");
        if (ok) {
            // What was read can be written again, in every format.
            for (const QString &ext :
                 { QStringLiteral("json"), QStringLiteral("txt"), QStringLiteral("docx") }) {
                FormatError writeError;
                QVERIFY2(FormatRegistry::instance().writeFile(
                             report, scratch(QStringLiteral("replay.") + ext), writeError),
                         qPrintable(writeError.message()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
