// Reading published PDF reports, with poppler itself (no mocks): the WPS-made 淮安 2024 report
// with every cell as printed and its prose, the fixtures exported to PDF by Nianbao and by
// LibreOffice read back equal to their .docx, the table grid from rulings, and the PDFs that
// must be refused (a scan, a password, not a report, damaged) with their reason.
#include "TestSupport.h"
#include "core/ReportLimits.h"
#include "fuzz/PdfPageScript.h"
#include "io/FormatRegistry.h"
#include "io/import/ReportAssembler.h"
#include "io/pdf/PdfContentReader.h"
#include "io/pdf/PdfFormat.h"
#include "io/pdf/PdfLayoutReader.h"
#include "io/pdf/PdfTableGrid.h"
#include "rules/RuleEngine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

#include <poppler-qt6.h>

using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::test::CjkFonts)

namespace {

const QString huaian = QStringLiteral(NIANBAO_FIXTURES "/real/huaian-2024-wps.pdf");

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

QString withoutSpaces(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
    return s;
}

// Prose paragraphs in reading order (title, preamble, headings, paragraphs, subsections).
QStringList prose(const Report &r)
{
    QStringList out;
    for (const QString &p : test::readingOrder(r))
        out << withoutSpaces(p);
    return out;
}

bool readPdf(const QString &path, Report &report, FormatError &error)
{
    return FormatRegistry::instance().readFile(path, report, error);
}

// One word: its characters side by side, each `w` wide.
PdfWord word(const QString &text, qreal x, qreal y, qreal w = 10, qreal h = 10)
{
    PdfWord out { text, QRectF(x, y, w * text.size(), h), {} };
    for (int i = 0; i < text.size(); ++i)
        out.chars.append(QRectF(x + i * w, y, w, h));
    return out;
}

QString writeWithQt(const QString &name, const std::function<void(QPainter &)> &paint)
{
    const QString path = scratch(name);
    QPdfWriter writer(path);
    QPainter painter(&writer);
    paint(painter);
    painter.end();
    return path;
}

} // namespace

