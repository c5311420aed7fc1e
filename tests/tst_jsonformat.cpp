// The interchange JSON (spec/interchange.md) and the native .nianbao format: exact keys,
// null for blank, stated totals kept, round trips, refusal of newer versions, and errors
// that say where.
#include "TestSupport.h"
#include "io/FormatRegistry.h"
#include "io/json/JsonCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nianbao;

namespace {

const QString f003 = test::report003();

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

// A device that fills up after a few bytes, as a full disk does.
class FullDisk : public QIODevice
{
public:
    explicit FullDisk(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
        setErrorString(QStringLiteral("No space left on device"));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_room)
            return -1;
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

bool readJson(const QByteArray &bytes, const QString &name, Report &report, FormatError &error)
{
    const QString path = test::scratchDir() + QLatin1Char('/') + name;
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    f.close();
    return FormatRegistry::instance().readFile(path, report, error);
}

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT
private slots:
    void keysAreExactlyTheSpecs()
    {
        const QJsonObject o
            = JsonCodec::toJson(test::load(test::fixture(f003)), JsonCodec::Style::Interchange);
        QCOMPARE(o.value("format").toString(), QStringLiteral("nianbao.report"));
        QCOMPARE(o.value("formatVersion").toInt(), 1);
        for (const char *k :
             { "agency", "year", "title", "preamble", "sections", "tables", "signature", "annotations" })
            QVERIFY2(o.contains(QLatin1String(k)), k);
        QCOMPARE(o.value("year").toInt(), 2021);
        QCOMPARE(keys(o.value("sections").toObject()),
                 (QStringList { "applications", "other", "overview", "proactive", "problems",
                                "reviewLitigation" }));
        QVERIFY(o.value("sections").toObject().value("overview").toObject().contains("subsections"));
        const QJsonObject sub = o.value("sections")
                                    .toObject()
                                    .value("overview")
                                    .toObject()
                                    .value("subsections")
                                    .toArray()[0]
                                    .toObject();
        QCOMPARE(keys(sub), (QStringList { "heading", "paragraphs" }));
        QVERIFY(o.value("preamble").toArray()[0].isString()); // plain strings in interchange

        const QJsonObject tables = o.value("tables").toObject();
        QCOMPARE(keys(tables), (QStringList { "applications", "proactive", "reviewLitigation" }));
        const QJsonObject proactive = tables.value("proactive").toObject();
        QCOMPARE(keys(proactive),
                 (QStringList { "enforcement", "fees", "licensing", "normativeDocuments", "penalty",
                                "regulations" }));
        QCOMPARE(keys(proactive.value("regulations").toObject()),
                 (QStringList { "inForce", "issued", "repealed" }));
        QCOMPARE(keys(proactive.value("licensing").toObject()), QStringList { "decisions" });
        QCOMPARE(keys(proactive.value("fees").toObject()), QStringList { "amountWan" });
        const QJsonObject apps = tables.value("applications").toObject();
        QCOMPARE(apps.size(), 25);
        for (const QString &row : apps.keys())
            QCOMPARE(keys(apps.value(row).toObject()),
                     (QStringList { "commercial", "legalService", "natural", "otherOrg", "publicInterest",
                                    "research", "total" }));
        QCOMPARE(apps.value("new").toObject().value("natural").toInt(), 2);
        QCOMPARE(apps.value("processedTotal").toObject().value("total").toInt(), 3);
        const QJsonObject rl = tables.value("reviewLitigation").toObject();
        QCOMPARE(keys(rl),
                 (QStringList { "litigationAfterReconsideration", "litigationDirect", "reconsideration" }));
        QCOMPARE(keys(rl.value("reconsideration").toObject()),
                 (QStringList { "corrected", "other", "pending", "total", "upheld" }));
    }

