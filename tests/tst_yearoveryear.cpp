// Year over year (#27): `nianbao compare`, the prose repeated from last year and the rule
// crossYear.repeatedText, on a pair made from a fixture: last year's report is the same
// agency's with the year moved back and other figures, section 五 copied with its years
// changed, and every other section of prose rewritten.

#include "TestSupport.h"
#include "io/FormatRegistry.h"
#include "rules/ProseRepetition.h"
#include "rules/RuleEngine.h"
#include "rules/YearComparison.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

QString yearsMovedBack(QString text, int year)
{
    return text.replace(QString::number(year), QString::number(year - 1));
}

/// Every paragraph of a section replaced by sentences of last year's own.
void rewrite(QVector<Paragraph> &paragraphs, const QString &what)
{
    for (int i = 0; i < paragraphs.size(); ++i)
        paragraphs[i].text = QStringLiteral("上一年度，本机关围绕%1开展了第%2批专项工作，形成了另一套做法。")
                                 .arg(what)
                                 .arg(i);
}

/// The fixture's report of the year before, as #27 describes it.
Report lastYearOf(const Report &now)
{
    Report last = now;
    last.year = now.year - 1;
    last.title = yearsMovedBack(now.title, now.year);
    for (int s = 0; s < SectionCount; ++s) {
        Section &section = last.sections[s];
        const auto id = static_cast<SectionId>(s);
        for (Paragraph &p : section.paragraphs) {
            if (id == SectionId::Problems)
                p.text = yearsMovedBack(p.text, now.year);
        }
        for (Subsection &sub : section.subsections) {
            for (Paragraph &p : sub.paragraphs) {
                if (id == SectionId::Problems)
                    p.text = yearsMovedBack(p.text, now.year);
            }
        }
        if (id != SectionId::Problems) {
            rewrite(section.paragraphs, ReportTemplate::sectionTitle(id));
            for (Subsection &sub : section.subsections)
                rewrite(sub.paragraphs, sub.heading);
        }
    }
    // Other figures: every stated number moved, some up and some down, some to 0.
    int n = 0;
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        TableData &table = last.table(spec.id);
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c) || table.isAutomatic(r, c) || !table.stored(r, c).isNumber())
                    continue;
                const double v = table.stored(r, c).number();
                const double moved = (++n % 3 == 0) ? 0 : (n % 3 == 1 ? v + n : qMax(0.0, v - 1));
                table.setStored(r, c, CellValue::number(moved));
            }
        }
    }
    return last;
}

} // namespace

class TestYearOverYear : public QObject
{
    Q_OBJECT
private slots:
    void sentencesAreComparedWithoutSpacesPunctuationWidthOrDigits()
    {
        QCOMPARE(ProseRepetition::normalized(u"2024年，本机关 共收到申请 12 件。"),
                 ProseRepetition::normalized(u"２０２３年,本机关共收到申请3件。"));
        QVERIFY(ProseRepetition::normalized(u"本机关共收到申请3件。")
                != ProseRepetition::normalized(u"本机关共受理申请3件。"));
        Report last, now;
        last.sections[int(SectionId::Problems)].paragraphs
            = { { QString(), QStringLiteral("一是宣传不够。二是队伍薄弱。") } };
        now.sections[int(SectionId::Problems)].paragraphs
            = { { QString(), QStringLiteral("一是宣传不够。二是培训不足，队伍建设有待加强。") } };
        const ProseRepetition r = ProseRepetition::measure(now, last);
        QCOMPARE(r.repeated.size(), 1);
        QCOMPARE(r.repeated[0].quote, QStringLiteral("一是宣传不够。"));
        QCOMPARE(r.repeated[0].start, 0);
        // 7 of 7 + 16 characters as compared (the full-width comma is one character).
        QCOMPARE(*r.sections[int(SectionId::Problems)], 7.0 / 23.0);
        QVERIFY(!r.sections[int(SectionId::Overview)]); // no prose: no rate
    }

