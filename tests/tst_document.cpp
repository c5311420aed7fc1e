// The editing API of ReportDocument: every change is one undo step (typing merges),
// undo/redo restore the report exactly, "modified" follows the undo stack's clean state.
#include "TestSupport.h"
#include "core/ReportFactory.h"
#include "document/ReportDocument.h"
#include "rules/RuleEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace nianbao;

namespace {
const QString f003 = test::report003();
}

class TestDocument : public QObject
{
    Q_OBJECT
private slots:
    void cellEditUndoRedo()
    {
        ReportDocument doc;
        doc.load(test::load(test::fixture(f003)));
        const Report before = doc.report();
        QVERIFY(!doc.isModified());
        QSignalSpy findings(&doc, &ReportDocument::findingsChanged);

        doc.setCell(test::ref("applications/new/research"), CellValue::number(4));
        QVERIFY(doc.isModified());
        QCOMPARE(test::cell(doc.report(), "applications/new/total"), CellValue::number(7)); // computed live
        QCOMPARE(findings.count(), 1);
        bool unbalanced = false;
        for (const Finding &f : doc.findings())
            unbalanced |= f.rule == u"applications.balance";
        QVERIFY(unbalanced);

        doc.undoStack()->undo();
        QVERIFY(sameContent(doc.report(), before));
        QVERIFY(!doc.isModified());
        QCOMPARE(test::cell(doc.report(), "applications/new/total"), CellValue::number(3));
        doc.undoStack()->redo();
        QCOMPARE(test::cell(doc.report(), "applications/new/total"), CellValue::number(7));
    }

    void useComputedValue()
    {
        Report r = test::load(test::fixture(f003));
        test::setCell(r, "applications/new/total", CellValue::number(9));
        ReportDocument doc;
        doc.load(r);
        const CellRef total = test::ref("applications/new/total");
        doc.useComputedValue(total);
        QCOMPARE(test::cell(doc.report(), "applications/new/total"), CellValue::number(3));
        QVERIFY(doc.report().table(total.table).isAutomatic(total.row, total.column));
        doc.undoStack()->undo();
        QCOMPARE(test::cell(doc.report(), "applications/new/total"), CellValue::number(9));
    }

    void typingMergesIntoOneStep()
    {
        ReportDocument doc;
        doc.load(test::load(test::fixture(f003)));
        doc.setField(ReportField::Agency, QStringLiteral("北"));
        doc.setField(ReportField::Agency, QStringLiteral("北京"));
        doc.setField(ReportField::Agency, QStringLiteral("北京市"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.setField(ReportField::Title, QStringLiteral("T"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.report().agency, QStringLiteral("中关村科技园区朝阳园管理委员会"));
    }

    void paragraphsKeepTheirAnchors()
    {
        ReportDocument doc;
        doc.load(test::load(test::fixture(f003)));
        const auto &ps = doc.report().section(SectionId::Problems).paragraphs;
        const QString anchor = ps[0].anchor;
        doc.setParagraphs(SectionId::Problems, -1, ps[0].text + QStringLiteral("补充。\n新的一段。"));
        const auto &after = doc.report().section(SectionId::Problems).paragraphs;
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[0].anchor, anchor);
        QVERIFY(!after[1].anchor.isEmpty());
        QVERIFY(after[1].anchor != anchor);
        doc.undoStack()->undo();
        QCOMPARE(doc.report().section(SectionId::Problems).paragraphs.size(), 1);
    }

    void subsections()
    {
        ReportDocument doc;
        doc.load(test::load(test::fixture(f003)));
        doc.addSubsection(SectionId::Problems, QStringLiteral("改进措施"));
        doc.addSubsection(SectionId::Problems, QStringLiteral("存在问题"));
        doc.moveSubsection(SectionId::Problems, 1, 0);
        QCOMPARE(doc.report().section(SectionId::Problems).subsections[0].heading,
                 QStringLiteral("存在问题"));
        doc.removeSubsection(SectionId::Problems, 1);
        QCOMPARE(doc.report().section(SectionId::Problems).subsections.size(), 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.report().section(SectionId::Problems).subsections[0].heading,
                 QStringLiteral("改进措施"));
    }

    void newReportFromTheTemplate()
    {
        const Report r = ReportFactory::newReport(QStringLiteral("示例局"), 2025, BodyKind::Department);
        QCOMPARE(r.title, QStringLiteral("示例局2025年政府信息公开工作年度报告"));
        QCOMPARE(r.preamble.size(), 1);
        QVERIFY(r.preamble[0].text.contains(QStringLiteral("自2025年1月1日起至2025年12月31日止")));
        QVERIFY(test::cell(r, "applications/new/natural").isBlank()); // to be filled, not 0
        for (const Section &s : r.sections)
            QVERIFY(s.present);
        bool periodOk = true;
        for (const Finding &f : RuleEngine::check(r))
            periodOk &= f.rule != u"year.inconsistent";
        QVERIFY(periodOk);
    }

    void newReportFromLastYear()
    {
        Report last = test::load(test::fixture(f003)); // 2021
        test::setCell(last, "applications/carriedOut/natural", CellValue::number(2));
        test::setCell(last, "applications/carriedOut/legalService", CellValue::number(1));
        const Report r = ReportFactory::fromLastYear(last);
        QCOMPARE(r.agency, last.agency);
        QCOMPARE(r.year, 2022);
        QCOMPARE(test::cell(r, "applications/carriedIn/natural"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/carriedIn/legalService"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/carriedIn/commercial"), CellValue::number(0));
        QCOMPARE(test::cell(r, "applications/carriedIn/total"), CellValue::number(3));
        QCOMPARE(r.section(SectionId::Overview).subsections.size(), 2);
        QCOMPARE(r.section(SectionId::Overview).subsections[0].heading, QStringLiteral("“五公开”情况"));
        QVERIFY(r.section(SectionId::Overview).subsections[0].paragraphs.isEmpty()); // headings only
        // With last year attached, the carried-over figures agree.
        for (const Finding &f : RuleEngine::check(r, &last))
            QVERIFY2(f.rule != u"crossYear.carriedIn", qPrintable(f.message));
    }

    void noOpEditsAreNotSteps()
    {
        ReportDocument doc;
        doc.load(test::load(test::fixture(f003)));
        doc.setCell(test::ref("applications/new/natural"), CellValue::number(2)); // already 2
        doc.setField(ReportField::Year, QStringLiteral("2021"));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
