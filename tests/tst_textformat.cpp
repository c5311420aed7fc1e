// The plain-text layout of published reports: the numbers of every fixture come out
// exactly (expected values written from reading the reports), real-world irregularities
// are understood, and text → model → text → model round-trips.
#include "TestSupport.h"
#include "io/FormatRegistry.h"
#include "io/import/ReportAssembler.h"
#include "io/text/TextFormat.h"
#include "io/text/TextWriter.h"
#include "rules/RuleEngine.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace nianbao;

namespace {

const QString f000 = test::report000();
const QString f001 = test::report001();
const QString f003 = test::report003();

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

bool parse(const QString &text, Report &report, FormatError *errorOut = nullptr)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    FormatError error;
    const bool ok = TextFormat().read(buffer, report, error);
    if (errorOut)
        *errorOut = error;
    return ok;
}

Report parseOrFail(const QString &text)
{
    Report r;
    FormatError error;
    if (!parse(text, r, &error))
        qFatal("parse failed: %s", qPrintable(error.message()));
    return r;
}

QStringList headings(const Section &s)
{
    QStringList out;
    for (const Subsection &sub : s.subsections)
        out << sub.heading;
    return out;
}

bool hasFinding(const Findings &fs, const QString &rule, const QJsonObject &location)
{
    for (const Finding &f : fs) {
        if (f.rule == rule && f.location.toJson() == location)
            return true;
    }
    return false;
}

// Lines of a text as a reader compares them: blank lines, converter artefacts and
// surrounding spaces ignored, header cells that a converter broke over two lines joined.
QStringList logicalLines(const QString &text)
{
    static const QRegularExpression artefact(QStringLiteral("\\[bookmark:[^\\]]*\\]"));
    static const QRegularExpression spaces(QStringLiteral("^[\\x{3000}\\s]+|[\\x{3000}\\s]+$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    bool previousWasCell = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const bool cell = line.startsWith(QLatin1Char('\t'));
        line.remove(artefact);
        line.remove(spaces);
        if (line.isEmpty()) {
            previousWasCell = cell; // an empty cell still continues the row
            continue;
        }
        if (!cell && previousWasCell && line.size() <= 4 && !out.isEmpty()) {
            out.last() += line; // "商业" / "企业"
            continue;
        }
        out << line;
        previousWasCell = cell;
    }
    return out;
}

} // namespace

class TestTextFormat : public QObject
{
    Q_OBJECT
private slots:
    void fixture000()
    {
        const Report r = test::load(test::fixture(f000));
        QCOMPARE(r.title,
                 QStringLiteral("中关村密云园2024年政府信息公开工作年度报告")); // title over two lines
        QCOMPARE(r.agency, QStringLiteral("中关村密云园"));
        QCOMPARE(r.year, 2024);
        QVERIFY(r.preamble.isEmpty());
        QCOMPARE(r.signature.organization, QStringLiteral("中关村科技园区密云园管理委员会"));
        QCOMPARE(r.signature.date, QDate(2025, 1, 16));
        const Section &overview = r.section(SectionId::Overview);
        QCOMPARE(overview.paragraphs.size(), 1);
        QVERIFY(
            overview.paragraphs[0].text.startsWith(QStringLiteral("依据《中华人民共和国政府信息公开条例》")));
        QCOMPARE(headings(overview),
                 (QStringList { "主动公开", "依申请公开办理", "政府信息管理", "平台建设",
                                "政府信息公开开展情况", "监督保障情况" }));
        QVERIFY(overview.subsections[0].paragraphs[0].text.startsWith(
            QStringLiteral("2024年，我单位"))); // no 　　
        const Section &problems = r.section(SectionId::Problems);
        QCOMPARE(problems.paragraphs.size(), 2);
        QVERIFY(
            problems.paragraphs[0].text.startsWith(QStringLiteral("存在问题："))); // [bookmark: _GoBack] gone
        QCOMPARE(r.section(SectionId::Other).paragraphs.size(), 1);
        QCOMPARE(r.section(SectionId::Other).paragraphs[0].text,
                 QStringLiteral("工作过程中没有收取信息处理费。"));
        // Every cell of the three tables is 0 in this report, the stated totals included.
        for (const TableSpec &spec : ReportTemplate::official().tables()) {
            for (int row = 0; row < spec.rowCount(); ++row) {
                for (int c = 0; c < spec.columnCount(); ++c) {
                    if (spec.hasCell(row, c))
                        QCOMPARE(r.value(spec.id, row, c), CellValue::number(0));
                }
            }
        }
        QVERIFY(r.importNotes.nonstandardHeadings.isEmpty());
    }