class TestPdfImport : public QObject
{
    Q_OBJECT
private slots:
    // Every cell of the three tables as the printed report shows it (typed from the PDF as
    // a person reads it, not from our reader's output).
    void huaianTablesAsPrinted()
    {
        const Report r = test::load(huaian);
        QCOMPARE(r.agency, QStringLiteral("淮安市人民政府"));
        QCOMPARE(r.year, 2024);
        const struct
        {
            const char *anchor;
            double value;
        } proactive[] = {
            { "proactive/regulations/issued", 1 },           { "proactive/regulations/repealed", 0 },
            { "proactive/regulations/inForce", 11 },         { "proactive/normativeDocuments/issued", 8 },
            { "proactive/normativeDocuments/repealed", 26 }, { "proactive/normativeDocuments/inForce", 66 },
            { "proactive/licensing/decisions", 447228 },     { "proactive/penalty/decisions", 3985758 },
            { "proactive/enforcement/decisions", 88283 },    { "proactive/fees/amountWan", 96171.6 },
        };
        for (const auto &c : proactive)
            QVERIFY2(test::cell(r, QString::fromLatin1(c.anchor)) == CellValue::number(c.value), c.anchor);

        const char *columns[]
            = { "natural", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total" };
        const struct
        {
            const char *row;
            int values[7];
        } applications[] = {
            { "new", { 3001, 53, 0, 0, 61, 4, 3119 } },
            { "carriedIn", { 34, 0, 0, 0, 0, 0, 34 } },
            { "disclosed", { 1288, 21, 0, 0, 50, 3, 1362 } },
            { "partiallyDisclosed", { 447, 7, 0, 0, 0, 0, 454 } },
            { "withheldStateSecret", { 2, 0, 0, 0, 0, 0, 2 } },
            { "withheldProhibitedByLaw", { 30, 1, 0, 0, 0, 0, 31 } },
            { "withheldSecurityStability", { 5, 0, 0, 0, 0, 0, 5 } },
            { "withheldThirdParty", { 6, 0, 0, 0, 0, 0, 6 } },
            { "withheldInternalAffairs", { 7, 1, 0, 0, 0, 0, 8 } },
            { "withheldProcessInfo", { 12, 0, 0, 0, 0, 0, 12 } },
            { "withheldEnforcementFile", { 9, 0, 0, 0, 0, 0, 9 } },
            { "withheldQueryMatter", { 105, 0, 0, 0, 0, 0, 105 } },
            { "unavailableNotHeld", { 746, 12, 0, 0, 10, 1, 769 } },
            { "unavailableNeedsCreation", { 11, 0, 0, 0, 0, 0, 11 } },
            { "unavailableUnclear", { 1, 0, 0, 0, 0, 0, 1 } },
            { "notProcessedPetition", { 56, 6, 0, 0, 0, 0, 62 } },
            { "notProcessedDuplicate", { 25, 0, 0, 0, 0, 0, 25 } },
            { "notProcessedPublication", { 0, 0, 0, 0, 0, 0, 0 } },
            { "notProcessedExcessive", { 0, 0, 0, 0, 0, 0, 0 } },
            { "notProcessedConfirmation", { 1, 0, 0, 0, 0, 0, 1 } },
            { "otherNoCorrection", { 67, 3, 0, 0, 1, 0, 71 } },
            { "otherUnpaidFee", { 6, 0, 0, 0, 0, 0, 6 } },
            { "otherOther", { 108, 2, 0, 0, 0, 0, 110 } },
            { "processedTotal", { 2932, 53, 0, 0, 61, 4, 3050 } },
            { "carriedOut", { 103, 0, 0, 0, 0, 0, 103 } },
        };
        for (const auto &row : applications) {
            for (int c = 0; c < 7; ++c) {
                const QString anchor = QStringLiteral("applications/%1/%2").arg(row.row, columns[c]);
                QVERIFY2(test::cell(r, anchor) == CellValue::number(row.values[c]), qPrintable(anchor));
            }
        }
        const char *leaves[] = { "upheld", "corrected", "other", "pending", "total" };
        const struct
        {
            const char *row;
            int values[5];
        } review[] = {
            { "reconsideration", { 72, 64, 178, 37, 351 } },
            { "litigationDirect", { 13, 4, 8, 1, 26 } },
            { "litigationAfterReconsideration", { 12, 1, 1, 6, 20 } },
        };
        for (const auto &row : review) {
            for (int c = 0; c < 5; ++c) {
                const QString anchor = QStringLiteral("reviewLitigation/%1/%2").arg(row.row, leaves[c]);
                QVERIFY2(test::cell(r, anchor) == CellValue::number(row.values[c]), qPrintable(anchor));
            }
        }
    }

    // #26.9: a PDF with fonts that have no map to Unicode gave paragraphs of control
    // characters, an empty title and year 0. Their glyphs are counted as they are drawn; past
    // a tenth of the text the PDF is refused, saying why, and no control character is read.
    void fontsWithoutUnicodeAreRefusedNotGarbled()
    {
        const QString path = QStringLiteral(
            NIANBAO_SOURCE_DIR "/tests/data/regressions/pdf-half-the-fonts-without-tounicode.pdf");
        Report report;
        FormatError error;
        QVERIFY(!FormatRegistry::instance().readFile(path, report, error));
        QVERIFY2(error.reason.contains(QLatin1String("cannot be decoded")), qPrintable(error.reason));
        // A few such glyphs (a symbol font's bullets) are left out, and nothing else.
        QFile few(QStringLiteral(NIANBAO_SOURCE_DIR
                                 "/tests/data/regressions/pdf-a-few-glyphs-without-tounicode.pdf"));
        QVERIFY(few.open(QIODevice::ReadOnly));
        QVector<PdfPageContent> pages;
        QVERIFY2(PdfContentReader::read(few.readAll(), pages, error), qPrintable(error.reason));
        QStringList words;
        for (const PdfWord &w : pages.value(0).words) {
            words << w.text;
            for (const QChar c : w.text)
                QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_PrivateUse,
                         qPrintable(w.text));
        }
        QVERIFY(words.contains(QStringLiteral("After")) && words.contains(QStringLiteral("bullets")));
    }

