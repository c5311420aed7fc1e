// Every rule of spec/rules.md: a report that breaks it, made by changing one cell or one
// sentence of a consistent published report, gives that rule at the right place; the
// consistent reports give no error.
#include "TestSupport.h"
#include "core/ProseScanner.h"
#include "rules/RuleEngine.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace nianbao;

namespace {

const QString f000 = test::report000();
const QString f001 = test::report001();
const QString f003 = test::report003();

QJsonObject at(const QString &anchor)
{
    const QStringList p = anchor.split(QLatin1Char('/'));
    return QJsonObject { { "table", p[0] }, { "row", p[1] }, { "column", p[2] } };
}

QJsonObject section(const QString &key)
{
    return QJsonObject { { "section", key } };
}

// Findings of one rule, by location (paragraph anchors left out).
QList<QJsonObject> locations(const Findings &fs, const QString &rule, Severity *severity = nullptr)
{
    QList<QJsonObject> out;
    for (const Finding &f : fs) {
        if (f.rule != rule)
            continue;
        QJsonObject l = f.location.toJson();
        l.remove(QStringLiteral("paragraph"));
        out << l;
        if (severity)
            *severity = f.severity;
    }
    return out;
}

QString dump(const Findings &fs)
{
    QStringList out;
    for (const Finding &f : fs)
        out << f.rule + QLatin1Char(' ')
                + QString::fromUtf8(QJsonDocument(f.location.toJson()).toJson(QJsonDocument::Compact));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void everyRuleIdOfTheSpecIsImplemented()
    {
        QFile spec(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/spec/rules.md"));
        QVERIFY(spec.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(spec.readAll());
        QRegularExpression id(QStringLiteral("^\\| `([a-zA-Z.]+)` \\|"), QRegularExpression::MultilineOption);
        QStringList ids;
        for (auto it = id.globalMatch(text); it.hasNext();)
            ids << it.next().captured(1);
        ids.removeDuplicates(); // the spec's "Added" part widens section.thin, listed above
        QCOMPARE(ids.size(), 22);
        // Specified for the year-over-year comparison (`nianbao compare`), which is not built yet.
        const QStringList notYetBuilt { QStringLiteral("crossYear.repeatedText") };
        for (const QString &rule : ids) {
            if (!notYetBuilt.contains(rule))
                QVERIFY2(RuleEngine::ruleIds().contains(rule), qPrintable(rule));
        }
        QVERIFY(RuleEngine::ruleIds().contains(QStringLiteral("import.incomplete")));
    }

    // Found by fuzzing: a run of digits before 件 too long for any count overflowed.
    void digitRunsTooLongForACountAreNoFigure()
    {
        Report r = test::load(test::fixture(test::report003()));
        r.section(SectionId::Overview)
            .paragraphs.append(
                { QString(), QStringLiteral("本年新收政府信息公开申请5555555555555555555555555件。") });
        for (const Finding &f : RuleEngine::check(r))
            QVERIFY2(!f.message.contains(QLatin1Char('-')) || f.rule != u"text.numberMismatch",
                     qPrintable(f.message));
        QVector<ProseScanner::StatedFigure> figures;
        ProseScanner::scanFigures(r.section(SectionId::Overview).paragraphs.last().text, SectionId::Overview,
                                  QString(), figures);
        QVERIFY(figures.isEmpty());
    }

    // Found by fuzzing: a table total beyond any count was converted to an integer (UB).
    void totalsBeyondAnyCountStillCompare()
    {
        Report r = test::load(test::fixture(test::report003()));
        test::setCell(r, "reviewLitigation/reconsideration/upheld", CellValue::number(1e72));
        r.section(SectionId::Overview)
            .paragraphs.append({ QString(), QStringLiteral("因政府信息公开被申请行政复议2件。") });
        int mismatches = 0;
        for (const Finding &f : RuleEngine::check(r))
            mismatches += f.rule == u"text.numberMismatch" && f.message.contains(QStringLiteral("2件"));
        QCOMPARE(mismatches, 1);
    }

    // Issue 13: a report attached as last year's that is another agency's, or not of the
    // year before, is named as such, and the cross-year rules do not run on it.
    void lastYearsReportMustBeLastYears()
    {
        const Report report = test::load(test::fixture(test::report003()));
        Report previous = report;
        previous.year = report.year - 1;
        test::setCell(previous, "applications/carriedOut/natural",
                      CellValue::number(999)); // would not carry in
        QVERIFY(locations(RuleEngine::check(report, &previous), "crossYear.notPrevious").isEmpty());
        QVERIFY(!locations(RuleEngine::check(report, &previous), "crossYear.carriedIn").isEmpty());

        Report twoYearsAgo = previous;
        twoYearsAgo.year = report.year - 2;
        const Findings old = RuleEngine::check(report, &twoYearsAgo);
        QCOMPARE(locations(old, "crossYear.notPrevious").size(), 1);
        QVERIFY(locations(old, "crossYear.carriedIn").isEmpty());

        Report otherAgency = previous;
        otherAgency.agency = QStringLiteral("另一个单位");
        const Findings other = RuleEngine::check(report, &otherAgency);
        QCOMPARE(locations(other, "crossYear.notPrevious").size(), 1);
        QVERIFY(locations(other, "crossYear.carriedIn").isEmpty());
        for (const Finding &f : other) {
            if (f.rule == u"crossYear.notPrevious")
                QCOMPARE(f.severity, Severity::Warning);
        }
    }

    void consistentReportsHaveNoErrors_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : test::reportFixtures(QStringLiteral("txt")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void consistentReportsHaveNoErrors()
    {
        QFETCH(QString, path);
        const Findings fs = RuleEngine::check(test::load(path));
        for (const Finding &f : fs)
            QVERIFY2(f.severity != Severity::Error, qPrintable(dump(fs)));
        QVERIFY(locations(fs, "cell.blank").isEmpty());
    }

    void rowTotal()
    {
        Report r = test::load(test::fixture(f003));
        test::setCell(r, "applications/new/total", CellValue::number(4)); // parts add up to 3
        const Findings fs = RuleEngine::check(r);
        QCOMPARE(locations(fs, "applications.rowTotal"), { at("applications/new/total") });
        for (const Finding &f : fs) {
            if (f.rule == u"applications.rowTotal")
                QVERIFY(f.canUseComputedValue);
        }
        // The stated value stays as stated; the computed one is there to offer.
        QCOMPARE(test::cell(r, "applications/new/total"), CellValue::number(4));
        QCOMPARE(r.computedValue(test::ref("applications/new/total")), CellValue::number(3));
    }

    void processedTotal()
    {
        Report r = test::load(test::fixture(f003));
        test::setCell(r, "applications/processedTotal/natural", CellValue::number(1));
        const Findings fs = RuleEngine::check(r);
        // The stated 1 disagrees with its column, and the 总计 column, computed across the
        // row from it, then disagrees with the rows' totals.
        QCOMPARE(locations(fs, "applications.processedTotal"),
                 (QList<QJsonObject> { at("applications/processedTotal/natural"),
                                       at("applications/processedTotal/total") }));
    }

    void balance()
    {
        Report r = test::load(test::fixture(f003));
        test::setCell(r, "applications/carriedOut/natural", CellValue::number(1));
        const Findings fs = RuleEngine::check(r);
        const auto l = locations(fs, "applications.balance");
        QVERIFY2(l.contains(at("applications/carriedOut/natural")), qPrintable(dump(fs)));
        // The 总计 column does not balance either: 3 + 0 ≠ 3 + 1.
        QVERIFY(l.contains(at("applications/carriedOut/total")));
        QCOMPARE(l.size(), 2);
    }

    void reviewLitigationTotal()
    {
        Report r = test::load(test::fixture(f000));
        test::setCell(r, "reviewLitigation/litigationDirect/total", CellValue::number(1)); // parts say 0
        const Findings fs = RuleEngine::check(r);
        QCOMPARE(locations(fs, "reviewLitigation.total"), { at("reviewLitigation/litigationDirect/total") });
    }

    void blankCell()
    {
        Report r = test::load(test::fixture(f000));
        test::setCell(r, "proactive/penalty/decisions", CellValue::blank(QStringLiteral("/")));
        Severity s;
        QCOMPARE(locations(RuleEngine::check(r), "cell.blank", &s), { at("proactive/penalty/decisions") });
        QCOMPARE(s, Severity::Warning);
    }

    void invalidCell()
    {
        Report r = test::load(test::fixture(f000));
        test::setCell(r, "proactive/licensing/decisions", CellValue::parse(u"若干"));
        test::setCell(r, "applications/new/natural", CellValue::number(-1));
        test::setCell(r, "applications/carriedIn/natural", CellValue::number(1.5));
        test::setCell(r, "proactive/fees/amountWan", CellValue::number(1.5)); // decimals allowed here
        const auto l = locations(RuleEngine::check(r), "cell.invalid");
        QCOMPARE(l.size(), 3);
        QVERIFY(l.contains(at("proactive/licensing/decisions")));
        QVERIFY(l.contains(at("applications/new/natural")));
        QVERIFY(l.contains(at("applications/carriedIn/natural")));
    }

    void textNumberMismatch()
    {
        Report r = test::load(test::fixture(f003));
        Section &overview = r.section(SectionId::Overview);
        overview.paragraphs.append(
            { QStringLiteral("px"), QStringLiteral("本年度共受理政府信息公开申请5件，全部办结。") });
        Findings fs = RuleEngine::check(r);
        QCOMPARE(locations(fs, "text.numberMismatch"), { section("overview") });
        // The same statement with the true figure, in Chinese numerals, is no finding.
        overview.paragraphs.last().text = QStringLiteral("本年度共受理政府信息公开申请三件，办结三件。");
        QVERIFY2(locations(RuleEngine::check(r), "text.numberMismatch").isEmpty(),
                 qPrintable(dump(RuleEngine::check(r))));
        // Full-width digits, and the review / litigation counts of table 四.
        overview.paragraphs.last().text = QStringLiteral("引发行政复议１件，行政诉讼0件。");
        fs = RuleEngine::check(r);
        QCOMPARE(locations(fs, "text.numberMismatch").size(), 1);
    }

    void proseScanner()
    {
        QVector<ProseScanner::StatedFigure> out;
        ProseScanner::scanFigures(u"新收政府信息公开申请 12 件，上年结转2件，结转下年度继续办理1件。",
                                  SectionId::Applications, QString(), out);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0].figure, ProseScanner::Figure::CarriedOut);
        QCOMPARE(out[0].value, 1);
        QCOMPARE(out[1].figure, ProseScanner::Figure::CarriedIn);
        QCOMPARE(out[1].value, 2);
        QCOMPARE(out[2].figure, ProseScanner::Figure::NewApplications);
        QCOMPARE(out[2].value, 12);
        out.clear();
        ProseScanner::scanFigures(u"畅通受理渠道，规范答复意见。", SectionId::Overview, QString(), out);
        QVERIFY(out.isEmpty());
    }

    void sectionMissing()
    {
        Report r = test::load(test::fixture(f001));
        r.section(SectionId::Problems).present = false;
        Severity s;
        QCOMPARE(locations(RuleEngine::check(r), "section.missing", &s), { section("problems") });
        QCOMPARE(s, Severity::Error);
    }

    void sectionThin()
    {
        Report r = test::load(test::fixture(f001));
        r.section(SectionId::Other).paragraphs = { { QStringLiteral("p1"), QStringLiteral("无。") } };
        QCOMPARE(locations(RuleEngine::check(r), "section.thin"), { section("other") });
        r.section(SectionId::Problems).paragraphs.clear();
        QCOMPARE(locations(RuleEngine::check(r), "section.thin").size(), 2);
        // Section 一 as well: its subsections' text counts.
        r.section(SectionId::Overview).paragraphs = { { QStringLiteral("p2"), QStringLiteral("无") } };
        r.section(SectionId::Overview).subsections.clear();
        QCOMPARE(locations(RuleEngine::check(r), "section.thin").size(), 3);
        QVERIFY(locations(RuleEngine::check(r), "section.thin").contains(section("overview")));
    }

    void feesUnreported()
    {
        Report r = test::load(test::fixture(f000));
        test::setCell(r, "applications/otherUnpaidFee/natural", CellValue::number(1));
        QVERIFY(locations(RuleEngine::check(r), "fees.unreported").isEmpty()); // 六 mentions 信息处理费
        r.section(SectionId::Other).paragraphs
            = { { QStringLiteral("p1"), QStringLiteral("本年度无其他需要报告的事项。") } };
        QCOMPARE(locations(RuleEngine::check(r), "fees.unreported"), { section("other") });
    }

    void yearInconsistent()
    {
        Report r = test::load(test::fixture(f000));
        r.title.replace(QStringLiteral("2024"), QStringLiteral("2023"));
        QCOMPARE(locations(RuleEngine::check(r), "year.inconsistent"),
                 (QList<QJsonObject> { QJsonObject { { "field", "title" } } }));
        r = test::load(test::fixture(f000));
        // The statistics period in 一（二） says 2024年1月1日起至2024年12月31日止.
        r.section(SectionId::Overview)
            .subsections[1]
            .paragraphs[0]
            .text.replace(QStringLiteral("2024年12月31日"), QStringLiteral("2023年12月31日"));
        QCOMPARE(locations(RuleEngine::check(r), "year.inconsistent"), { section("overview") });
    }

    void signatureDate()
    {
        Report r = test::load(test::fixture(f000)); // dated 2025-01-16: in time
        QVERIFY(locations(RuleEngine::check(r), "signature.date").isEmpty());
        r.signature.date = QDate(2025, 2, 10);
        QCOMPARE(locations(RuleEngine::check(r), "signature.date"),
                 (QList<QJsonObject> { QJsonObject { { "field", "signatureDate" } } }));
        r.bodyKind = BodyKind::Government; // a government's summary report is due 31 March
        QVERIFY(locations(RuleEngine::check(r), "signature.date").isEmpty());
        r.signature.date = QDate(2024, 12, 30);
        QCOMPARE(locations(RuleEngine::check(r), "signature.date").size(), 1);
    }

    void crossYearCarriedIn()
    {
        Report last = test::load(test::fixture(f003));
        test::setCell(last, "applications/carriedOut/natural", CellValue::number(2));
        const Report now = test::load(test::fixture(f000));
        last.agency = now.agency; // the same agency's report of the year before
        last.year = now.year - 1;
        QCOMPARE(locations(RuleEngine::check(now, &last), "crossYear.carriedIn"),
                 (QList<QJsonObject> { at("applications/carriedIn/natural"),
                                       at("applications/carriedIn/total") }));
        QVERIFY(locations(RuleEngine::check(now), "crossYear.carriedIn").isEmpty()); // only with last year
    }

    void crossYearInForce()
    {
        Report last = test::load(test::fixture(f001)); // 现行有效 行政规范性文件: 6
        Report now = test::load(test::fixture(f000));
        last.agency = now.agency; // the same agency's report of the year before
        last.year = now.year - 1;
        test::setCell(now, "proactive/normativeDocuments/issued", CellValue::number(1));
        test::setCell(now, "proactive/normativeDocuments/inForce", CellValue::number(7));
        QVERIFY(locations(RuleEngine::check(now, &last), "crossYear.inForce").isEmpty()); // 6 + 1 − 0
        test::setCell(now, "proactive/normativeDocuments/inForce", CellValue::number(5));
        Severity s;
        QCOMPARE(locations(RuleEngine::check(now, &last), "crossYear.inForce", &s),
                 { at("proactive/normativeDocuments/inForce") });
        QCOMPARE(s, Severity::Info);
    }

    void templateOutdatedAndHeadings()
    {
        Report r = test::load(test::fixture(f003));
        QCOMPARE(locations(RuleEngine::check(r), "heading.nonstandard"),
                 (QList<QJsonObject> { section("proactive"), section("applications") }));
        r.importNotes.outdatedTemplateReason = QStringLiteral("本年新制作数量");
        r.importNotes.outdatedTable = TableId::Proactive;
        Severity s;
        QCOMPARE(locations(RuleEngine::check(r), "template.outdated", &s),
                 (QList<QJsonObject> { QJsonObject { { "table", "proactive" } } }));
        QCOMPARE(s, Severity::Error);
    }

    void emptyReportIsNotConsistent()
    {
        const Findings fs = RuleEngine::check(Report());
        QVERIFY(!locations(fs, "year.inconsistent").isEmpty());
        // Every cell a person types: 10 in 二, 24 rows × 6 in 三, 3 × 4 in 四; totals are computed.
        QCOMPARE(locations(fs, "cell.blank").size(), 10 + 24 * 6 + 3 * 4);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