    void aCopiedSectionFiveIsNamedAndOnlyIt()
    {
        const Report now = test::load(test::fixture(test::report001()));
        const Report last = lastYearOf(now);
        const ProseRepetition prose = ProseRepetition::measure(now, last);
        QVERIFY2(*prose.sections[int(SectionId::Problems)] >= 0.95,
                 qPrintable(QString::number(*prose.sections[int(SectionId::Problems)])));
        QVERIFY2(*prose.sections[int(SectionId::Overview)] <= 0.05,
                 qPrintable(QString::number(*prose.sections[int(SectionId::Overview)])));
        QStringList fired;
        for (const Finding &f : RuleEngine::check(now, &last)) {
            if (f.rule == QStringLiteral("crossYear.repeatedText")) {
                fired << ReportTemplate::sectionKey(*f.location.section);
                QCOMPARE(int(f.severity), int(Severity::Warning));
            }
        }
        QCOMPARE(fired, QStringList { QStringLiteral("problems") });
        // The same prose a year before: 一 is copied too, and said as an info; 六, one line of
        // fees, is a formula every year and is not.
        Report same = now;
        same.year = now.year - 1;
        QStringList both;
        for (const Finding &f : RuleEngine::check(now, &same)) {
            if (f.rule == QStringLiteral("crossYear.repeatedText"))
                both << ReportTemplate::sectionKey(*f.location.section) + QLatin1Char(' ')
                        + severityKey(f.severity);
        }
        QVERIFY2(both.contains(QStringLiteral("overview info"))
                     && both.contains(QStringLiteral("problems warning")),
                 qPrintable(both.join(QStringLiteral(", "))));
        // The editor hands the rules last year's sentences, gathered once: the same findings.
        auto said = [](const Findings &findings) {
            QStringList out;
            for (const Finding &f : findings)
                out << f.rule + QLatin1Char(' ') + f.message;
            return out;
        };
        const QSet<QString> sentences = ProseRepetition::sentencesOf(same);
        QCOMPARE(said(RuleEngine::check(now, &same, &sentences)), said(RuleEngine::check(now, &same)));
        const QSet<QString> lastSentences = ProseRepetition::sentencesOf(last);
        QCOMPARE(said(RuleEngine::check(now, &last, &lastSentences)), said(RuleEngine::check(now, &last)));
    }

