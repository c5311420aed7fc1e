// The official template as data: keys exactly as spec/interchange.md names them, which
// cells are computed, the printed shape; and the Chinese numerals the numbering uses.
#include "TestSupport.h"
#include "base/ChineseNumerals.h"
#include "core/PrintedLayout.h"
#include "core/Report.h"
#include "core/ReportFactory.h"
#include "core/ReportTemplate.h"

#include <QTest>

using namespace nianbao;

class TestTemplate : public QObject
{
    Q_OBJECT
private slots:
    // Issue 13: a new blank report was titled 0年政府信息公开工作年度报告.
    void standardTitleOnlyFromWhatIsKnown()
    {
        QCOMPARE(Report::standardTitle(QString(), 0), QString());
        QCOMPARE(Report::standardTitle(QStringLiteral("某区某局"), 0), QString());
        QCOMPARE(ReportFactory::newReport(QString(), 0, BodyKind::Department).title, QString());
        QCOMPARE(Report::standardTitle(QStringLiteral("某区某局"), 2025),
                 QStringLiteral("某区某局2025年政府信息公开工作年度报告"));
    }

    void applicationKeysAreTheSpecs()
    {
        const TableSpec &t = ReportTemplate::official().table(TableId::Applications);
        QStringList rows;
        for (const RowSpec &r : t.rows)
            rows << r.key;
        const QStringList expected {
            "new",
            "carriedIn",
            "disclosed",
            "partiallyDisclosed",
            "withheldStateSecret",
            "withheldProhibitedByLaw",
            "withheldSecurityStability",
            "withheldThirdParty",
            "withheldInternalAffairs",
            "withheldProcessInfo",
            "withheldEnforcementFile",
            "withheldQueryMatter",
            "unavailableNotHeld",
            "unavailableNeedsCreation",
            "unavailableUnclear",
            "notProcessedPetition",
            "notProcessedDuplicate",
            "notProcessedPublication",
            "notProcessedExcessive",
            "notProcessedConfirmation",
            "otherNoCorrection",
            "otherUnpaidFee",
            "otherOther",
            "processedTotal",
            "carriedOut",
        };
        QCOMPARE(rows, expected);
        QStringList columns;
        for (const ColumnSpec &c : t.columns)
            columns << c.key;
        QCOMPARE(columns,
                 (QStringList { "natural", "commercial", "research", "publicInterest", "legalService",
                                "otherOrg", "total" }));
    }

    void proactiveAndReviewKeys()
    {
        const TableSpec &p = ReportTemplate::official().table(TableId::Proactive);
        QVERIFY(p.hasCell(p.rowIndex(u"regulations"), p.columnIndex(u"inForce")));
        QVERIFY(p.hasCell(p.rowIndex(u"licensing"), p.columnIndex(u"decisions")));
        QVERIFY(!p.hasCell(p.rowIndex(u"licensing"), p.columnIndex(u"issued")));
        QVERIFY(p.allowsDecimals(p.rowIndex(u"fees"), p.columnIndex(u"amountWan")));
        QVERIFY(!p.allowsDecimals(p.rowIndex(u"penalty"), p.columnIndex(u"decisions")));
        const TableSpec &r = ReportTemplate::official().table(TableId::ReviewLitigation);
        QCOMPARE(r.rowCount(), 3);
        QCOMPARE(r.rows[2].key, QStringLiteral("litigationAfterReconsideration"));
        QCOMPARE(r.columns[3].key, QStringLiteral("pending"));
    }

    void computedCells()
    {
        const TableSpec &t = ReportTemplate::official().table(TableId::Applications);
        QVERIFY(t.isComputed(t.rowIndex(u"new"), t.columnIndex(u"total")));
        QVERIFY(t.isComputed(t.rowIndex(u"processedTotal"), t.columnIndex(u"natural")));
        QVERIFY(!t.isComputed(t.rowIndex(u"carriedOut"), t.columnIndex(u"natural")));
        QCOMPARE(t.anchor(0, 0), QStringLiteral("applications/new/natural"));
    }

    void totalsAreComputedLive()
    {
        Report r;
        test::setCell(r, "applications/disclosed/natural", CellValue::number(2));
        test::setCell(r, "applications/withheldThirdParty/commercial", CellValue::number(3));
        QCOMPARE(test::cell(r, "applications/disclosed/total"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/processedTotal/natural"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/processedTotal/commercial"), CellValue::number(3));
        QCOMPARE(test::cell(r, "applications/processedTotal/total"), CellValue::number(5));
        // Nothing typed: blank, not 0.
        QVERIFY(test::cell(r, "applications/new/total").isBlank());
    }