    void fixture001()
    {
        const Report r = test::load(test::fixture(f001));
        QCOMPARE(r.agency, QStringLiteral("北京市密云区科学技术委员会"));
        QCOMPARE(r.year, 2023);
        QCOMPARE(r.title, QStringLiteral("北京市密云区科学技术委员会2023年政府信息公开工作年度报告"));
        QCOMPARE(r.preamble.size(), 1);
        QVERIFY(r.preamble[0].text.startsWith(QStringLiteral("依据《中华人民共和国政府信息公开条例》")));
        QCOMPARE(test::cell(r, "proactive/normativeDocuments/inForce"), CellValue::number(6));
        QCOMPARE(test::cell(r, "proactive/normativeDocuments/issued"), CellValue::number(0));
        QCOMPARE(test::cell(r, "proactive/regulations/inForce"), CellValue::number(0));
        QCOMPARE(test::cell(r, "proactive/fees/amountWan"), CellValue::number(0));
        QCOMPARE(test::cell(r, "applications/new/total"), CellValue::number(0));
        QCOMPARE(test::cell(r, "reviewLitigation/litigationAfterReconsideration/total"),
                 CellValue::number(0));
        QCOMPARE(headings(r.section(SectionId::Overview)),
                 (QStringList { "领导组织有力", "深化主动公开", "依申请公开依法规范", "提升政府信息公开效果",
                                "提升工作人员业务水平", "强化监督保障" }));
        QCOMPARE(r.section(SectionId::Overview).paragraphs.size(), 1);
        QCOMPARE(r.section(SectionId::Problems).paragraphs.size(), 2);
        QVERIFY(r.section(SectionId::Other).paragraphs[0].text.contains(QStringLiteral("发出收费通知0件")));
        // "主动公开政府信息情况" without its 二、: recognised, and reported as non-standard.
        QVERIFY(r.section(SectionId::Proactive).present);
        QCOMPARE(r.importNotes.nonstandardHeadings.size(), 1);
        QCOMPARE(r.importNotes.nonstandardHeadings[0].section, SectionId::Proactive);
        QVERIFY(r.signature.organization.isEmpty());
        QVERIFY(!r.signature.date.isValid());
    }

