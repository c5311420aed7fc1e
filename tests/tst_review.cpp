// Review, the model side: the content hash of a submission reproduced by a third party
// (Python's json and hashlib, nothing of ours), the rule that notices a change after
// submission, review state through the file formats, and `nianbao diff` on hand-made pairs.
#include "TestSupport.h"
#include "content/ContentHash.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nianbao;

namespace {

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

QString save(const Report &report, const QString &name)
{
    FormatError error;
    if (!FormatRegistry::instance().writeFile(report, scratch(name), error))
        qFatal("%s", qPrintable(error.message()));
    return scratch(name);
}

Report submitted(Report report)
{
    report.review.state = ReviewState::Submitted;
    report.review.history.append(
        { ReviewState::Submitted, QStringLiteral("王起草"),
          QDateTime::fromString(QStringLiteral("2025-01-18T16:00:00+08:00"), Qt::ISODate),
          ContentHash::of(report) });
    return report;
}

int countRule(const Report &report, const char *rule)
{
    int n = 0;
    for (const Finding &f : RuleEngine::check(report))
        n += f.rule == QLatin1String(rule);
    return n;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private slots:
    void contentHashIsReproducibleWithPython_data()
    {
        QTest::addColumn<QString>("source");
        for (const QString &path : test::reportFixtures(QStringLiteral("txt")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        QTest::newRow("awkward text and numbers") << QString();
    }
    void contentHashIsReproducibleWithPython()
    {
        QFETCH(QString, source);
        Report report = test::load(source.isEmpty() ? test::fixture(test::report003()) : source);
        if (source.isEmpty()) {
            // What a serialiser gets wrong: quotes, backslashes, control characters, a
            // character outside the BMP, fractions, a count written as text.
            report.title = QStringLiteral("“引号”\"\\ \t\u0001 𠀀 é 年报");
            report.preamble.append({ QString(), QStringLiteral("第一行\n第二行\r\n") });
            test::setCell(report, "proactive/fees/amountWan", CellValue::number(0.1));
            test::setCell(report, "proactive/licensing/decisions", CellValue::number(1e17));
            test::setCell(report, "applications/new/natural", CellValue::invalid(QStringLiteral("约3件")));
        }
        report = submitted(report);
        const QString path = save(report, QStringLiteral("submitted.json"));
        const QString python
            = QStringLiteral("import hashlib, json, sys\n"
                             "o = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                             "claimed = o['review']['history'][-1]['contentHash']\n"
                             "o.pop('annotations', None); o.pop('review', None)\n"
                             "s = json.dumps(o, sort_keys=True, separators=(',', ':'), ensure_ascii=False)\n"
                             "print('sha256:' + hashlib.sha256(s.encode('utf-8')).hexdigest())\n"
                             "print(claimed)\n");
        const test::ProcessResult r
            = test::runProgram(QStringLiteral("python3"), { QStringLiteral("-c"), python, path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], ContentHash::of(report)); // Python's hash of the file is ours
        QCOMPARE(lines[1], lines[0]); // and the one the file claims
        QVERIFY(lines[0].startsWith(QStringLiteral("sha256:")) && lines[0].size() == 7 + 64);
    }

    void hashIgnoresCommentsAndReviewButNotContent()
    {
        const Report report = test::load(test::fixture(test::report003()));
        const QString hash = ContentHash::of(report);
        Report commented = submitted(report);
        Annotation comment;
        comment.id = QStringLiteral("c1");
        comment.text = QStringLiteral("请核对");
        commented.annotations.append(comment);
        QCOMPARE(ContentHash::of(commented), hash);
        Report edited = report;
        test::setCell(edited, "applications/new/natural", CellValue::number(99));
        QVERIFY(ContentHash::of(edited) != hash);
    }

    void changedSinceSubmissionFollowsTheContent()
    {
        Report report = submitted(test::load(test::fixture(test::report003())));
        QCOMPARE(countRule(report, "review.changedSinceSubmission"), 0);
        const CellValue before = test::cell(report, "applications/new/natural");
        test::setCell(report, "applications/new/natural", CellValue::number(before.number() + 1));
        QCOMPARE(countRule(report, "review.changedSinceSubmission"), 1);
        for (const Finding &f : RuleEngine::check(report)) {
            if (f.rule == u"review.changedSinceSubmission") {
                QCOMPARE(f.severity, Severity::Warning);
                QVERIFY(f.message.contains(QStringLiteral("王起草")));
            }
        }
        test::setCell(report, "applications/new/natural", before);
        QCOMPARE(countRule(report, "review.changedSinceSubmission"), 0);
        // A draft has nothing to compare with.
        Report draft = test::load(test::fixture(test::report003()));
        test::setCell(draft, "applications/new/natural", CellValue::number(1234));
        QCOMPARE(countRule(draft, "review.changedSinceSubmission"), 0);
    }

    void reviewStateSurvivesEveryFullFormat_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("nianbao") << QStringLiteral("nianbao");
    }
    void reviewStateSurvivesEveryFullFormat()
    {
        QFETCH(QString, extension);
        Report report = submitted(test::load(test::fixture(test::report003())));
        report.review.state = ReviewState::Returned;
        report.review.history.append(
            { ReviewState::Returned, QStringLiteral("李审核"),
              QDateTime::fromString(QStringLiteral("2025-01-20T10:15:00+08:00"), Qt::ISODate), QString() });
        const Report back = test::load(save(report, QStringLiteral("review.") + extension));
        QVERIFY2(sameContent(back, report), qPrintable(describeDifferences(back, report)));
        QCOMPARE(back.review.history.size(), 2);
        QCOMPARE(back.review.history[1].by, QStringLiteral("李审核"));
    }

    void damagedReviewIsAnErrorNamingItsPlace_data()
    {
        QTest::addColumn<QByteArray>("review");
        QTest::addColumn<QString>("place");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("$.review");
        QTest::newRow("unknown state")
            << QByteArray("{\"state\":\"pending\"}") << QStringLiteral("$.review.state");
        QTest::newRow("bad time") << QByteArray(
            "{\"state\":\"submitted\",\"history\":[{\"state\":\"submitted\","
            "\"by\":\"王\",\"at\":\"yesterday\"}]}")
                                  << QStringLiteral("$.review.history[0].at");
        QTest::newRow("bad hash") << QByteArray(
            "{\"state\":\"submitted\",\"history\":[{\"state\":\"submitted\","
            "\"by\":\"王\",\"at\":\"2025-01-18T16:00:00+08:00\","
            "\"contentHash\":\"md5:abc\"}]}")
                                  << QStringLiteral("$.review.history[0].contentHash");
    }
    void damagedReviewIsAnErrorNamingItsPlace()
    {
        QFETCH(QByteArray, review);
        QFETCH(QString, place);
        const QString path = scratch(QStringLiteral("bad-review.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\":\"nianbao.report\",\"formatVersion\":1,\"review\":" + review + "}");
        f.close();
        Report report;
        FormatError error;
        QVERIFY(!FormatRegistry::instance().readFile(path, report, error));
        QVERIFY2(error.message().contains(place + QStringLiteral(": ")), qPrintable(error.message()));
    }

    // `nianbao diff` on a hand-made pair: every kind of change, exactly.
    void diffListsExactlyWhatChanged()
    {
        const Report before = test::load(test::fixture(test::report003()));
        Report after = before;
        test::setCell(after, "applications/new/natural", CellValue::number(7));
        after.title = QStringLiteral("新的标题");
        Section &other = after.section(SectionId::Other);
        const QString kept = other.paragraphs.value(0).text;
        other.paragraphs = { { QString(), QStringLiteral("新增的第一段。") }, { QString(), kept } };
        Section &overview = after.section(SectionId::Overview);
        QVERIFY(!overview.paragraphs.isEmpty());
        const QString oldFirst = overview.paragraphs[0].text;
        overview.paragraphs[0].text = oldFirst + QStringLiteral("补充。");
        const QString oldPath = save(before, QStringLiteral("old.nianbao"));
        const QString newPath = save(after, QStringLiteral("new.json"));

        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("diff"), QStringLiteral("--json"), oldPath, newPath });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject diff = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray cells = diff.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 2); // the cell and its row total
        QCOMPARE(
            cells[0].toObject(),
            (QJsonObject { { QStringLiteral("table"), QStringLiteral("applications") },
                           { QStringLiteral("row"), QStringLiteral("new") },
                           { QStringLiteral("column"), QStringLiteral("natural") },
                           { QStringLiteral("old"), test::cell(before, "applications/new/natural").number() },
                           { QStringLiteral("new"), 7 } }));
        QCOMPARE(cells[1].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("total"));
        const QJsonArray fields = diff.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields[0].toObject(),
                 (QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
                                { QStringLiteral("old"), before.title },
                                { QStringLiteral("new"), QStringLiteral("新的标题") } }));
        const QJsonArray paragraphs = diff.value(QStringLiteral("paragraphs")).toArray();
        QCOMPARE(paragraphs.size(), 2);
        QCOMPARE(paragraphs[0].toObject(),
                 (QJsonObject { { QStringLiteral("section"), QStringLiteral("overview") },
                                { QStringLiteral("op"), QStringLiteral("changed") },
                                { QStringLiteral("old"), oldFirst },
                                { QStringLiteral("new"), QString(oldFirst + QStringLiteral("补充。")) } }));
        QCOMPARE(paragraphs[1].toObject(),
                 (QJsonObject { { QStringLiteral("section"), QStringLiteral("other") },
                                { QStringLiteral("op"), QStringLiteral("inserted") },
                                { QStringLiteral("new"), QStringLiteral("新增的第一段。") } }));

        // The other way round, a removal; the same content in two formats, no change.
        const test::ProcessResult back
            = test::runNianbao({ QStringLiteral("diff"), QStringLiteral("--json"), newPath, oldPath });
        const QJsonArray removed = QJsonDocument::fromJson(back.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("paragraphs"))
                                       .toArray();
        QCOMPARE(removed[1].toObject().value(QStringLiteral("op")).toString(), QStringLiteral("removed"));
        QVERIFY(!removed[1].toObject().contains(QStringLiteral("new")));
        const test::ProcessResult same = test::runNianbao(
            { QStringLiteral("diff"), oldPath, save(before, QStringLiteral("same.json")) });
        QCOMPARE(same.exitCode, 0);
        const test::ProcessResult missing
            = test::runNianbao({ QStringLiteral("diff"), oldPath, scratch(QStringLiteral("missing.json")) });
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