    // Every section's prose, paragraphs joined across lines and pages, page numbers gone.
    // Issue #26.1: a reviewer's rectangle and line (Square, Line annotations) over the tables
    // were drawn when the page was drawn for its rulings: 110 cells of this file changed. The
    // page is read without its annotations now: the tables are those of the clean file. A
    // shape a reviewer wrote words in (the rectangles) is a comment, as Acrobat lists it
    // (#26.11); one without words (the lines) is none.
    void reviewersShapesAreNoRulings()
    {
        const Report clean = test::load(huaian);
        const Report marked = test::load(
            QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/regressions/pdf-reviewer-shapes-over-tables.pdf"));
        for (const TableSpec &spec : ReportTemplate::official().tables()) {
            for (int r = 0; r < spec.rowCount(); ++r) {
                for (int c = 0; c < spec.columnCount(); ++c) {
                    if (spec.hasCell(r, c))
                        QCOMPARE(marked.value({ spec.id, r, c }), clean.value({ spec.id, r, c }));
                }
            }
        }
        QCOMPARE(marked.annotations.size(), 6); // one rectangle with a note on each page
        for (const Annotation &a : marked.annotations)
            QCOMPARE(a.text, QStringLiteral("check these figures"));
    }

    void huaianProse()
    {
        const Report r = test::load(huaian);
        QCOMPARE(r.preamble.size(), 1);
        QVERIFY(r.preamble[0].text.startsWith(QStringLiteral("本报告由淮安市人民政府办公室根据")));
        QVERIFY(r.preamble[0].text.endsWith(QStringLiteral("电子邮箱：hazwgkc@163.com）。")));
        // Chinese takes no spaces where a line broke or where WPS spaced digits apart.
        QVERIFY(r.preamble[0].text.contains(QStringLiteral("（国令第711号）")));
        const Section &overview = r.section(SectionId::Overview);
        QCOMPARE(overview.paragraphs.size(), 6);
        // (一) runs over the page break between pages 1 and 2: one paragraph.
        QVERIFY(overview.paragraphs[1].text.contains(
            QStringLiteral("“建设‘四最’一流营商环境高质量推进产业发展”")));
        QVERIFY(overview.paragraphs[5].text.startsWith(QStringLiteral("（五）政府信息公开监督保障情况。")));
        const Section &problems = r.section(SectionId::Problems);
        QCOMPARE(problems.paragraphs.size(), 2);
        QVERIFY(problems.paragraphs[0].text.endsWith(QStringLiteral("流动性过快的问题。")));
        const Section &other = r.section(SectionId::Other);
        QCOMPARE(other.paragraphs.size(), 1);
        QVERIFY(other.paragraphs[0].text.contains(QStringLiteral("全年收取政府信息公开信息处理费3940元")));
        for (const QString &p : prose(r)) {
            QVERIFY2(!QRegularExpression(QStringLiteral("-[0-9]-")).match(p).hasMatch(), qPrintable(p));
            QVERIFY2(!p.contains(QStringLiteral("第二十条")), qPrintable(p)); // table text stays in tables
        }
    }

    // Checked by hand against the printed report: 3119 + 34 = 3050 + 103; every row and
    // column adds up (e.g. 自然人 处理 1288 + 447 + 176 + 758 + 82 + 181 = 2932); 72 + 64 +
    // 178 + 37 = 351, 13 + 4 + 8 + 1 = 26, 12 + 1 + 1 + 6 = 20; the prose's 3119, 3050,
    // 351 and 46 (= 26 + 20) agree with the tables. So no finding is true of it.
    void huaianCheckFindsWhatIsTrue()
    {
        const Findings findings = RuleEngine::check(test::load(huaian));
        QStringList listed;
        for (const Finding &f : findings)
            listed << f.rule + QStringLiteral(": ") + f.message;
        QVERIFY2(findings.isEmpty(), qPrintable(listed.join(QLatin1Char('\n'))));
        const test::ProcessResult run = test::runNianbao({ QStringLiteral("check"), huaian });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0 errors, 0 warnings")), qPrintable(run.out));
    }

    void turnedPagesReadUpright_data()
    {
        QTest::addColumn<QString>("angle");
        for (const char *a : { "+90", "+180", "+270" })
            QTest::newRow(a) << QString::fromLatin1(a);
    }

    // A page whose /Rotate turns its text on its side (qpdf --rotate, as a tool or a scanner
    // leaves it) reads as the upright one: words and rulings turned back.
    void turnedPagesReadUpright()
    {
        QFETCH(QString, angle);
        const QString turned = scratch(QStringLiteral("turned%1.pdf").arg(angle.mid(1)));
        const test::ProcessResult q = test::runProgram(
            QStringLiteral("qpdf"), { QStringLiteral("--rotate=") + angle, huaian, turned });
        QVERIFY2(q.exitCode == 0, qPrintable(q.err));
        const Report upright = test::load(huaian);
        const Report read = test::load(turned);
        for (int t = 0; t < TableCount; ++t)
            QVERIFY2(read.tables[t] == upright.tables[t], qPrintable(QStringLiteral("table %1").arg(t)));
        QCOMPARE(prose(read), prose(upright));
    }

    void fixturesRoundTripThroughPdf_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("libreOffice");
        QTest::addColumn<test::CjkFonts>("fonts");
        const auto sets = { test::CjkFonts::WenQuanYiArPl, test::CjkFonts::NotoCjk };
        for (const QString &docx : test::reportFixtures(QStringLiteral("docx"))) {
            const QString name = QFileInfo(docx).baseName();
            QTest::newRow(qPrintable(name + QStringLiteral(" nianbao")))
                << docx << false << test::CjkFonts::WenQuanYiArPl;
            // LibreOffice wraps labels elsewhere in each set of fonts: both are read.
            for (test::CjkFonts fonts : sets)
                QTest::newRow(qPrintable(name + QStringLiteral(" libreoffice ") + test::fontSetName(fonts)))
                    << docx << true << fonts;
        }
        // The plain-text layout printed to PDF: a table one cell per line, no rulings, ragged
        // lines, paragraphs without indents.
        for (const QString &txt : test::reportFixtures(QStringLiteral("txt"))) {
            for (test::CjkFonts fonts : sets)
                QTest::newRow(qPrintable(QFileInfo(txt).baseName() + QStringLiteral(" text via libreoffice ")
                                         + test::fontSetName(fonts)))
                    << txt << true << fonts;
        }
    }