    void blankIsNullAndStatedTotalsAreKept()
    {
        Report r = test::load(test::fixture(f003));
        test::setCell(r, "applications/carriedIn/natural", CellValue::blank());
        test::setCell(r, "applications/new/total", CellValue::number(9)); // differs from 2 + 1
        const QJsonObject apps = JsonCodec::toJson(r, JsonCodec::Style::Interchange)
                                     .value("tables")
                                     .toObject()
                                     .value("applications")
                                     .toObject();
        QVERIFY(apps.value("carriedIn").toObject().value("natural").isNull());
        QCOMPARE(apps.value("new").toObject().value("total").toInt(), 9);
        Report back;
        FormatError error;
        QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(r, JsonCodec::Style::Interchange),
                                    JsonCodec::Style::Interchange, back, error));
        QCOMPARE(test::cell(back, "applications/new/total"), CellValue::number(9));
        QVERIFY(test::cell(back, "applications/carriedIn/natural").isBlank());
        QVERIFY2(sameContent(r, back), qPrintable(describeDifferences(r, back)));
    }

    void roundTripThroughFiles_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("json") << "json";
        QTest::newRow("nianbao") << "nianbao";
        QTest::newRow("txt") << "txt";
    }
    void roundTripThroughFiles()
    {
        QFETCH(QString, extension);
        for (const QString &fixture : test::reportFixtures(QStringLiteral("txt"))) {
            const Report r = test::load(fixture);
            const QString path = test::scratchDir() + QStringLiteral("/roundtrip.") + extension;
            FormatError error;
            QVERIFY2(FormatRegistry::instance().writeFile(r, path, error), qPrintable(error.message()));
            const Report back = test::load(path);
            QVERIFY2(sameContent(r, back),
                     qPrintable(fixture + QLatin1Char('\n') + describeDifferences(r, back)));
        }
    }

    void nativeKeepsAnchors()
    {
        Report r = test::load(test::fixture(f003));
        const QString anchor = r.section(SectionId::Overview).subsections[1].paragraphs[2].anchor;
        QVERIFY(!anchor.isEmpty());
        const QString path = test::scratchDir() + QStringLiteral("/anchors.nianbao");
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(r, path, error));
        const Report back = test::load(path);
        QCOMPARE(back.section(SectionId::Overview).subsections[1].paragraphs[2].anchor, anchor);
        QCOMPARE(back.section(SectionId::Overview).subsections[1].anchor,
                 r.section(SectionId::Overview).subsections[1].anchor);
        // A new paragraph after loading gets an anchor no other paragraph has.
        Report copy = back;
        const QString fresh = copy.newAnchor();
        QVERIFY(fresh != anchor);
        QCOMPARE(copy.anchorCounter(), back.anchorCounter() + 1);
    }

    void newerVersionsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("json") << "newer.json"
                              << QByteArray(R"({"format":"nianbao.report","formatVersion":2,"agency":"X"})");
        QTest::newRow("nianbao") << "newer.nianbao"
                                 << QByteArray(R"({"format":"nianbao.document","formatVersion":7})");
    }
    void newerVersionsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        Report r;
        r.agency = QStringLiteral("untouched");
        FormatError error;
        QVERIFY(!readJson(bytes, name, r, error));
        QVERIFY2(error.message().contains(QStringLiteral("newer")), qPrintable(error.message()));
        QVERIFY(error.message().contains(name));
        QCOMPARE(r.agency, QStringLiteral("untouched")); // never half-read
    }

    void malformedJsonSaysWhere()
    {
        Report r;
        FormatError error;
        QVERIFY(
            !readJson("{\n  \"agency\": \"X\",\n  \"year\": ,\n}", QStringLiteral("broken.json"), r, error));
        QVERIFY2(error.place.contains(QStringLiteral("line 3")), qPrintable(error.message()));
        QVERIFY(!readJson(R"({"year": "last year"})", QStringLiteral("year.json"), r, error));
        QCOMPARE(error.place, QStringLiteral("$.year"));
        QVERIFY(!readJson(R"({"tables": {"applications": {"new": {"natural": true}}}})",
                          QStringLiteral("cell.json"), r, error));
        QCOMPARE(error.place, QStringLiteral("$.tables.applications.new.natural"));
        QVERIFY(!readJson(R"([1, 2])", QStringLiteral("array.json"), r, error));
        QVERIFY(!readJson(R"({"format": "something.else"})", QStringLiteral("other.json"), r, error));
        QCOMPARE(error.place, QStringLiteral("$.format"));
    }

    void everyWriterReportsAFullDisk_data()
    {
        QTest::addColumn<QString>("format");
        for (const auto &f : FormatRegistry::instance().formats()) {
            if (f->canWrite())
                QTest::newRow(qPrintable(f->id())) << f->id();
        }
    }
    void everyWriterReportsAFullDisk()
    {
        QFETCH(QString, format);
        const Report r = test::load(test::fixture(f003));
        FullDisk disk(100);
        FormatError error;
        QVERIFY(!FormatRegistry::instance().formatById(format)->write(r, disk, error));
        QVERIFY2(error.reason.contains(QStringLiteral("No space left")), qPrintable(error.reason));
    }

    void failedWriteLeavesTheOldFile()
    {
        // A path in a folder that does not exist cannot be written; an existing file is
        // replaced only when the new one is complete (QSaveFile).
        const Report r = test::load(test::fixture(f003));
        FormatError error;
        QVERIFY(
            !FormatRegistry::instance().writeFile(r, QStringLiteral("/nonexistent-folder/x.json"), error));
        QVERIFY(error.message().startsWith(QStringLiteral("/nonexistent-folder/x.json: ")));
        QVERIFY(
            !FormatRegistry::instance().writeFile(r, test::scratchDir() + QStringLiteral("/x.pdfx"), error));
    }
};

QTEST_MAIN(TestJsonFormat) // a QGuiApplication: the PDF writer needs fonts
#include "tst_jsonformat.moc"