    void fixture003()
    {
        const Report r = test::load(test::fixture(f003));
        QCOMPARE(r.agency, QStringLiteral("中关村科技园区朝阳园管理委员会"));
        QCOMPARE(r.year, 2021);
        QCOMPARE(test::cell(r, "applications/new/natural"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/new/commercial"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/new/research"), CellValue::number(0));
        QCOMPARE(test::cell(r, "applications/new/total"), CellValue::number(3));
        QCOMPARE(test::cell(r, "applications/carriedIn/total"), CellValue::number(0));
        QCOMPARE(test::cell(r, "applications/disclosed/natural"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/disclosed/commercial"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/disclosed/total"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/withheldInternalAffairs/natural"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/withheldInternalAffairs/total"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/withheldStateSecret/natural"), CellValue::number(0));
        QCOMPARE(test::cell(r, "applications/otherOther/total"), CellValue::number(0));
        QCOMPARE(test::cell(r, "applications/processedTotal/natural"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/processedTotal/commercial"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/processedTotal/total"), CellValue::number(3));
        QCOMPARE(test::cell(r, "applications/carriedOut/total"), CellValue::number(0));
        QCOMPARE(test::cell(r, "reviewLitigation/reconsideration/total"), CellValue::number(0));
        // The table of section 三 stands before its heading: still read as table 三.
        QVERIFY(r.section(SectionId::Applications).present);
        QCOMPARE(r.preamble.size(), 1);
        QCOMPARE(headings(r.section(SectionId::Overview)),
                 (QStringList { "“五公开”情况", "围绕市政府、区政府及我委重点工作，多渠道公开政府信息" }));
        QCOMPARE(r.section(SectionId::Overview).subsections[1].paragraphs.size(), 3);
        QCOMPARE(r.importNotes.nonstandardHeadings.size(), 2); // 2、 and 3、
        QCOMPARE(r.section(SectionId::Other).paragraphs[0].text,
                 QStringLiteral("发出收费通知的件数和总金额以及实际收取的总金额均为0。"));
    }

    void consistentFixturesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : test::reportFixtures(QStringLiteral("txt")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void consistentFixturesHaveNoErrors()
    {
        QFETCH(QString, path);
        for (const Finding &f : RuleEngine::check(test::load(path)))
            QVERIFY2(f.severity != Severity::Error, qPrintable(f.rule + QLatin1Char(' ') + f.message));
    }

    void roundTrip_data() { consistentFixturesHaveNoErrors_data(); }
    void roundTrip()
    {
        QFETCH(QString, path);
        const QString input = readText(path);
        const Report first = parseOrFail(input);
        const QString exported = TextWriter::toText(first);
        const Report second = parseOrFail(exported);
        QVERIFY2(sameContent(first, second), qPrintable(describeDifferences(first, second)));
        QVERIFY(second.importNotes.nonstandardHeadings.isEmpty()); // export writes standard headings
        QCOMPARE(TextWriter::toText(second), exported);

        // The exported text is the input, up to the standard headings (which may also
        // move: 003 has a table before its heading) and the title joined on one line.
        QStringList in = logicalLines(input);
        QStringList out = logicalLines(exported);
        auto isHeading = [](const QString &l) { return ReportAssembler::matchSectionHeading(l).has_value(); };
        QStringList outHeadings;
        for (const QString &l : out) {
            if (isHeading(l))
                outHeadings << l;
        }
        QStringList standard;
        for (int s = 0; s < SectionCount; ++s)
            standard << ReportTemplate::sectionHeading(static_cast<SectionId>(s));
        QCOMPARE(outHeadings, standard);
        in.erase(std::remove_if(in.begin(), in.end(), isHeading), in.end());
        out.erase(std::remove_if(out.begin(), out.end(), isHeading), out.end());
        for (int k = 1; k <= 3 && k <= in.size(); ++k) {
            if (in.mid(0, k).join(QString()) == out.first()) {
                in = QStringList { out.first() } + in.mid(k);
                break;
            }
        }
        // Trailing empty cells and blank rows are layout, not content.
        auto dropEmpty = [](QStringList l) {
            l.removeAll(QString());
            return l;
        };
        in = dropEmpty(in);
        out = dropEmpty(out);
        if (in != out) {
            QString diff;
            for (int i = 0; i < qMax(in.size(), out.size()); ++i) {
                if (in.value(i) != out.value(i)) {
                    diff += QStringLiteral("line %1:\n  input:  %2\n  export: %3\n")
                                .arg(i)
                                .arg(in.value(i), out.value(i));
                    if (diff.size() > 2000)
                        break;
                }
            }
            QFAIL(qPrintable(diff));
        }
    }

    void oneCellPerLineWithoutTabs_data() { consistentFixturesHaveNoErrors_data(); }
    void oneCellPerLineWithoutTabs()
    {
        // The layout some tools write (LibreOffice's own text export among them): every cell
        // on a line of its own, no tabs, no blank line between rows; an empty line is an
        // empty cell. Made here from the standard layout of each fixture.
        QFETCH(QString, path);
        const Report original = parseOrFail(readText(path));
        QStringList lines;
        for (const QString &line : TextWriter::toText(original).split(QLatin1Char('\n'))) {
            if (line.isEmpty())
                continue; // row separators and blank lines between paragraphs
            lines << (line.startsWith(QLatin1Char('\t')) ? line.mid(1) : line);
        }
        const Report back = parseOrFail(lines.join(QLatin1Char('\n')));
        QVERIFY2(sameContent(original, back), qPrintable(describeDifferences(original, back)));
        QVERIFY(back.importNotes.outdatedTemplateReason.isEmpty());
    }

    // --- What real reports do beyond the fixtures. -------------------------------------

    void subsectionHeadingMissingItsNumber()
    {
        QString text = readText(test::fixture(f000));
        text.replace(QStringLiteral("（二）依申请公开办理"), QStringLiteral("依申请公开办理"));
        const Report r = parseOrFail(text);
        QCOMPARE(headings(r.section(SectionId::Overview)).value(1), QStringLiteral("依申请公开办理"));
        QCOMPARE(r.section(SectionId::Overview).subsections.size(), 6);
    }

    void headingsNumberedWithDigitsOrMissing()
    {
        QString text = readText(test::fixture(f000));
        text.replace(QStringLiteral("五、存在的主要问题及改进情况"),
                     QStringLiteral("5．存在的主要问题及改进情况"));
        text.replace(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
                     QStringLiteral("政府信息公开行政复议、行政诉讼情况"));
        const Report r = parseOrFail(text);
        QVERIFY(r.section(SectionId::Problems).present);
        QCOMPARE(r.section(SectionId::Problems).paragraphs.size(), 2);
        QCOMPARE(r.importNotes.nonstandardHeadings.size(), 2);
        const Findings fs = RuleEngine::check(r);
        QVERIFY(hasFinding(fs, "heading.nonstandard", QJsonObject { { "section", "problems" } }));
        QVERIFY(hasFinding(fs, "heading.nonstandard", QJsonObject { { "section", "reviewLitigation" } }));
    }

    void fullWidthDigitsAndSpacesInCells()
    {
        QString text = readText(test::fixture(f003));
        // The row of 新收: 2 1 0 0 0 0 3 → full-width digits and ideographic spaces.
        text.replace(QStringLiteral("\t一、本年新收政府信息公开申请数量\n\t2\n\t1\n"),
                     QStringLiteral("\t一、本年新收政府信息公开申请数量\n\t\u3000２\u3000\n\t 1 \n"));
        const Report r = parseOrFail(text);
        QCOMPARE(test::cell(r, "applications/new/natural"), CellValue::number(2));
        QCOMPARE(test::cell(r, "applications/new/commercial"), CellValue::number(1));
    }

    void columnsFollowTheHeaderNotThePosition()
    {
        // A report whose header lists 科研机构 before 商业企业: the numbers follow the header.
        QString text = readText(test::fixture(f003));
        text.replace(QStringLiteral("\t商业\n企业\n\t科研\n机构\n"),
                     QStringLiteral("\t科研机构\n\t商业企业\n"));
        const Report r = parseOrFail(text);
        QCOMPARE(test::cell(r, "applications/new/research"), CellValue::number(1));
        QCOMPARE(test::cell(r, "applications/new/commercial"), CellValue::number(0));
    }

    void extraEmptyRowsInTables()
    {
        QString text = readText(test::fixture(f003));
        text.replace(QStringLiteral("\t二、上年结转"), QStringLiteral("\t\n\t\n\n\t二、上年结转"));
        const Report r = parseOrFail(text);
        QVERIFY2(sameContent(r, test::load(test::fixture(f003))), "an empty row changed the report");
    }

    void blankPlaceholdersAreNullNotZero()
    {
        QString text = readText(test::fixture(f003));
        text.replace(QStringLiteral("\t一、本年新收政府信息公开申请数量\n\t2\n\t1\n\t0\n"),
                     QStringLiteral("\t一、本年新收政府信息公开申请数量\n\t2\n\t1\n\t/\n"));
        const Report r = parseOrFail(text);
        QVERIFY(test::cell(r, "applications/new/research").isBlank());
        QVERIFY(hasFinding(
            RuleEngine::check(r), "cell.blank",
            QJsonObject { { "table", "applications" }, { "row", "new" }, { "column", "research" } }));
    }

    void webAddressAfterSectionSixAndSignature()
    {
        QString text = readText(test::fixture(f000));
        text += QStringLiteral("\n本单位政府信息公开网址：http://www.bjmy.gov.cn\n");
        const Report r = parseOrFail(text);
        QCOMPARE(r.signature.date, QDate(2025, 1, 16));
        QCOMPARE(r.signature.organization, QStringLiteral("中关村科技园区密云园管理委员会"));
        QCOMPARE(r.section(SectionId::Other).paragraphs.size(), 2);
        QVERIFY(r.section(SectionId::Other).paragraphs[1].text.contains(QStringLiteral("http://")));
    }

    void chineseDateInSignature()
    {
        QString text = readText(test::fixture(f000));
        text.replace(QStringLiteral("2025年1月16日"), QStringLiteral("二〇二五年一月十六日"));
        QCOMPARE(parseOrFail(text).signature.date, QDate(2025, 1, 16));
    }

    void gb18030Text()
    {
        const QString text = readText(test::fixture(f003));
        QStringEncoder gb("GB18030");
        QByteArray bytes = gb.encode(text);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Report r;
        FormatError error;
        QVERIFY2(TextFormat().read(buffer, r, error), qPrintable(error.message()));
        QVERIFY(sameContent(r, parseOrFail(text)));
    }

    void layoutOf2019IsRecognisedNotMisread()
    {
        QString text = readText(test::fixture(f001));
        text.replace(QStringLiteral("\t本年制发件数\n\t本年废止件数\n\t现行有效件数"),
                     QStringLiteral("\t本年新制作数量\n\t本年新公开数量\n\t对外公开总数量"));
        // （五）项 in 2019: 上一年项目数量 / 本年增/减 / 处理决定数量, and a row the 2021 layout lacks.
        const qsizetype item5 = text.indexOf(QStringLiteral("\t第二十条第（五）项"));
        const qsizetype item6 = text.indexOf(QStringLiteral("\t第二十条第（六）项"));
        QVERIFY(item5 > 0 && item6 > item5);
        text.replace(
            item5, item6 - item5,
            QStringLiteral(
                "\t第二十条第（五）项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n"
                "\t行政许可\n\t12\n\t3\n\t456\n\n\t其他对外管理服务事项\n\t7\n\t0\n\t8\n\n"));
        const Report r = parseOrFail(text);
        QVERIFY(test::cell(r, "proactive/normativeDocuments/inForce").isBlank()); // not read as 现行有效
        // 处理决定数量 means what 本年处理决定数量 means: read; the rest named.
        QCOMPARE(test::cell(r, "proactive/licensing/decisions"), CellValue::number(456));
        QString outdated;
        for (const Finding &f : RuleEngine::check(r)) {
            if (f.rule == u"template.outdated")
                outdated = f.message;
        }
        for (const char *named : { "本年新公开数量", "上一年项目数量", "其他对外管理服务事项" })
            QVERIFY2(outdated.contains(QString::fromUtf8(named)), qPrintable(outdated));
        QVERIFY(
            hasFinding(RuleEngine::check(r), "template.outdated", QJsonObject { { "table", "proactive" } }));
    }

    void notAReport()
    {
        Report r;
        FormatError error;
        QVERIFY(!parse(QStringLiteral("Dear colleagues,\nplease find attached the minutes.\n"), r, &error));
        QVERIFY(error.reason.contains(QStringLiteral("annual report")));
        QByteArray binary("PK\x03\x04\0\0binary", 12);
        QBuffer buffer(&binary);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(!TextFormat().read(buffer, r, error));
        QVERIFY(error.reason.contains(QStringLiteral("binary")));
    }

    // What a converter or a CMS leaves around the title, and titles the way PDFs break them.
    void titleAgencyAndYearFromWhatIsPrinted_data()
    {
        QTest::addColumn<QString>("front");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<int>("year");
        QTest::newRow("stray 正文") << QStringLiteral(
            "正文\n北京市密云区科学技术委员会\n2023年政府信息公开工作年度报告\n")
                                    << QStringLiteral("北京市密云区科学技术委员会") << 2023;
        QTest::newRow("附件1 and a space in the year")
            << QStringLiteral("附件1\n北京市密云区科学技术委员会2025 年政府信息公开工作年度报告\n")
            << QStringLiteral("北京市密云区科学技术委员会") << 2025;
        QTest::newRow("three lines") << QStringLiteral(
            "北京市密云区\n科学技术委员会2024年政府信息公开\n工作年度报告\n")
                                     << QStringLiteral("北京市密云区科学技术委员会") << 2024;
        QTest::newRow("no year in the title: the statistics period")
            << QStringLiteral("北京市密云区科学技术委员会政府信息公开工作年度报告\n本报告所列数据的统计期限自"
                              " 2022 年 1 月 1 日起至 "
                              "2022 年 12 月 31 日止。\n")
            << QStringLiteral("北京市密云区科学技术委员会") << 2022;
    }
    void titleAgencyAndYearFromWhatIsPrinted()
    {
        QFETCH(QString, front);
        QFETCH(QString, agency);
        QFETCH(int, year);
        QString text = readText(test::fixture(test::report001()));
        // The fixture's own title (two lines) gives way to the one under test.
        const qsizetype preamble = text.indexOf(QStringLiteral("依据"));
        QVERIFY(preamble > 0);
        text = front + text.mid(preamble);
        const Report r = parseOrFail(text);
        QCOMPARE(r.agency, agency);
        QCOMPARE(r.year, year);
    }

    // Some provinces number chapters of their own (二、工作机制保障) and the official sections by
    // their words (三、主动公开工作情况 … 七、其他需要报告的事项), with the tables in an appendix.
    void chaptersOfTheReportsOwn()
    {
        const Report source = parseOrFail(readText(test::fixture(test::report001())));
        QString text = readText(test::fixture(test::report001()));
        // The tables go to an appendix after the prose, and the headings are renumbered.
        const qsizetype tablesFrom = text.indexOf(QStringLiteral("主动公开政府信息情况"));
        const qsizetype tablesTo = text.indexOf(QStringLiteral("五、存在的主要问题及改进情况"));
        QVERIFY(tablesFrom > 0 && tablesTo > tablesFrom);
        QString tables = text.mid(tablesFrom, tablesTo - tablesFrom);
        tables.replace(QStringLiteral("主动公开政府信息情况\n"), QString());
        tables.replace(QStringLiteral("三、收到和处理政府信息公开申请情况\n"), QString());
        tables.replace(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况\n"), QString());
        text.remove(tablesFrom, tablesTo - tablesFrom);
        text.replace(QStringLiteral("（二）深化主动公开"),
                     QStringLiteral("二、工作机制保障\n（二）深化主动公开"));
        text.replace(QStringLiteral("五、存在的主要问题及改进情况"),
                     QStringLiteral("三、主动公开工作情况\n全年主动公开政府信息109条。\n"
                                    "四、依申请公开工作情况\n全年未收到政府信息公开申请。\n"
                                    "五、政府信息公开行政复议、行政诉讼情况\n未发生行政复议、行政诉讼。\n"
                                    "六、存在的主要问题及改进情况"));
        text.replace(QStringLiteral("六、其他需要报告的事项"), QStringLiteral("七、其他需要报告的事项"));
        text += QStringLiteral("\n附件\n") + tables;
        const Report r = parseOrFail(text);
        for (int t = 0; t < TableCount; ++t)
            QVERIFY2(r.tables[t] == source.tables[t], qPrintable(QString::number(t)));
        QCOMPARE(r.section(SectionId::Proactive).paragraphs.value(0).text,
                 QStringLiteral("全年主动公开政府信息109条。"));
        QCOMPARE(r.section(SectionId::Applications).paragraphs.value(0).text,
                 QStringLiteral("全年未收到政府信息公开申请。"));
        QCOMPARE(r.section(SectionId::ReviewLitigation).paragraphs.value(0).text,
                 QStringLiteral("未发生行政复议、行政诉讼。"));
        QCOMPARE(r.section(SectionId::Problems).plainText(), source.section(SectionId::Problems).plainText());
        QCOMPARE(r.section(SectionId::Other).paragraphs.value(0).text,
                 source.section(SectionId::Other).paragraphs.value(0).text);
        QVERIFY(headings(r.section(SectionId::Overview)).contains(QStringLiteral("工作机制保障")));
        for (const Finding &f : RuleEngine::check(r))
            QVERIFY2(f.rule != u"import.incomplete", qPrintable(f.message));
    }

    // A row of table 三 whose printed label lost characters is read by its place between the
    // recognised rows around it, with an info finding; two such rows with one of them missing
    // cannot be placed, and stay blank, named.
    void garbledRowReadByItsPlace()
    {
        const Report source = parseOrFail(readText(test::fixture(test::report003())));
        QString text = readText(test::fixture(test::report003()));
        QVERIFY(text.contains(QStringLiteral("2.重复申请")));
        text.replace(QStringLiteral("2.重复申请"), QStringLiteral("2.重申"));
        Report r = parseOrFail(text);
        QVERIFY(r.table(TableId::Applications) == source.table(TableId::Applications));
        bool info = false;
        for (const Finding &f : RuleEngine::check(r)) {
            QVERIFY2(f.rule != u"import.incomplete" || f.severity == Severity::Info, qPrintable(f.message));
            info |= f.rule == u"import.incomplete" && f.message.contains(QStringLiteral("2.重申"));
        }
        QVERIFY(info);

        // 1.信访… garbled and 2.重复申请 gone: one row of numbers for two places.
        text = readText(test::fixture(test::report003()));
        const qsizetype petition = text.indexOf(QStringLiteral("1.信访举报投诉类申请"));
        const qsizetype duplicate = text.indexOf(QStringLiteral("\t2.重复申请"));
        const qsizetype publication = text.indexOf(QStringLiteral("\t3.要求提供公开出版物"));
        QVERIFY(petition > 0 && duplicate > petition && publication > duplicate);
        text.remove(duplicate, publication - duplicate);
        text.replace(QStringLiteral("1.信访举报投诉类申请"), QStringLiteral("1.信举报投诉类"));
        r = parseOrFail(text);
        const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
        for (const char16_t *row : { u"notProcessedPetition", u"notProcessedDuplicate" }) {
            for (int c = 0; c < spec.columnCount(); ++c)
                QVERIFY(r.table(TableId::Applications).stored(spec.rowIndex(row), c).isBlank());
        }
        bool named = false;
        for (const Finding &f : RuleEngine::check(r))
            named |= f.rule == u"import.incomplete" && f.severity == Severity::Error
                && f.message.contains(QStringLiteral("2.重复申请"));
        QVERIFY(named);
    }

    // A row with more numbers than its header has columns (a copy that joined two cells'
    // numbers, a misprint): which number goes where is not known, so none is read.
    void moreNumbersThanColumnsAreNotRead()
    {
        QString text = readText(test::fixture(test::report001()));
        const Report source = parseOrFail(text);
        const qsizetype table = text.indexOf(QStringLiteral("第二十条第（一）项"));
        QVERIFY(table > 0);
        text.insert(
            table,
            QStringLiteral("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t2\t3\t4\n\n"));
        const Report r = parseOrFail(text);
        // The fixture's own table follows and reads its 规章 row; this one read nothing wrong.
        QCOMPARE(r.table(TableId::Proactive), source.table(TableId::Proactive));
        QString one = readText(test::fixture(test::report001()));
        one.replace(QStringLiteral("\t规章\n\t0\n\t0\n\t0\n"),
                    QStringLiteral("\t规章\n\t1\n\t2\n\t3\n\t4\n"));
        const Report only = parseOrFail(one);
        const TableSpec &spec = ReportTemplate::official().table(TableId::Proactive);
        for (int c = 0; c < spec.columnCount(); ++c)
            QVERIFY(only.table(TableId::Proactive).stored(spec.rowIndex(u"regulations"), c).isBlank());
        bool named = false;
        for (const Finding &f : RuleEngine::check(only))
            named |= f.rule == u"import.incomplete" && f.message.contains(QStringLiteral("规章"));
        QVERIFY(named);
    }

    void headingRecognition()
    {
        QCOMPARE(ReportAssembler::matchSectionHeading(u"三、主动公开工作情况")->section,
                 SectionId::Proactive);
        QCOMPARE(ReportAssembler::matchSectionHeading(u"七、其他需要报告的事项")->section, SectionId::Other);
        QVERIFY(!ReportAssembler::matchSectionHeading(u"二、工作机制保障"));
        QVERIFY(ReportAssembler::matchSectionHeading(u"一、总体情况")->standard);
        QCOMPARE(ReportAssembler::matchSectionHeading(u"2、 主动公开政府信息情况")->section,
                 SectionId::Proactive);
        QVERIFY(!ReportAssembler::matchSectionHeading(u"2、 主动公开政府信息情况")->standard);
        QCOMPARE(ReportAssembler::matchSectionHeading(u"六．其他需要报告的事项")->section, SectionId::Other);
        QVERIFY(!ReportAssembler::matchSectionHeading(u"（一）主动公开"));
        QVERIFY(!ReportAssembler::matchSectionHeading(u"一是政务公开工作创新性仍然不足。"));
        QVERIFY(!ReportAssembler::matchSectionHeading(u"2023年政府信息公开工作年度报告"));
        QCOMPARE(ReportAssembler::matchSubsectionHeading(u"（三）政府信息管理"),
                 std::optional<QString>("政府信息管理"));
        QVERIFY(!ReportAssembler::matchSubsectionHeading(u"（一）本年度共受理申请3件，均已办结。"));
    }
};

QTEST_GUILESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