    void compareJsonCarriesEveryCellAndItsArithmetic()
    {
        const Report now = test::load(test::fixture(test::report001()));
        const Report last = lastYearOf(now);
        const QString lastFile = save(last, QStringLiteral("last.json"));
        const QString nowFile = save(now, QStringLiteral("now.docx"));
        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("compare"), QStringLiteral("--json"), lastFile, nowFile });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("thisYear")).toObject().value(QStringLiteral("year")).toInt(),
                 now.year);
        QCOMPARE(json.value(QStringLiteral("lastYear")).toObject().value(QStringLiteral("year")).toInt(),
                 now.year - 1);
        const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
        int expected = 0;
        for (const TableSpec &spec : ReportTemplate::official().tables()) {
            for (int row = 0; row < spec.rowCount(); ++row) {
                for (int c = 0; c < spec.columnCount(); ++c) {
                    if (!spec.hasCell(row, c))
                        continue;
                    const QJsonObject cell = cells.at(expected++).toObject();
                    const CellRef ref { spec.id, row, c };
                    QCOMPARE(cell.value(QStringLiteral("key")).toString(), YearComparison::cellKey(ref));
                    const CellValue a = last.value(ref), b = now.value(ref);
                    QCOMPARE(cell.value(QStringLiteral("last")).toDouble(-1), a.isNumber() ? a.number() : -1);
                    QCOMPARE(cell.value(QStringLiteral("this")).toDouble(-1), b.isNumber() ? b.number() : -1);
                    if (!a.isNumber() || !b.isNumber()) {
                        QVERIFY(cell.value(QStringLiteral("change")).isNull());
                        continue;
                    }
                    QCOMPARE(cell.value(QStringLiteral("change")).toDouble(), b.number() - a.number());
                    if (a.number() == 0)
                        QVERIFY(cell.value(QStringLiteral("percent")).isNull());
                    else
                        QCOMPARE(cell.value(QStringLiteral("percent")).toDouble(),
                                 (b.number() - a.number()) / a.number() * 100.0);
                }
            }
        }
        QCOMPARE(cells.size(), expected);
        const QJsonObject sections = json.value(QStringLiteral("repetition"))
                                         .toObject()
                                         .value(QStringLiteral("sections"))
                                         .toObject();
        QVERIFY(sections.value(QStringLiteral("problems")).toDouble() >= 0.95);
        QVERIFY(sections.value(QStringLiteral("overview")).toDouble() <= 0.05);
        QVERIFY(sections.value(QStringLiteral("proactive")).isNull());
        QVERIFY(!json.value(QStringLiteral("repeated")).toArray().isEmpty());
        for (const QJsonValue v : json.value(QStringLiteral("repeated")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("section")).toString(), QStringLiteral("problems"));
        bool warned = false;
        for (const QJsonValue v : json.value(QStringLiteral("findings")).toArray())
            warned |= v.toObject().value(QStringLiteral("rule")).toString()
                == QStringLiteral("crossYear.repeatedText");
        QVERIFY(warned);
        // The text form leads with the largest changes.
        const test::ProcessResult text = test::runNianbao({ QStringLiteral("compare"), lastFile, nowFile });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("→")) && text.out.contains(QStringLiteral("100%")),
                 qPrintable(text.out));
    }

    // The reviewer's 年度对比 memo: as DOCX (read by python-docx), PDF (pdftotext) and JSON.
    void theMemoIsWrittenAsDocxPdfAndJson()
    {
        const Report now = test::load(test::fixture(test::report001()));
        const Report last = lastYearOf(now);
        const QString lastFile = save(last, QStringLiteral("memo-last.json"));
        const QString nowFile = save(now, QStringLiteral("memo-now.json"));
        const YearComparison comparison = YearComparison::compare(last, now);
        const YearComparison::CellChange largest = comparison.largestChanges(1).first();
        for (const char *suffix : { "docx", "pdf", "json" }) {
            const QString memo = scratch(QStringLiteral("memo.") + QLatin1String(suffix));
            const test::ProcessResult r = test::runNianbao(
                { QStringLiteral("compare"), QStringLiteral("--output"), memo, lastFile, nowFile });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QString text;
            if (QLatin1String(suffix) == u"docx") {
                const test::ProcessResult read = test::runProgram(
                    QStringLiteral("/usr/bin/python3"),
                    { QStringLiteral("-c"),
                      QStringLiteral(
                          "import docx, sys\n"
                          "d = docx.Document(sys.argv[1])\n"
                          "print('\\n'.join(p.text for p in d.paragraphs))\n"
                          "for row in d.tables[0].rows: print('|'.join(c.text for c in row.cells))\n"),
                      memo });
                QVERIFY2(read.exitCode == 0, qPrintable(read.err));
                text = read.out;
                // The largest change's row: last year, this year, the change.
                QVERIFY2(text.contains(QStringLiteral("|%1|%2|")
                                           .arg(qint64(largest.last.number()))
                                           .arg(qint64(largest.now.number()))),
                         qPrintable(text));
            } else if (QLatin1String(suffix) == u"pdf") {
                text = test::runProgram(QStringLiteral("pdftotext"), { memo, QStringLiteral("-") }).out;
                text.remove(QLatin1Char('\n'));
            } else {
                QFile f(memo);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
                QCOMPARE(json.value(QStringLiteral("cells")).toArray().size(), comparison.cells.size());
                continue;
            }
            QVERIFY2(text.contains(QStringLiteral("存在的主要问题及改进情况 100%")),
                     qPrintable(text.left(600)));
            QVERIFY(text.contains(QStringLiteral("变化最大的数据")));
        }
    }

    void onlyOneAgencysConsecutiveYearsAreCompared()
    {
        const Report now = test::load(test::fixture(test::report001()));
        Report last = lastYearOf(now);
        const QString nowFile = save(now, QStringLiteral("pair-now.json"));
        const QString lastFile = save(last, QStringLiteral("pair-last.json"));
        // The wrong way round.
        test::ProcessResult r = test::runNianbao({ QStringLiteral("compare"), nowFile, lastFile });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("consecutive")), qPrintable(r.err));
        // Another agency.
        last.agency = QStringLiteral("某某区财政局");
        r = test::runNianbao(
            { QStringLiteral("compare"), save(last, QStringLiteral("other.json")), nowFile });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("某某区财政局")), qPrintable(r.err));
        // Unreadable.
        r = test::runNianbao({ QStringLiteral("compare"), scratch(QStringLiteral("missing.json")), nowFile });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.json")));
    }
};

QTEST_GUILESS_MAIN(TestYearOverYear)
#include "tst_yearoveryear.moc"
