// The real `nianbao` binary, driven as other systems drive it (spec/interchange.md):
// convert and check, their exit codes, and one-line messages that name the file.
#include "TestSupport.h"
#include "content/ReportJson.h"
#include "core/Annotation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

namespace {

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

const QString f003 = test::report003();

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    // #26.13: messages a user can act on.
    void messagesSayWhatIsWrong()
    {
        QTemporaryDir dir;
        const QString report = test::fixture(test::report003());
        const QString loop = dir.filePath(QStringLiteral("loop.docx"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("other.docx")), loop));
        QVERIFY(QFile::link(loop, dir.filePath(QStringLiteral("other.docx"))));
        test::ProcessResult r = test::runNianbao({ QStringLiteral("check"), loop });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("loop of symbolic links")), qPrintable(r.err));
        const QString dangling = dir.filePath(QStringLiteral("gone.docx"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.docx")), dangling));
        r = test::runNianbao({ QStringLiteral("check"), dangling });
        QVERIFY2(r.err.contains(QLatin1String("which does not exist")), qPrintable(r.err));
        // A missing --previous file is missing, not "of an unknown kind".
        r = test::runNianbao({ QStringLiteral("check"), QStringLiteral("--previous"),
                               dir.filePath(QStringLiteral("2024.docx")), report });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no such file")), qPrintable(r.err));
        // An output folder that is a file.
        QFile plain(dir.filePath(QStringLiteral("out")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        r = test::runNianbao({ QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("json"),
                               QStringLiteral("--output-dir"), plain.fileName(), report });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("is a file, not a folder")), qPrintable(r.err));
        // A tab or a line break in a name stays inside its field of the text summary.
        const QString odd = dir.filePath(QStringLiteral("a\tb\nc.txt"));
        QVERIFY(QFile::copy(report, odd));
        r = test::runNianbao({ QStringLiteral("check"), QStringLiteral("--summary"), odd });
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.out.startsWith(QLatin1Char('"')) && r.out.contains(QLatin1String("a\\tb\\nc.txt")),
                 qPrintable(r.out));
        // A comment too long for a report is named by its author and first words.
        Report withComment = test::load(report);
        Annotation a;
        a.author = QStringLiteral("王审阅");
        a.text = QStringLiteral("本栏数字有误") + QString(300000, QLatin1Char('x'));
        withComment.annotations.append(a);
        const QString json = dir.filePath(QStringLiteral("long-comment.json"));
        QFile out(json);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(ReportJson::toJson(withComment, ReportJson::Style::Interchange)).toJson());
        out.close();
        r = test::runNianbao({ QStringLiteral("check"), json });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("王审阅")) && r.err.contains(QStringLiteral("本栏数字有误")),
                 qPrintable(r.err));
    }

    // #26.14: a mistyped command opened the editor (and, headless, never ended).
    void aMistypedCommandIsRefusedWithTheList()
    {
        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("frobnicate"), QStringLiteral("x.json") }, 20000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("frobnicate"))
                     && r.err.contains(QLatin1String("nianbao convert")),
                 qPrintable(r.err));
    }

    // #26.8: output that did not arrive (a full disk, /dev/full) is a failure, exit 2.
    void aStandardOutputThatCannotBeWrittenFails_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString report = test::fixture(test::report003());
        QTest::newRow("check --json")
            << QStringList { QStringLiteral("check"), QStringLiteral("--json"), report };
        QTest::newRow("check --summary --csv")
            << QStringList { QStringLiteral("check"), QStringLiteral("--summary"), QStringLiteral("--csv"),
                             report };
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
    }
    void aStandardOutputThatCannotBeWrittenFails()
    {
        QFETCH(QStringList, arguments);
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(NIANBAO_BINARY), arguments);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("cannot write the output"));
    }

    void convertBetweenFormats()
    {
        const QString json = scratch("003.json");
        const test::ProcessResult r = test::runNianbao({ "convert", test::fixture(f003), json });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value("tables")
                     .toObject()
                     .value("applications")
                     .toObject()
                     .value("new")
                     .toObject()
                     .value("total")
                     .toInt(),
                 3);
        // And back, through the native format and text.
        QCOMPARE(test::runNianbao({ "convert", json, scratch("003.nianbao") }).exitCode, 0);
        QCOMPARE(test::runNianbao({ "convert", scratch("003.nianbao"), scratch("003.txt") }).exitCode, 0);
        QVERIFY(sameContent(test::load(scratch("003.txt")), test::load(test::fixture(f003))));
    }

    void convertExitsOneWhenTheReportHasErrors()
    {
        const QString bad = scratch("unbalanced.json");
        writeFile(bad, R"({"format":"nianbao.report","formatVersion":1,"agency":"X","year":2024,
                           "tables":{"applications":{"new":{"natural":3,"total":3}}}})");
        const test::ProcessResult r = test::runNianbao({ "convert", bad, scratch("unbalanced.txt") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QFile::exists(scratch("unbalanced.txt")));
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << scratch("does-not-exist.json") << "no such file";
        QTest::newRow("malformed") << scratch("malformed.json") << "not valid JSON";
        QTest::newRow("unknown kind") << scratch("report.xls") << "cannot read this kind of file";
        QTest::newRow("folder") << test::scratchDir() + "/folder.json"
                                << "folder";
    }
    void unreadableInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        writeFile(scratch("malformed.json"), "{ \"agency\": ");
        writeFile(scratch("report.xls"), "whatever");
        QDir().mkpath(test::scratchDir() + "/folder.json");
        const QString out = scratch("never-written.json");
        QFile::remove(out);
        const test::ProcessResult r = test::runNianbao({ "convert", input, out });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(r.err.startsWith(input + QStringLiteral(": ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(!QFile::exists(out)); // nothing written
    }

    void failedConvertLeavesExistingOutputAlone()
    {
        const QString out = scratch("precious.json");
        writeFile(out, "last week's work");
        writeFile(scratch("malformed.json"), "{ \"agency\": ");
        QCOMPARE(test::runNianbao({ "convert", scratch("malformed.json"), out }).exitCode, 2);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("last week's work"));
    }

    void unwritableOutput()
    {
        const test::ProcessResult r
            = test::runNianbao({ "convert", test::fixture(f003), "/nonexistent-folder/out.json" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("/nonexistent-folder/out.json: ")), qPrintable(r.err));
    }

    void checkJson()
    {
        const QStringList files = test::reportFixtures(QStringLiteral("txt"));
        const test::ProcessResult r = test::runNianbao(QStringList { "check", "--json" } + files);
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY(doc.isArray());
        const QJsonArray results = doc.array();
        QCOMPARE(results.size(), files.size());
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject o = results[i].toObject();
            QCOMPARE(o.value("file").toString(), files[i]);
            QVERIFY(o.value("findings").isArray());
            for (const QJsonValue f : o.value("findings").toArray()) {
                const QJsonObject finding = f.toObject();
                QVERIFY(finding.contains("rule") && finding.contains("severity")
                        && finding.contains("location") && finding.contains("message"));
                QVERIFY(finding.value("severity").toString() != "error");
            }
        }
    }

    void checkFindsErrorsAtTheCell()
    {
        const QString bad = scratch("wrong-total.json");
        QCOMPARE(test::runNianbao({ "convert", test::fixture(f003), bad }).exitCode, 0);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject tables = o.value("tables").toObject();
        QJsonObject apps = tables.value("applications").toObject();
        QJsonObject row = apps.value("new").toObject();
        row.insert("total", 5);
        apps.insert("new", row);
        tables.insert("applications", apps);
        o.insert("tables", tables);
        writeFile(bad, QJsonDocument(o).toJson());

        const test::ProcessResult r = test::runNianbao({ "check", "--json", bad });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray findings
            = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject().value("findings").toArray();
        bool found = false;
        for (const QJsonValue v : findings) {
            const QJsonObject finding = v.toObject();
            if (finding.value("rule") == "applications.rowTotal") {
                QCOMPARE(finding.value("severity").toString(), QStringLiteral("error"));
                QCOMPARE(
                    finding.value("location").toObject(),
                    (QJsonObject { { "table", "applications" }, { "row", "new" }, { "column", "total" } }));
                found = true;
            }
        }
        QVERIFY(found);
        // The text output names the rule and the place too.
        const test::ProcessResult text = test::runNianbao({ "check", bad });
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains(QStringLiteral("error applications.rowTotal [applications/new/total]")));
    }

    void checkWithPreviousYear()
    {
        const QString last = scratch("last-year.json");
        QCOMPARE(test::runNianbao({ "convert", test::fixture(f003), last }).exitCode, 0);
        QFile f(last);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QJsonObject tables = o.value("tables").toObject();
        QJsonObject apps = tables.value("applications").toObject();
        apps.insert("carriedOut",
                    QJsonObject { { "natural", 1 },
                                  { "commercial", 0 },
                                  { "research", 0 },
                                  { "publicInterest", 0 },
                                  { "legalService", 0 },
                                  { "otherOrg", 0 },
                                  { "total", 1 } });
        tables.insert("applications", apps);
        o.insert("tables", tables);
        const QString now = test::fixture("reports/000_e90af9d1a07c895b.txt");
        // Another agency's report is not last year's: said, and no cross-year rule runs.
        writeFile(last, QJsonDocument(o).toJson());
        const test::ProcessResult other = test::runNianbao({ "check", "--json", "--previous", last, now });
        QCOMPARE(other.exitCode, 0);
        QVERIFY(other.out.contains(QStringLiteral("crossYear.notPrevious")));
        QVERIFY(!other.out.contains(QStringLiteral("crossYear.carriedIn")));
        // The same agency's report of the year before.
        const Report thisYear = test::load(now);
        o.insert("agency", thisYear.agency);
        o.insert("year", thisYear.year - 1);
        writeFile(last, QJsonDocument(o).toJson());
        const test::ProcessResult r = test::runNianbao({ "check", "--json", "--previous", last, now });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("crossYear.carriedIn")));
        QVERIFY(!r.out.contains(QStringLiteral("crossYear.notPrevious")));
        QCOMPARE(test::runNianbao({ "check", now }).exitCode, 0);
    }

    void checkUnreadableFileStillChecksTheOthers()
    {
        const test::ProcessResult r
            = test::runNianbao({ "check", scratch("nope.json"), test::fixture(f003) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(scratch("nope.json") + ": "));
        QVERIFY(r.out.contains(test::fixture(f003)));
    }

    void usage()
    {
        test::ProcessResult r = test::runNianbao({ "--version" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("nianbao ")));
        r = test::runNianbao({ "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("nianbao convert [--with-annotations] IN OUT")));
        QVERIFY(r.out.contains(QStringLiteral("--to FORMAT --output-dir DIR FILE...")));
        QVERIFY(r.out.contains(QStringLiteral("nianbao sum --output OUT")));
        QVERIFY(r.out.contains(QStringLiteral(".docx")) || r.out.contains(QStringLiteral(".txt")));
        r = test::runNianbao({ "convert", "only-one-argument.txt" });
        QCOMPARE(r.exitCode, 2);
        r = test::runNianbao({ "check" });
        QCOMPARE(r.exitCode, 2);
        r = test::runNianbao({ "check", "--bogus", "x.json" });
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