    // A fixture exported to PDF (by us, by LibreOffice) reads back with the tables of its
    // source and the same prose up to spaces (a PDF does not say which gaps were spaces).
    void fixturesRoundTripThroughPdf()
    {
        QFETCH(QString, source);
        QFETCH(bool, libreOffice);
        QFETCH(test::CjkFonts, fonts);
        const Report original = test::load(source);
        const QFileInfo info(source);
        QString pdf;
        if (libreOffice) {
            const QString outdir = scratch(QStringLiteral("lo-pdf-") + info.suffix() + QLatin1Char('-')
                                           + test::fontSetName(fonts));
            const QString err
                = test::convertWithLibreOffice({ source }, QStringLiteral("pdf"), outdir, fonts);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            pdf = outdir + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".pdf");
            QString found;
            QVERIFY2(test::pdfUsesFonts(pdf, fonts, &found), qPrintable(found)); // what the row is about
        } else {
            pdf = scratch(info.completeBaseName() + QStringLiteral(".pdf"));
            FormatError error;
            QVERIFY2(FormatRegistry::instance().writeFile(original, pdf, error), qPrintable(error.message()));
        }
        const Report fromPdf = test::load(pdf);
        for (int t = 0; t < TableCount; ++t)
            QVERIFY2(fromPdf.tables[t] == original.tables[t], qPrintable(QStringLiteral("table %1").arg(t)));
        QCOMPARE(prose(fromPdf), prose(original));
        QCOMPARE(fromPdf.signature.organization, original.signature.organization);
        QCOMPARE(fromPdf.signature.date, original.signature.date);
    }

    // The same fixtures with every border removed (the .docx's cell and table borders set to
    // none) and printed by LibreOffice: tables without rulings, read by the columns their
    // numbers make (PdfLooseTable). Every number read is the source's; a row whose label is
    // interleaved with a label merged beside it may be missed (left blank, never misread).
    void borderlessTablesReadByTheirColumns_data()
    {
        QTest::addColumn<QString>("docx");
        QTest::addColumn<test::CjkFonts>("fonts");
        for (const QString &docx : test::reportFixtures(QStringLiteral("docx"))) {
            for (test::CjkFonts fonts : { test::CjkFonts::WenQuanYiArPl, test::CjkFonts::NotoCjk })
                QTest::newRow(
                    qPrintable(QFileInfo(docx).baseName() + QLatin1Char(' ') + test::fontSetName(fonts)))
                    << docx << fonts;
        }
    }
    void borderlessTablesReadByTheirColumns()
    {
        QFETCH(QString, docx);
        QFETCH(test::CjkFonts, fonts);
        QMap<QString, QByteArray> parts = test::readParts(docx);
        QString body = QString::fromUtf8(parts.value(QStringLiteral("word/document.xml")));
        body.remove(QRegularExpression(QStringLiteral("<w:tcBorders>.*?</w:tcBorders>"),
                                       QRegularExpression::DotMatchesEverythingOption));
        body.replace(QRegularExpression(QStringLiteral("<w:tblBorders>.*?</w:tblBorders>"),
                                        QRegularExpression::DotMatchesEverythingOption),
                     QStringLiteral("<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom "
                                    "w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/>"
                                    "<w:insideV w:val=\"nil\"/></w:tblBorders>"));
        parts.insert(QStringLiteral("word/document.xml"), body.toUtf8());
        const QString base = QStringLiteral("borderless-") + QFileInfo(docx).baseName();
        const QString outdir = scratch(QStringLiteral("lo-borderless-") + test::fontSetName(fonts));
        QDir().mkpath(outdir);
        test::writeParts(outdir + QLatin1Char('/') + base + QStringLiteral(".docx"), test::asList(parts));
        const QString err
            = test::convertWithLibreOffice({ outdir + QLatin1Char('/') + base + QStringLiteral(".docx") },
                                           QStringLiteral("pdf"), outdir, fonts);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString pdf = outdir + QLatin1Char('/') + base + QStringLiteral(".pdf");
        QString found;
        QVERIFY2(test::pdfUsesFonts(pdf, fonts, &found), qPrintable(found));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVector<PdfPageContent> pages;
            FormatError error;
            QVERIFY(PdfContentReader::read(f.readAll(), pages, error, &PdfLayoutReader::mayHoldTable));
            for (const PdfPageContent &page : pages)
                QVERIFY2(page.rulings.isEmpty(), "the borders were not removed"); // what this test is about
        }
        const Report source = test::load(docx);
        const Report read = test::load(pdf);
        int rows = 0, rowsRead = 0;
        for (int t = 0; t < TableCount; ++t) {
            const TableSpec &spec = source.tables[t].spec();
            for (int row = 0; row < spec.rowCount(); ++row) {
                bool any = false, same = true;
                for (int column = 0; column < spec.columnCount(); ++column) {
                    if (!spec.hasCell(row, column))
                        continue;
                    const CellRef cell { TableId(t), row, column };
                    const CellValue got = read.tables[t].stored(row, column);
                    any |= !got.isBlank();
                    same &= source.value(cell) == read.value(cell);
                    QVERIFY2(
                        got.isBlank() || source.value(cell) == read.value(cell),
                        qPrintable(
                            QStringLiteral("table %1 row %2 column %3 misread").arg(t).arg(row).arg(column)));
                }
                ++rows;
                rowsRead += any && same;
            }
        }
        QVERIFY2(rowsRead >= rows - 3,
                 qPrintable(QStringLiteral("%1 of %2 rows read").arg(rowsRead).arg(rows)));
        // A row left blank is said to be: never a silent gap.
        bool named = false;
        for (const Finding &f : RuleEngine::check(read))
            named |= f.rule == u"import.incomplete" && f.severity == Severity::Error;
        QVERIFY2(rowsRead == rows || named, "rows were left blank without an import.incomplete finding");
    }

    // A label merged over rows and written one character per line, a wrapped label, and a
    // word poppler ran across a border: the grid puts each character in its own cell.
    void gridFromRulings()
    {
        PdfPageContent page;
        page.size = QSizeF(600, 800);
        const qreal xs[] = { 0, 20, 120, 170, 220 };
        const qreal ys[] = { 0, 30, 60, 90 };
        // Column 0 has no line between its rows: one merged cell.
        for (qreal y : ys)
            page.rulings.append(QLineF(y == 0 || y == 90 ? 0 : 20, y, 220, y));
        page.rulings.append(QLineF(0, 0, 0, 90));
        for (int i = 1; i < 5; ++i)
            page.rulings.append(QLineF(xs[i], 0, xs[i], 90));
        page.words << word(QStringLiteral("本"), 5, 5) << word(QStringLiteral("年"), 5, 35)
                   << word(QStringLiteral("度"), 5, 65);
        page.words << word(QStringLiteral("一、本年新收"), 25, 2) << word(QStringLiteral("申请数量"), 25, 15);
        page.words << word(QStringLiteral("12"), 130, 10) << word(QStringLiteral("34"), 180, 10);
        // "56" and "78" run together as one word across the border at x = 170.
        page.words << word(QStringLiteral("二、上年结转"), 25, 40) << word(QStringLiteral("5678"), 150, 40);
        QVector<PdfPiece> rest;
        const QVector<PdfTable> tables = PdfTableGrid::find(page, rest);
        QCOMPARE(tables.size(), 1);
        QVERIFY(rest.isEmpty());
        const QVector<QStringList> expected {
            { QStringLiteral("本年度"), QStringLiteral("一、本年新收申请数量"), QStringLiteral("12"),
              QStringLiteral("34") },
            { QString(), QStringLiteral("二、上年结转"), QStringLiteral("56"), QStringLiteral("78") },
        };
        QCOMPARE(tables[0].rows, expected);
    }

    // Page numbers in the margins go; a paragraph broken over a page stays one.
    void pageNumbersDropAndParagraphsJoin()
    {
        QVector<PdfPageContent> pages(2);
        for (int p = 0; p < 2; ++p) {
            pages[p].number = p + 1;
            pages[p].size = QSizeF(595, 842);
        }
        // Left edge 80, right edge 520; 10-point text on a 20-point pitch.
        pages[0].words << word(QStringLiteral("一、总体情况"), 100, 100);
        for (int i = 0; i < 3; ++i)
            pages[0].words << word(QString(44, QChar(u'文')), 80, 120 + 20 * i);
        pages[0].words << word(QStringLiteral("-1-"), 280, 780, 5);
        pages[1].words << word(QStringLiteral("— 2 —"), 280, 40, 5);
        pages[1].words << word(QStringLiteral("续完。"), 80, 100);
        pages[1].words << word(QStringLiteral("第二段。"), 100, 120);
        const QVector<SourceBlock> blocks = PdfLayoutReader::blocks(pages);
        QStringList texts;
        for (const SourceBlock &b : blocks)
            texts << b.text;
        QCOMPARE(texts,
                 QStringList({ QStringLiteral("一、总体情况"),
                               QString(132, QChar(u'文')) + QStringLiteral("续完。"),
                               QStringLiteral("第二段。") }));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("scan") << writeWithQt(QStringLiteral("scan.pdf"), [](QPainter &p) {
            QImage image(200, 100, QImage::Format_RGB32);
            image.fill(Qt::gray);
            p.drawImage(QPoint(100, 100), image);
        }) << QStringLiteral("no text layer");
        QTest::newRow("not a report") << writeWithQt(QStringLiteral("letter.pdf"), [](QPainter &p) {
            p.drawText(QPoint(200, 200), QStringLiteral("Dear colleague, see you on Monday."));
        }) << QStringLiteral("annual report");
        const QString damaged = scratch(QStringLiteral("damaged.pdf"));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R");
        }
        QTest::newRow("damaged") << damaged << QStringLiteral("PDF");
        const QString notPdf = scratch(QStringLiteral("renamed.pdf"));
        {
            QFile f(notPdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("PK\x03\x04 this is a zip renamed");
        }
        QTest::newRow("not a PDF") << notPdf << QStringLiteral("%PDF-");
        // qpdf encrypts a real report with a password to open it.
        const QString locked = scratch(QStringLiteral("locked.pdf"));
        const test::ProcessResult q
            = test::runProgram(QStringLiteral("qpdf"),
                               { QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                                 QStringLiteral("256"), QStringLiteral("--"), huaian, locked });
        QVERIFY2(q.exitCode == 0, qPrintable(q.err));
        QTest::newRow("password") << locked << QStringLiteral("password");
    }

    // Refused with the file, the reason, exit status 2; never a crash.
    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        Report report;
        FormatError error;
        QVERIFY(!readPdf(path, report, error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.reason.contains(reason, Qt::CaseInsensitive), qPrintable(error.message()));
        const test::ProcessResult run = test::runNianbao({ QStringLiteral("check"), path });
        QVERIFY(run.finished && !run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QFileInfo(path).fileName()), qPrintable(run.err));
    }

    // The fuzz target's view of a PDF (fuzz/PdfPageScript) is the importer's: the real report
    // written as a script and read back gives the same report.
    void pageScriptIsWhatTheImporterSees()
    {
        QFile f(huaian);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY(PdfContentReader::read(f.readAll(), pages, error, &PdfLayoutReader::mayHoldTable));
        const QVector<PdfPageContent> replayed
            = fuzz::PdfPageScript::parse(fuzz::PdfPageScript::write(pages));
        QCOMPARE(replayed.size(), pages.size());
        Report direct, viaScript;
        QVERIFY(ReportAssembler::assemble(PdfLayoutReader::blocks(pages), direct, error));
        QVERIFY(ReportAssembler::assemble(PdfLayoutReader::blocks(replayed), viaScript, error));
        for (int t = 0; t < TableCount; ++t)
            QVERIFY(direct.tables[t] == viaScript.tables[t]);
        QCOMPARE(prose(viaScript), prose(direct));
    }

    // Where a note lands, by geometry alone: on the paragraph whose line it stands beside (at
    // the column's right edge), on a ruled cell, on the whole report from the margin.
    void notesLandByGeometry()
    {
        const QVector<PdfPageContent> pages = fuzz::PdfPageScript::parse(
            "page 595 842\n"
            "word 80 100 96 16 一、总体情况\n"
            "word 80 125 430 16 本年度我单位认真贯彻落实条例，推进政务公开工作，\n"
            "word 80 145 200 16 取得了实效。\n"
            "note 505 133 请核对\n"
            "reply 505 133 已改\n"
            "rule 80 200 520 200\nrule 80 230 520 230\nrule 80 200 80 230\n"
            "rule 300 200 300 230\nrule 520 200 520 230\n"
            "word 90 210 60 12 行政许可\nword 310 210 12 12 12\n"
            "note 510 215 数字请核对\n"
            "note 20 600 整体较好\n");
        const QVector<SourceBlock> blocks = PdfLayoutReader::blocks(pages);
        QStringList onParagraph, onCell;
        for (const SourceBlock &b : blocks) {
            if (b.text.startsWith(QStringLiteral("本年度")))
                onParagraph += b.comments;
            if (b.kind == SourceBlock::Kind::TableRow && b.cellComments.size() == 2)
                onCell += b.cellComments[1];
        }
        QCOMPARE(onParagraph, QStringList { QStringLiteral("s1") }); // its reply follows it, s2
        QCOMPARE(onCell, QStringList { QStringLiteral("s3") });
        for (const SourceBlock &b : blocks) // s4, in the margin, is on no block
            QVERIFY(!b.comments.contains(QStringLiteral("s4")));
        const Annotations comments = PdfFormat::comments(pages, {});
        QCOMPARE(comments.size(), 3);
        QCOMPARE(comments[0].replies.size(), 1);
    }

    // Every page script the fuzzer crashed or hung on (tests/data/regressions/*.pdfpages):
    // read to the end, a report or a refusal that says why.
    void pageScriptRegressionsReplay_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/regressions"),
                        { QStringLiteral("*.pdfpages") }, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }
    void pageScriptRegressionsReplay()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QVector<PdfPageContent> pages = fuzz::PdfPageScript::parse(f.readAll());
        for (const PdfPageContent &page : pages)
            PdfLayoutReader::mayHoldTable(page);
        Report report;
        FormatError error;
        if (ReportAssembler::assemble(PdfLayoutReader::blocks(pages), report, error))
            ReportLimits::check(report, error);
        else
            QVERIFY2(!error.reason.isEmpty(), "a refusal says why");
    }

    // Open, Import, New from last year and Attach last year's report build their filters
    // from the registry: PDF is among them, and the command line's help lists it as read.
    // A reviewer's notes made in another program (poppler's own annotation writer, as Okular
    // saves them) on the WPS-made report: a sticky note clicked onto a number of table 二 and
    // a highlight with a comment over words of section 五 come back as comments on that cell
    // and that paragraph; a note beside no text is on the whole report.
    void notesOfAnotherProgramLandWhereTheyStand()
    {
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(huaian);
        QVERIFY(doc);
        auto findWord = [&](const QString &text, int &pageIndex) -> QRectF {
            for (pageIndex = 0; pageIndex < doc->numPages(); ++pageIndex) {
                const std::unique_ptr<Poppler::Page> page = doc->page(pageIndex);
                for (const auto &box : page->textList()) {
                    if (box->text().contains(text)) {
                        const QSizeF size = page->pageSizeF();
                        const QRectF b = box->boundingBox();
                        return QRectF(b.x() / size.width(), b.y() / size.height(), b.width() / size.width(),
                                      b.height() / size.height());
                    }
                }
            }
            return {};
        };
        int numberPage = 0, wordsPage = 0;
        const QRectF number = findWord(QStringLiteral("447228"), numberPage);
        QVERIFY(number.isValid());
        const QRectF words = findWord(QStringLiteral("流动性过快"), wordsPage);
        QVERIFY2(words.isValid(), "the words of section 五 as poppler splits them");

        auto sticky = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::Linked);
        sticky->setBoundary(QRectF(number.center(), QSizeF(0.03, 0.02)));
        sticky->setAuthor(QStringLiteral("市政务公开办"));
        sticky->setContents(QStringLiteral("许可数量与去年相比变化较大，请说明。"));
        doc->page(numberPage)->addAnnotation(sticky.get());
        auto highlight = std::make_unique<Poppler::HighlightAnnotation>();
        highlight->setBoundary(words);
        Poppler::HighlightAnnotation::Quad quad {
            { words.topLeft(), words.topRight(), words.bottomRight(), words.bottomLeft() }, false, false, 0.1
        };
        highlight->setHighlightQuads({ quad });
        highlight->setAuthor(QStringLiteral("市政务公开办"));
        highlight->setContents(QStringLiteral("请写明改进措施。"));
        doc->page(wordsPage)->addAnnotation(highlight.get());
        auto stray = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::Linked);
        stray->setBoundary(QRectF(0.01, 0.5, 0.02, 0.02)); // in the left margin, beside nothing
        stray->setContents(QStringLiteral("整体较好。"));
        doc->page(0)->addAnnotation(stray.get());

        const QString annotated = scratch(QStringLiteral("huaian-annotated.pdf"));
        const std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
        converter->setOutputFileName(annotated);
        converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
        QVERIFY(converter->convert());

        const Report r = test::load(annotated);
        QCOMPARE(r.annotations.size(), 3);
        auto find = [&](const QString &text) { return test::commentWithText(r, text); };
        const Annotation *cell = find(QStringLiteral("许可数量与去年相比变化较大，请说明。"));
        QVERIFY(cell);
        QCOMPARE(cell->author, QStringLiteral("市政务公开办"));
        QCOMPARE(int(cell->target.kind), int(ReportPlace::Kind::Cell));
        QCOMPARE(cell->target.cell, test::ref("proactive/licensing/decisions"));
        const Annotation *paragraph = find(QStringLiteral("请写明改进措施。"));
        QVERIFY(paragraph);
        QCOMPARE(int(paragraph->target.kind), int(ReportPlace::Kind::Paragraph));
        QCOMPARE(paragraph->target.section, std::optional<SectionId>(SectionId::Problems));
        QCOMPARE(paragraph->target.paragraph, 0);
        const Annotation *report = find(QStringLiteral("整体较好。"));
        QVERIFY(report);
        QCOMPARE(int(report->target.kind), int(ReportPlace::Kind::Report));
        // The tables are read as before.
        QCOMPARE(test::cell(r, QStringLiteral("proactive/licensing/decisions")), CellValue::number(447228));
    }

    void pdfIsOfferedWhereverReportsAreRead()
    {
        QVERIFY(FormatRegistry::instance().readableExtensions().contains(QStringLiteral("pdf")));
        const QStringList filters = FormatRegistry::instance()
                                        .nameFilters(FormatRegistry::Direction::Read)
                                        .split(QStringLiteral(";;"));
        QVERIFY2(filters.first().contains(QStringLiteral("*.pdf")), qPrintable(filters.first()));
        const test::ProcessResult help = test::runNianbao({ QStringLiteral("--help") });
        QVERIFY2(!help.out.contains(QStringLiteral("(output only)")), qPrintable(help.out));
    }

    // The command line converts a PDF like any other report.
    void convertPdfToJson()
    {
        const QString json = scratch(QStringLiteral("huaian.json"));
        const test::ProcessResult run = test::runNianbao({ QStringLiteral("convert"), huaian, json });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Report r = test::load(json);
        QCOMPARE(test::cell(r, QStringLiteral("applications/processedTotal/total")), CellValue::number(3050));
    }
};

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
