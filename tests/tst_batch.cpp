// Many reports at once, through the real binary: a folder converted with one corrupt file among
// good ones; the summary lines against per-file checks; the district sum against sums computed
// here from each file's JSON; reports of different years refused.
#include "TestSupport.h"
#include "io/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

using namespace nianbao;

namespace {

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(QJsonDocument(o).toJson());
}

// Fixture 003 as JSON with another agency and every number of table 三 plus `add`.
QString variant(const QString &name, const QString &agency, int add, int year = 2021)
{
    Report r = test::load(test::fixture(test::report003()));
    r.agency = agency;
    r.year = year;
    r.title = Report::standardTitle(agency, year);
    const QString path = scratch(name);
    FormatError error;
    if (!FormatRegistry::instance().writeFile(r, path, error))
        qFatal("%s", qPrintable(error.message()));
    QJsonObject o = readJson(path);
    QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
    QJsonObject apps = tables.value(QStringLiteral("applications")).toObject();
    for (const QString &row : apps.keys()) {
        QJsonObject cells = apps.value(row).toObject();
        for (const QString &col : cells.keys()) {
            if (col != u"total" && cells.value(col).isDouble())
                cells.insert(col, cells.value(col).toDouble() + add);
        }
        apps.insert(row, cells);
    }
    tables.insert(QStringLiteral("applications"), apps);
    o.insert(QStringLiteral("tables"), tables);
    writeJson(path, o);
    return path;
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT
private slots:
    void aFolderConvertsAroundACorruptFile()
    {
        const QString in = scratch(QStringLiteral("in"));
        QDir().mkpath(in);
        QStringList files;
        for (const QString &docx : test::reportFixtures(QStringLiteral("docx"))) {
            const QString copy = in + QLatin1Char('/') + QFileInfo(docx).fileName();
            QFile::remove(copy);
            QVERIFY(QFile::copy(docx, copy));
            files << copy;
        }
        QFile bad(in + QStringLiteral("/broken.docx"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("PK\\x03\\x04 this is not really a zip");
        bad.close();
        files.insert(1, bad.fileName());
        const QString out = scratch(QStringLiteral("out"));
        const test::ProcessResult r
            = test::runNianbao(QStringList { QStringLiteral("convert"), QStringLiteral("--to"),
                                             QStringLiteral("pdf"), QStringLiteral("--output-dir"), out }
                               + files);
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.exitCode, 2); // the worst of the files
        QVERIFY2(r.err.contains(QStringLiteral("broken.docx")), qPrintable(r.err));
        for (const QString &f : files) {
            const QString pdf
                = out + QLatin1Char('/') + QFileInfo(f).completeBaseName() + QStringLiteral(".pdf");
            if (f == bad.fileName()) {
                QVERIFY(!QFile::exists(pdf));
            } else {
                QFile p(pdf);
                QVERIFY2(p.open(QIODevice::ReadOnly) && p.read(5) == "%PDF-", qPrintable(pdf));
            }
        }
    }

    void theSummaryCountsWhatCheckFinds()
    {
        QStringList files = test::reportFixtures(QStringLiteral("txt"));
        files << test::reportFixtures(QStringLiteral("docx"));
        const test::ProcessResult summary = test::runNianbao(
            QStringList { QStringLiteral("check"), QStringLiteral("--summary"), QStringLiteral("--json") }
            + files);
        QVERIFY2(summary.exitCode == 0 || summary.exitCode == 1, qPrintable(summary.err));
        const QJsonArray rows = QJsonDocument::fromJson(summary.out.toUtf8()).array();
        QCOMPARE(rows.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row.value(QStringLiteral("file")).toString(), files[i]); // in the order given
            const test::ProcessResult one
                = test::runNianbao({ QStringLiteral("check"), QStringLiteral("--json"), files[i] });
            const QJsonArray findings = QJsonDocument::fromJson(one.out.toUtf8())
                                            .array()[0]
                                            .toObject()
                                            .value(QStringLiteral("findings"))
                                            .toArray();
            int counts[3] = { 0, 0, 0 };
            for (const QJsonValue f : findings) {
                const QString s = f.toObject().value(QStringLiteral("severity")).toString();
                ++counts[s == u"error" ? 0 : s == u"warning" ? 1 : 2];
            }
            QCOMPARE(row.value(QStringLiteral("errors")).toInt(), counts[0]);
            QCOMPARE(row.value(QStringLiteral("warnings")).toInt(), counts[1]);
            QCOMPARE(row.value(QStringLiteral("infos")).toInt(), counts[2]);
            QCOMPARE(row.value(QStringLiteral("reviewState")).toString(), QStringLiteral("draft"));
            QVERIFY(row.value(QStringLiteral("year")).toInt() > 2000);
        }
        // CSV for WPS and Excel: BOM, a header, quoted text.
        const test::ProcessResult csv = test::runNianbao(
            QStringList { QStringLiteral("check"), QStringLiteral("--summary"), QStringLiteral("--csv") }
            + files);
        QVERIFY(csv.out.startsWith(QChar(0xFEFF)) || csv.out.startsWith(QStringLiteral("\"File\",")));
        QVERIFY2(csv.out.contains(QStringLiteral(
                     "\"File\",\"Agency\",\"Year\",\"Errors\",\"Warnings\",\"Notes\",\"Review state\"")),
                 qPrintable(csv.out.left(200)));
        QVERIFY(csv.out.contains(QLatin1Char('"') + files[0] + QLatin1Char('"')));
        QVERIFY(csv.out.contains(QStringLiteral(",\"Draft\"")));
    }

    // #25.14: for people, the CSV speaks the interface's language; JSON keeps its keys.
    // #26.7: a name that begins like a formula is written so that no spreadsheet runs it.
    void theCsvSummaryIsInTheUsersLanguageAndRunsNoFormula()
    {
        const QString hostile = variant(QStringLiteral("formula.json"),
                                        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"点此\")"), 0);
        const QString dash = variant(QStringLiteral("-dash.json"), QStringLiteral("@某局"), 0);
        const test::ProcessResult zh = test::runNianbaoIn(
            QStringLiteral("zh_CN"),
            { QStringLiteral("check"), QStringLiteral("--summary"), QStringLiteral("--csv"), hostile, dash });
        QVERIFY2(zh.out.contains(
                     QStringLiteral("\"文件\",\"单位\",\"年度\",\"错误\",\"警告\",\"提示\",\"审阅状态\"")),
                 qPrintable(zh.out.left(300)));
        QVERIFY(zh.out.contains(QStringLiteral(",\"草稿\"")));
        QVERIFY2(zh.out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\"")),
                 qPrintable(zh.out));
        QVERIFY(zh.out.contains(QStringLiteral("\"'@某局\"")));
        // No field of the file begins with a formula character.
        for (const QString &line : zh.out.split(QStringLiteral("\r\n"))) {
            for (const QString &field : line.split(QStringLiteral("\",\"")))
                QVERIFY2(!QString(field).remove(QLatin1Char('"')).startsWith(QLatin1Char('=')),
                         qPrintable(line));
        }
        const test::ProcessResult json = test::runNianbaoIn(
            QStringLiteral("zh_CN"),
            { QStringLiteral("check"), QStringLiteral("--summary"), QStringLiteral("--json"), hostile });
        const QJsonObject row = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("reviewState")).toString(), QStringLiteral("draft"));
        QVERIFY(row.value(QStringLiteral("agency")).toString().startsWith(QLatin1Char('=')));
    }

    // #26.4: the summary written over one of its parts replaced that report.
    void theSumIsNeverWrittenOverAPart()
    {
        const QString a = variant(QStringLiteral("part-a.json"), QStringLiteral("甲局"), 0);
        const QString b = variant(QStringLiteral("part-b.json"), QStringLiteral("乙局"), 1);
        const QByteArray before = contents(a);
        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("sum"), QStringLiteral("--output"), a, a, b });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("refusing")), qPrintable(r.err));
        QCOMPARE(contents(a), before);
        // … nor through a link to it.
        const QString link = scratch(QStringLiteral("part-link.json"));
        QFile::remove(link);
        QVERIFY(QFile::link(a, link));
        QCOMPARE(test::runNianbao({ QStringLiteral("sum"), QStringLiteral("--output"), link, a, b }).exitCode,
                 2);
        QCOMPARE(contents(a), before);
    }

    // #26.5: an output that is the input under another name (a link to the file, a link to
    // its folder, a hard link) is refused, and the input stays as it was.
    void anOutputThatIsTheInputUnderAnotherNameIsRefused()
    {
        const QString folder = scratch(QStringLiteral("same"));
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        const QString in = folder + QStringLiteral("/in.txt");
        QVERIFY(QFile::copy(test::fixture(test::report003()), in));
        const QByteArray before = contents(in);
        const QString link = folder + QStringLiteral("/link.txt");
        QVERIFY(QFile::link(in, link));
        test::ProcessResult r = test::runNianbao({ QStringLiteral("convert"), in, link });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(contents(in), before);
        const QString hard = folder + QStringLiteral("/hard.txt");
        QVERIFY(::link(QFile::encodeName(in).constData(), QFile::encodeName(hard).constData()) == 0);
        QCOMPARE(test::runNianbao({ QStringLiteral("convert"), hard, in }).exitCode, 2);
        QCOMPARE(contents(in), before);
        const QString folderLink = scratch(QStringLiteral("same-link"));
        QFile::remove(folderLink);
        QVERIFY(QFile::link(folder, folderLink));
        r = test::runNianbao({ QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("txt"),
                               QStringLiteral("--output-dir"), folderLink, in });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("refusing")), qPrintable(r.err));
        QCOMPARE(contents(in), before);
    }

    // #26.6: inputs of one name (a.txt, a.docx, a.json, sub/a.txt) and names that are only
    // an extension each get an output of their own, none hidden.
    void batchOutputsNeverOverwriteOneAnother()
    {
        const QString folder = scratch(QStringLiteral("names"));
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(test::fixture(test::report003()), folder + QStringLiteral("/a.txt")));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("reports/003_b89d9c94ac7f3824.docx")),
                            folder + QStringLiteral("/a.docx")));
        QVERIFY(QFile::copy(variant(QStringLiteral("names-a.json"), QStringLiteral("丙局"), 0),
                            folder + QStringLiteral("/a.json")));
        QVERIFY(QFile::copy(test::fixture(test::report003()), folder + QStringLiteral("/sub/a.txt")));
        QVERIFY(QFile::copy(test::fixture(test::report003()), folder + QStringLiteral("/.txt")));
        const QString out = folder + QStringLiteral("/out");
        const QStringList inputs { folder + QStringLiteral("/a.txt"), folder + QStringLiteral("/a.docx"),
                                   folder + QStringLiteral("/a.json"), folder + QStringLiteral("/sub/a.txt"),
                                   folder + QStringLiteral("/.txt") };
        const test::ProcessResult r
            = test::runNianbao(QStringList { QStringLiteral("convert"), QStringLiteral("--to"),
                                             QStringLiteral("json"), QStringLiteral("--output-dir"), out }
                               + inputs);
        QVERIFY2(r.exitCode != 2, qPrintable(r.err));
        QStringList written = QDir(out).entryList(QDir::Files | QDir::Hidden);
        written.sort();
        QCOMPARE(written,
                 QStringList({ QStringLiteral("a (docx).json"), QStringLiteral("a (json).json"),
                               QStringLiteral("a (txt).json"), QStringLiteral("a.json"),
                               QStringLiteral("txt.json") }));
        QCOMPARE(readJson(out + QStringLiteral("/a (json).json")).value(QStringLiteral("agency")).toString(),
                 QStringLiteral("丙局"));
    }

    void theSumAddsUpItsParts()
    {
        const QStringList parts { variant(QStringLiteral("a.json"), QStringLiteral("甲局"), 0),
                                  variant(QStringLiteral("b.json"), QStringLiteral("乙局"), 1),
                                  variant(QStringLiteral("c.json"), QStringLiteral("丙局"), 2) };
        // One cell blank in one report: counted as 0 and said.
        QJsonObject c = readJson(parts[2]);
        QJsonObject tables = c.value(QStringLiteral("tables")).toObject();
        QJsonObject apps = tables.value(QStringLiteral("applications")).toObject();
        QJsonObject row = apps.value(QStringLiteral("new")).toObject();
        row.insert(QStringLiteral("natural"), QJsonValue::Null);
        apps.insert(QStringLiteral("new"), row);
        tables.insert(QStringLiteral("applications"), apps);
        c.insert(QStringLiteral("tables"), tables);
        writeJson(parts[2], c);

        const QString out = scratch(QStringLiteral("sum.json"));
        const test::ProcessResult r
            = test::runNianbao(QStringList { QStringLiteral("sum"), QStringLiteral("--output"), out,
                                             QStringLiteral("--agency"), QStringLiteral("某区人民政府") }
                               + parts);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("c.json"))
                     && r.err.contains(QStringLiteral("applications/new/natural")),
                 qPrintable(r.err));
        const QJsonObject sum = readJson(out);
        QCOMPARE(sum.value(QStringLiteral("agency")).toString(), QStringLiteral("某区人民政府"));
        QCOMPARE(sum.value(QStringLiteral("year")).toInt(), 2021);
        // Every non-total cell of every table, summed here from the files themselves.
        int compared = 0;
        const QJsonObject sumTables = sum.value(QStringLiteral("tables")).toObject();
        for (const QString &table : sumTables.keys()) {
            const QJsonObject rows = sumTables.value(table).toObject();
            for (const QString &rowKey : rows.keys()) {
                const QJsonObject cells = rows.value(rowKey).toObject();
                for (const QString &col : cells.keys()) {
                    double expected = 0;
                    bool any = false;
                    for (const QString &p : parts) {
                        const QJsonValue v = readJson(p)
                                                 .value(QStringLiteral("tables"))
                                                 .toObject()
                                                 .value(table)
                                                 .toObject()
                                                 .value(rowKey)
                                                 .toObject()
                                                 .value(col);
                        if (v.isDouble()) {
                            expected += v.toDouble();
                            any = true;
                        }
                    }
                    const QJsonValue got = cells.value(col);
                    if (!any) {
                        QVERIFY(got.isNull());
                    } else {
                        QVERIFY2(qFuzzyCompare(1 + got.toDouble(), 1 + expected),
                                 qPrintable(QStringLiteral("%1/%2/%3").arg(table, rowKey, col)));
                        ++compared;
                    }
                }
            }
        }
        QVERIFY(compared > 100);

        // Written as .nianbao, each summed cell says where its value came from.
        const QString native = scratch(QStringLiteral("sum.nianbao"));
        const test::ProcessResult n = test::runNianbao(
            QStringList { QStringLiteral("sum"), QStringLiteral("--output"), native } + parts);
        QVERIFY2(n.exitCode == 0 || n.exitCode == 1, qPrintable(n.err));
        const Report summed = test::load(native);
        const QVector<CellSource> from = summed.sources.value(QStringLiteral("applications/new/natural"));
        QCOMPARE(from.size(), 3);
        QCOMPARE(from[0].from, QStringLiteral("甲局"));
        QVERIFY(from[2].value.isBlank()); // 丙局's blank, counted as 0
        double total = 0;
        for (const CellSource &s : from)
            total += s.value.isNumber() ? s.value.number() : 0;
        QCOMPARE(summed.value(test::ref("applications/new/natural")).number(), total);
    }

    void reportsOfDifferentYearsAreNotSummed()
    {
        const QString out = scratch(QStringLiteral("mixed.json"));
        QFile::remove(out);
        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("sum"), QStringLiteral("--output"), out,
                                 variant(QStringLiteral("y1.json"), QStringLiteral("甲局"), 0, 2021),
                                 variant(QStringLiteral("y2.json"), QStringLiteral("乙局"), 0, 2022) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("sum.mixedYears")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // The same agency twice: summed, with a warning.
        const test::ProcessResult twice
            = test::runNianbao({ QStringLiteral("sum"), QStringLiteral("--output"), out,
                                 variant(QStringLiteral("t1.json"), QStringLiteral("甲局"), 0),
                                 variant(QStringLiteral("t2.json"), QStringLiteral("甲局"), 1) });
        QVERIFY(twice.err.contains(QStringLiteral("sum.duplicateAgency")));
        QVERIFY(QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