    void statedTotalIsKeptUntilAdopted()
    {
        Report r;
        test::setCell(r, "applications/new/natural", CellValue::number(4));
        test::setCell(r, "applications/new/total", CellValue::number(5));
        r.adoptMatchingTotals();
        QCOMPARE(test::cell(r, "applications/new/total"), CellValue::number(5)); // as stated
        QCOMPARE(r.computedValue(test::ref("applications/new/total")), CellValue::number(4));
        test::setCell(r, "applications/new/total", CellValue::number(4));
        r.adoptMatchingTotals();
        const CellRef total = test::ref("applications/new/total");
        QVERIFY(r.table(total.table).isAutomatic(total.row, total.column));
    }

    void cellParsing()
    {
        QCOMPARE(CellValue::parse(u" 12 "), CellValue::number(12));
        QCOMPARE(CellValue::parse(u"１２"), CellValue::number(12)); // full-width digits
        QCOMPARE(CellValue::parse(u"\u3000３\u3000"), CellValue::number(3));
        QCOMPARE(CellValue::parse(u"1,234"), CellValue::number(1234));
        QCOMPARE(CellValue::parse(u"0.35"), CellValue::number(0.35));
        QVERIFY(CellValue::parse(u"/").isBlank());
        QVERIFY(CellValue::parse(u"—").isBlank());
        QVERIFY(CellValue::parse(u"-").isBlank());
        QVERIFY(CellValue::parse(u"").isBlank());
        QCOMPARE(CellValue::parse(u"3件"), CellValue::number(3));
        QCOMPARE(CellValue::parse(u"１２ 件"), CellValue::number(12));
        QVERIFY(CellValue::parse(u"5元").isInvalid()); // money in the wrong unit is not guessed
        QVERIFY(CellValue::parse(u"件").isInvalid());
        QVERIFY(CellValue::parse(u"十二").isInvalid());
        QVERIFY(CellValue::parse(u"abc").isInvalid());
        QCOMPARE(CellValue::number(3).toString(), QStringLiteral("3"));
        QCOMPARE(CellValue::number(0.35).toString(), QStringLiteral("0.35"));
    }

    void chineseNumerals()
    {
        QCOMPARE(ChineseNumerals::cardinal(1), QStringLiteral("一"));
        QCOMPARE(ChineseNumerals::cardinal(10), QStringLiteral("十"));
        QCOMPARE(ChineseNumerals::cardinal(11), QStringLiteral("十一"));
        QCOMPARE(ChineseNumerals::cardinal(23), QStringLiteral("二十三"));
        QCOMPARE(ChineseNumerals::subsectionNumber(1), QStringLiteral("（二）"));
        QCOMPARE(ChineseNumerals::parse(u"十二"), std::optional<qint64>(12));
        QCOMPARE(ChineseNumerals::parse(u"二十三"), std::optional<qint64>(23));
        QCOMPARE(ChineseNumerals::parse(u"一百零五"), std::optional<qint64>(105));
        QCOMPARE(ChineseNumerals::parse(u"二〇二四"), std::optional<qint64>(2024));
        QCOMPARE(ChineseNumerals::parse(u"两"), std::optional<qint64>(2));
        QVERIFY(!ChineseNumerals::parse(u"十二件"));
    }

    void printedShapeMatchesTheOfficialForm()
    {
        // Table 三: 3 header rows + 25 rows; every value cell printed exactly once.
        const PrintedTable &apps = PrintedLayout::table(TableId::Applications);
        QCOMPARE(apps.rows.size(), 28);
        QCOMPARE(apps.headerRows, 3);
        QCOMPARE(apps.gridColumns, 10);
        const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c)
                QVERIFY(apps.find({ TableId::Applications, r, c }).first >= 0);
        }
        // Every printed row fills the grid exactly.
        for (TableId id : { TableId::Proactive, TableId::Applications, TableId::ReviewLitigation }) {
            const PrintedTable &t = PrintedLayout::table(id);
            for (const PrintedRow &row : t.rows) {
                int width = 0;
                for (const PrintedCell &c : row.cells)
                    width += c.columnSpan;
                QCOMPARE(width, t.gridColumns);
            }
        }
        // 三、本年度办理结果 spans （一） to （七）: 22 rows.
        QCOMPARE(apps.rows[5].cells[0].text, QStringLiteral("三、本年度办理结果"));
        QCOMPARE(apps.rows[5].cells[0].rowSpan, 22);
        const PrintedTable &rl = PrintedLayout::table(TableId::ReviewLitigation);
        QCOMPARE(rl.rows.size(), 4);
        QCOMPARE(rl.rows[3].cells.size(), 15);
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
