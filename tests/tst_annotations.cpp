// Review comments, the model side: every command undone and redone exactly, comments on
// paragraphs following their paragraph through edits and moves, orphaned (never dropped)
// when it is deleted, review steps with the content hash, a locked report refusing content
// edits but taking comments, and comments through .nianbao and .json unchanged.
#include "TestSupport.h"
#include "content/AnnotationJson.h"
#include "content/ContentHash.h"
#include "document/AnnotationsModel.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nianbao;

namespace {

Report fixture()
{
    return test::load(test::fixture(test::report003()));
}

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

// The comments as a file would say them: compared before and after undo/redo.
QByteArray commentsOf(const ReportDocument &doc)
{
    return QJsonDocument(AnnotationJson::toJson(doc.report(), false)).toJson(QJsonDocument::Compact);
}

QString overviewText(const ReportDocument &doc)
{
    QStringList lines;
    for (const Paragraph &p : doc.report().section(SectionId::Overview).paragraphs)
        lines << p.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT
private slots:
    // Issue #25.9: the example's comment started on a comma and ended mid-word. Each quoted
    // comment of the example is on a phrase of its paragraph.
    void theExampleCommentsQuotePhrases()
    {
        const Report r
            = test::load(QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-review.nianbao"));
        int quoted = 0;
        for (const Annotation &a : AnnotationAnchors::current(r)) {
            if (a.target.kind != ReportPlace::Kind::Paragraph || a.target.quote.isEmpty())
                continue;
            ++quoted;
            const QString q = a.target.quote;
            QVERIFY2(!q.front().isPunct() && !q.back().isPunct(), qPrintable(q));
            const Section &s = r.section(*a.target.section);
            const QString text = s.paragraphs.value(a.target.paragraph).text;
            const qsizetype at = text.indexOf(q);
            QVERIFY2(at >= 0, qPrintable(q));
            // It ends where a phrase ends: at punctuation or the paragraph's end.
            QVERIFY2(at + q.size() == text.size() || text.at(at + q.size()).isPunct(), qPrintable(q));
        }
        QVERIFY(quoted > 0);
    }

    void everyCommandUndoesAndRedoesExactly()
    {
        ReportDocument doc;
        doc.load(fixture());
        doc.setAuthor(QStringLiteral("李审核"));
        const CellRef cell = test::ref("applications/new/natural");
        QList<QByteArray> states { commentsOf(doc) };
        const QString id = doc.addAnnotation(ReportPlace::ofCell(cell), QStringLiteral("请核对。"));
        states << commentsOf(doc);
        doc.editAnnotation(id, QStringLiteral("本栏合计与明细不符，请核对。"));
        states << commentsOf(doc);
        doc.setAuthor(QStringLiteral("王起草"));
        doc.replyToAnnotation(id, QStringLiteral("已更正。"));
        states << commentsOf(doc);
        doc.setAnnotationResolved(id, true);
        states << commentsOf(doc);
        doc.setAnnotationResolved(id, false);
        states << commentsOf(doc);
        doc.removeAnnotation(id);
        states << commentsOf(doc);
        QCOMPARE(doc.undoStack()->count(), 6);
        for (int i = int(states.size()) - 1; i > 0; --i) {
            QCOMPARE(commentsOf(doc), states[i]);
            doc.undoStack()->undo();
        }
        QCOMPARE(commentsOf(doc), states[0]);
        for (int i = 1; i < states.size(); ++i) {
            doc.undoStack()->redo();
            QCOMPARE(commentsOf(doc), states[i]);
        }
        // What each step recorded.
        doc.undoStack()->setIndex(4);
        const Annotation *a = doc.annotation(id);
        QVERIFY(a);
        QCOMPARE(a->author, QStringLiteral("李审核"));
        QCOMPARE(a->text, QStringLiteral("本栏合计与明细不符，请核对。"));
        QCOMPARE(a->replies.size(), 1);
        QCOMPARE(a->replies[0].author, QStringLiteral("王起草"));
        QVERIFY(a->resolved);
        QVERIFY(a->created.isValid()
                && a->created.offsetFromUtc() == QDateTime::currentDateTime().offsetFromUtc());
        QVERIFY(doc.isModified());
    }

    void aParagraphCommentFollowsItsParagraph()
    {
        ReportDocument doc;
        doc.load(fixture());
        const QVector<Paragraph> &ps = doc.report().section(SectionId::Overview).paragraphs;
        QVERIFY(ps.size() >= 1);
        const QString marked = ps.last().text;
        const QString quote = marked.left(6);
        const QString id = doc.addAnnotation(
            ReportPlace::ofParagraph(SectionId::Overview, ps.last().anchor, quote), QStringLiteral("措辞"));
        const int lastIndex = int(ps.size()) - 1;

        // A paragraph inserted above: the comment moves down with its paragraph.
        doc.setParagraphs(SectionId::Overview, -1, QStringLiteral("新的第一段。\n") + overviewText(doc));
        AnnotationsModel model(&doc);
        const Annotation *a = model.annotationAt(model.rowOf(id));
        QVERIFY(a);
        QCOMPARE(a->target.paragraph, lastIndex + 1);
        QVERIFY(!a->target.orphaned);
        // Typing in the paragraph keeps it there.
        QString text = overviewText(doc);
        doc.setParagraphs(SectionId::Overview, -1, text.replace(marked, marked + QStringLiteral("补充。")));
        a = model.annotationAt(model.rowOf(id));
        QCOMPARE(a->target.paragraph, lastIndex + 1);
        QVERIFY(!a->target.orphaned);
        // Saved and read back: the place is written as indices and found again.
        FormatError error;
        QVERIFY(
            FormatRegistry::instance().writeFile(doc.report(), scratch(QStringLiteral("moved.json")), error));
        const Report back = test::load(scratch(QStringLiteral("moved.json")));
        const Annotation &read = back.annotations.constFirst();
        QCOMPARE(read.target.paragraph, lastIndex + 1);
        QCOMPARE(read.target.quote, quote);
        const Paragraph &p = back.section(SectionId::Overview).paragraphs[lastIndex + 1];
        QCOMPARE(read.target.anchor, p.anchor);
        QVERIFY(p.text.startsWith(quote));

        // The paragraph deleted: the comment stays, orphaned, with its quote.
        QStringList lines = overviewText(doc).split(QLatin1Char('\n'));
        lines.removeLast();
        doc.setParagraphs(SectionId::Overview, -1, lines.join(QLatin1Char('\n')));
        a = model.annotationAt(model.rowOf(id));
        QVERIFY(a);
        QVERIFY(a->target.orphaned);
        QCOMPARE(a->target.quote, quote);
        QVERIFY(AnnotationsModel::describe(a->target) != AnnotationsModel::describe(read.target));
        QVERIFY(FormatRegistry::instance().writeFile(doc.report(), scratch(QStringLiteral("orphan.json")),
                                                     error));
        const Report orphan = test::load(scratch(QStringLiteral("orphan.json")));
        QCOMPARE(orphan.annotations.size(), 1);
        QVERIFY(orphan.annotations[0].target.orphaned);
        QCOMPARE(orphan.annotations[0].target.quote, quote);
        // Undo brings the paragraph, and the comment's place, back.
        doc.undoStack()->undo();
        a = model.annotationAt(model.rowOf(id));
        QVERIFY(!a->target.orphaned);
    }

    void reviewStepsRecordWhoWhenAndTheHash()
    {
        ReportDocument doc;
        doc.load(fixture());
        doc.setAuthor(QStringLiteral("王起草"));
        QVERIFY(!doc.returnForChanges()); // nothing submitted yet
        QVERIFY(doc.submitForReview());
        QCOMPARE(doc.report().review.state, ReviewState::Submitted);
        QCOMPARE(doc.report().review.history.constLast().by, QStringLiteral("王起草"));
        QCOMPARE(doc.report().review.history.constLast().contentHash, ContentHash::of(doc.report()));
        QVERIFY(!doc.changedSinceSubmission());
        doc.setAuthor(QStringLiteral("李审核"));
        QVERIFY(doc.returnForChanges());
        QCOMPARE(doc.report().review.state, ReviewState::Returned);
        doc.setCell(test::ref("applications/new/natural"), CellValue::number(4321));
        QVERIFY(doc.changedSinceSubmission());
        doc.setAuthor(QStringLiteral("王起草"));
        QVERIFY(doc.submitForReview());
        QVERIFY(!doc.changedSinceSubmission());
        doc.setAuthor(QStringLiteral("李审核"));
        QVERIFY(doc.approve());
        QCOMPARE(doc.report().review.history.size(), 4);
        QVERIFY(!doc.approve()); // one verdict per submission
        // Corrected after approval, it is submitted again for a new verdict.
        doc.setAuthor(QStringLiteral("王起草"));
        QVERIFY(doc.submitForReview());
        QVERIFY(!doc.submitForReview()); // already submitted
        QCOMPARE(doc.report().review.state, ReviewState::Submitted);
        doc.undoStack()->undo();
        QCOMPARE(doc.report().review.state, ReviewState::Approved);
        // Each step is undoable.
        doc.undoStack()->undo();
        QCOMPARE(doc.report().review.state, ReviewState::Submitted);
        QCOMPARE(doc.report().review.history.size(), 3);
    }

    void aLockedReportTakesCommentsButNoEdits()
    {
        ReportDocument doc;
        doc.load(fixture());
        doc.setContentLocked(true);
        const CellRef cell = test::ref("applications/new/natural");
        const CellValue before = doc.report().value(cell);
        doc.setCell(cell, CellValue::number(before.number() + 7));
        doc.setField(ReportField::Title, QStringLiteral("改过的标题"));
        doc.setParagraphs(SectionId::Problems, -1, QStringLiteral("改过"));
        QCOMPARE(doc.report().value(cell), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        doc.addAnnotation(ReportPlace::ofField(ReportField::Title), QStringLiteral("标题不规范"));
        QCOMPARE(doc.report().annotations.size(), 1);
        doc.setContentLocked(false);
        doc.setCell(cell, CellValue::number(before.number() + 7));
        QCOMPARE(doc.report().value(cell).number(), before.number() + 7);
    }

    void everyKindOfTargetSurvivesTheFullFormats_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("nianbao") << QStringLiteral("nianbao");
        QTest::newRow("json") << QStringLiteral("json");
    }
    void everyKindOfTargetSurvivesTheFullFormats()
    {
        QFETCH(QString, extension);
        ReportDocument doc;
        doc.load(fixture());
        doc.setAuthor(QStringLiteral("李审核"));
        const Report &r = doc.report();
        doc.addAnnotation(ReportPlace::ofReport(), QStringLiteral("整体"));
        doc.addAnnotation(ReportPlace::ofCell(test::ref("reviewLitigation/reconsideration/total")),
                          QStringLiteral("格"));
        doc.addAnnotation(ReportPlace::ofSection(SectionId::Problems), QStringLiteral("节"));
        doc.addAnnotation(ReportPlace::ofSection(std::nullopt), QStringLiteral("前言"));
        doc.addAnnotation(ReportPlace::ofField(ReportField::SignatureDate), QStringLiteral("日期"));
        doc.addAnnotation(ReportPlace::ofParagraph(std::nullopt, r.preamble.constFirst().anchor,
                                                   r.preamble.constFirst().text.left(4)),
                          QStringLiteral("段"));
        const QString replied = doc.addAnnotation(ReportPlace::ofReport(), QStringLiteral("再看"));
        doc.replyToAnnotation(replied, QStringLiteral("好的"));
        doc.setAnnotationResolved(replied, true);
        const QString path = scratch(QStringLiteral("targets.") + extension);
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(doc.report(), path, error));
        const Report back = test::load(path);
        QCOMPARE(back.annotations.size(), 7);
        QCOMPARE(AnnotationJson::toJson(back, false), AnnotationJson::toJson(doc.report(), false));
        QCOMPARE(back.annotations.constLast().replies.constFirst().text, QStringLiteral("好的"));
        QVERIFY(back.annotations.constLast().resolved);
        // Written again, the file is the same byte for byte.
        const QString again = scratch(QStringLiteral("again.") + extension);
        QVERIFY(FormatRegistry::instance().writeFile(back, again, error));
        QFile a(path), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    void damagedTargetsAreErrorsNamingTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("annotations");
        QTest::addColumn<QString>("place");
        QTest::newRow("unknown table")
            << QByteArray(R"([{"id":"c1","target":{"table":"x","row":"a","column":"b"}}])")
            << QStringLiteral("$.annotations[0].target.table");
        QTest::newRow("unknown row") << QByteArray(
            R"([{"id":"c1","target":{"table":"applications","row":"nope","column":"natural"}}])")
                                     << QStringLiteral("$.annotations[0].target.row");
        QTest::newRow("unknown field") << QByteArray(R"([{"id":"c1","target":{"field":"colour"}}])")
                                       << QStringLiteral("$.annotations[0].target.field");
        QTest::newRow("negative paragraph")
            << QByteArray(R"([{"id":"c1","target":{"section":"overview","paragraph":-1}}])")
            << QStringLiteral("$.annotations[0].target.paragraph");
        QTest::newRow("bad time") << QByteArray(R"([{"id":"c1","created":"yesterday"}])")
                                  << QStringLiteral("$.annotations[0].created");
        QTest::newRow("twice the same id")
            << QByteArray(R"([{"id":"c1"},{"id":"c1"}])") << QStringLiteral("$.annotations[1].id");
    }
    void damagedTargetsAreErrorsNamingTheirPlace()
    {
        QFETCH(QByteArray, annotations);
        QFETCH(QString, place);
        const QString path = scratch(QStringLiteral("damaged.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"format":"nianbao.report","formatVersion":1,"annotations":)" + annotations + "}");
        f.close();
        Report report;
        FormatError error;
        QVERIFY(!FormatRegistry::instance().readFile(path, report, error));
        QVERIFY2(error.message().contains(place + QStringLiteral(": ")), qPrintable(error.message()));
    }

    void overlongCommentsAreRefusedWithTheirPlace()
    {
        const QString path = scratch(QStringLiteral("long-comment.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            R"({"format":"nianbao.report","formatVersion":1,"sections":{"overview":{"paragraphs":["一段"]}},)"
            R"("annotations":[{"id":"c1","text":"ok"},{"id":"c2","text":")"
            + QByteArray(100001, 'x') + R"("}]})");
        f.close();
        Report report;
        FormatError error;
        QVERIFY(!FormatRegistry::instance().readFile(path, report, error));
        QVERIFY2(error.message().contains(QStringLiteral("$.annotations[1].text: ")),
                 qPrintable(error.message()));
    }

    void aParagraphThatDoesNotExistIsReadAsOrphaned()
    {
        const QString path = scratch(QStringLiteral("gone.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            R"({"format":"nianbao.report","formatVersion":1,"sections":{"overview":{"paragraphs":["一段"]}},)"
            R"("annotations":[{"id":"c1","target":{"section":"overview","paragraph":5,"quote":"旧话"},"text":"?"}]})");
        f.close();
        const Report report = test::load(path);
        QCOMPARE(report.annotations.size(), 1);
        QVERIFY(report.annotations[0].target.orphaned);
        QCOMPARE(report.annotations[0].target.quote, QStringLiteral("旧话"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
