// The 图解 (#27): `nianbao graphic` as SVG, PNG and PDF, through the real binary, and read
// back by what a web page and poppler see: text elements, pixels, pdftotext.

#include "TestSupport.h"
#include "io/FormatRegistry.h"
#include "render/GraphicFigures.h"
#include "render/GraphicPainter.h"
#include "render/ReportFonts.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

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

/// Fixture 003 with a figure in every cell the 图解 shows (1, 2, 3 … down the tables), and the
/// same agency's report of the year before with other figures.
Report thisYear()
{
    Report r = test::load(test::fixture(test::report003()));
    int n = 0;
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        for (int row = 0; row < spec.rowCount(); ++row) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (spec.hasCell(row, c) && !r.table(spec.id).isAutomatic(row, c))
                    r.table(spec.id).setStored(row, c, CellValue::number(++n * 7 % 97 + 1));
            }
        }
    }
    return r;
}

Report lastYear(const Report &now)
{
    Report last = now;
    last.year = now.year - 1;
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        for (int row = 0; row < spec.rowCount(); ++row) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (spec.hasCell(row, c) && !last.table(spec.id).isAutomatic(row, c))
                    last.table(spec.id).setStored(row, c, CellValue::number((row * 5 + c * 3) % 41));
            }
        }
    }
    return last;
}

QStringList svgTexts(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QStringList out;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            out << xml.readElementText();
    }
    return xml.hasError() ? QStringList { QStringLiteral("XML error: ") + xml.errorString() } : out;
}

QString run(const QStringList &arguments)
{
    const test::ProcessResult r = test::runNianbao(arguments);
    return r.exitCode == 0 ? QString() : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err);
}

} // namespace

class TestGraphic : public QObject
{
    Q_OBJECT
private slots:
    void everyFigureIsTextInTheSvg()
    {
        const Report now = thisYear();
        const QString svg = scratch(QStringLiteral("figures.svg"));
        QCOMPARE(run({ QStringLiteral("graphic"), save(now, QStringLiteral("now.json")), svg }), QString());
        const QStringList texts = svgTexts(svg);
        const GraphicFigures figures = GraphicFigures::of(now);
        int checked = 0;
        for (const GraphicFigures::Panel &p : figures.panels) {
            QVERIFY2(texts.contains(p.title + QStringLiteral("（%1）").arg(p.unit)), qPrintable(p.title));
            for (const GraphicFigures::Figure &f : p.figures) {
                QVERIFY(f.value);
                QVERIFY2(texts.contains(GraphicPainter::valueText(*f.value)), qPrintable(f.label));
                ++checked;
            }
        }
        QVERIFY(checked >= 40);
        // Values straight from the report, not only from the figures' list.
        for (const char *anchor :
             { "proactive/licensing/decisions", "applications/new/natural", "applications/disclosed/total",
               "reviewLitigation/reconsideration/total" })
            QVERIFY2(
                texts.contains(GraphicPainter::valueText(test::cell(now, QLatin1String(anchor)).number())),
                anchor);
        QVERIFY(texts.contains(now.agency));
        QVERIFY(texts.contains(
            QStringLiteral("数据来源：%1%2年政府信息公开工作年度报告").arg(now.agency).arg(now.year)));
    }

    void theSvgEmbedsTheReportFontForEveryCharacter()
    {
        const Report now = thisYear();
        const QString svg = scratch(QStringLiteral("font.svg"));
        QCOMPARE(run({ QStringLiteral("graphic"), save(now, QStringLiteral("font.json")), svg }), QString());
        // Read back as a browser reads it: fontTools for the characters and their outlines,
        // compared with the installed font; then OTS, the sanitizer Chrome and Firefox run on
        // every web font before they use it (a font it rejects is not shown at all).
        const QString font = scratch(QStringLiteral("embedded.ttf"));
        const test::ProcessResult check = test::runProgram(
            QStringLiteral("/usr/bin/python3"),
            { QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/tools/check-svg-font.py"), svg, font });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const QStringList words = check.out.split(QLatin1Char(' '));
        QVERIFY2(words.value(1).toInt() >= 100, qPrintable(check.out)); // the 图解's Chinese, digits, ↑↓
        QVERIFY2(check.out.contains(ReportFonts::candidates(ReportFonts::Face::Hei).constFirst()),
                 qPrintable(check.out));
        const test::ProcessResult ots
            = test::runProgram(QStringLiteral("ots-sanitize"), { font, scratch(QStringLiteral("ots.ttf")) });
        QVERIFY2(ots.exitCode == 0, qPrintable(ots.out + ots.err));
        // Embedded, yet still text: every figure is a <text> element as before.
        QVERIFY(svgTexts(svg).contains(
            QStringLiteral("数据来源：%1%2年政府信息公开工作年度报告").arg(now.agency).arg(now.year)));
        QVERIFY(QFileInfo(svg).size() < 400 * 1024); // a subset, not the 17 MB font
    }

    void withoutTheFontTheSvgNamesItsFontsAndSaysSo()
    {
        // A machine whose fontconfig knows no fonts: the picture is still written, its text in
        // the reader's fonts, and the command says what is missing.
        const QString config = test::fontConfigWithoutFonts();
        const QString svg = scratch(QStringLiteral("nofont.svg"));
        const test::ProcessResult r = test::runNianbaoWith(
            { QStringLiteral("graphic"), save(thisYear(), QStringLiteral("nofont.json")), svg },
            { { QStringLiteral("FONTCONFIG_FILE"), config } });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("embeds none"))
                     && r.err.contains(QStringLiteral("WenQuanYi Zen Hei")),
                 qPrintable(r.err));
        QFile written(svg);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(!bytes.contains("@font-face"));
        QVERIFY(bytes.contains("font-family=\"'WenQuanYi Zen Hei'"));
        QVERIFY(svgTexts(svg).size() > 40);
    }

    void eachChangeShownIsThisYearMinusLastYear()
    {
        const Report now = thisYear();
        const Report last = lastYear(now);
        const QString svg = scratch(QStringLiteral("changes.svg"));
        QCOMPARE(
            run({ QStringLiteral("graphic"), QStringLiteral("--previous"),
                  save(last, QStringLiteral("last.json")), save(now, QStringLiteral("now2.json")), svg }),
            QString());
        const QStringList texts = svgTexts(svg);
        // A row reads: label, last year's figure, this year's figure, the change.
        static const QRegularExpression change(QStringLiteral("^(↑|↓)(\\d+)$|^持平$"));
        int changes = 0;
        for (int i = 3; i < texts.size(); ++i) {
            const QRegularExpressionMatch m = change.match(texts[i]);
            if (!m.hasMatch())
                continue;
            const double before = texts[i - 2].toDouble(), after = texts[i - 1].toDouble();
            const double shown
                = m.captured(1).isEmpty() ? 0 : (m.captured(1) == u"↑" ? 1 : -1) * m.captured(2).toDouble();
            QCOMPARE(shown, after - before);
            ++changes;
        }
        QVERIFY2(changes >= 40, qPrintable(QString::number(changes)));
        // The changes also as the report's cells give them.
        const double licensing = test::cell(now, QStringLiteral("proactive/licensing/decisions")).number()
            - test::cell(last, QStringLiteral("proactive/licensing/decisions")).number();
        QVERIFY(texts.contains(GraphicPainter::changeText(licensing)));
    }

    void thePngIs750PixelsWideOr1500AndShowsItsBars()
    {
        const QString report = save(thisYear(), QStringLiteral("png.json"));
        const QString one = scratch(QStringLiteral("figures.png")),
                      two = scratch(QStringLiteral("figures@2x.png")),
                      scaled = scratch(QStringLiteral("scaled.png"));
        QCOMPARE(run({ QStringLiteral("graphic"), report, one }), QString());
        QCOMPARE(run({ QStringLiteral("graphic"), report, two }), QString());
        QCOMPARE(run({ QStringLiteral("graphic"), QStringLiteral("--scale"), QStringLiteral("2"), report,
                       scaled }),
                 QString());
        const QImage a(one), b(two), c(scaled);
        QCOMPARE(a.width(), 750);
        QCOMPARE(b.width(), 1500);
        QCOMPARE(c.width(), 1500);
        QCOMPARE(b.height(), a.height() * 2);
        // The bars are there: many pixels of this year's blue, and dark text on them.
        qint64 blue = 0, dark = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QColor p = a.pixelColor(x, y);
                blue += p == QColor(0x00, 0x72, 0xB2);
                dark += p.lightness() < 80;
            }
        }
        QVERIFY2(blue > 20000, qPrintable(QString::number(blue)));
        QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
    }

    void thePdfIsOneA4PageWhosTextPdftotextReads()
    {
        const Report now = thisYear();
        const QString pdf = scratch(QStringLiteral("figures.pdf"));
        QCOMPARE(run({ QStringLiteral("graphic"), save(now, QStringLiteral("pdf.json")), pdf }), QString());
        const test::ProcessResult info = test::runProgram(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("595.276 x 841.89"))
                     || info.out.contains(QStringLiteral("(A4)")),
                 qPrintable(info.out));
        const test::ProcessResult text
            = test::runProgram(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        const QStringList words
            = text.out.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const GraphicFigures::Panel &p : GraphicFigures::of(now).panels) {
            for (const GraphicFigures::Figure &f : p.figures)
                QVERIFY2(words.contains(GraphicPainter::valueText(*f.value)), qPrintable(f.label));
        }
        QVERIFY2(text.out.contains(QStringLiteral("自然人")) && text.out.contains(QStringLiteral("行政复议")),
                 qPrintable(text.out.left(400)));
        const test::ProcessResult fonts = test::runProgram(QStringLiteral("pdffonts"), { pdf });
        QVERIFY2(fonts.out.contains(QStringLiteral(" yes ")), qPrintable(fonts.out)); // embedded
    }

    void badOutputsAreRefused()
    {
        const QString report = save(thisYear(), QStringLiteral("bad.json"));
        QVERIFY(run({ QStringLiteral("graphic"), report, scratch(QStringLiteral("x.gif")) })
                    .startsWith(QStringLiteral("exit 2")));
        QVERIFY(run({ QStringLiteral("graphic"), report, report + QStringLiteral(".svg"),
                      QStringLiteral("extra") })
                    .startsWith(QStringLiteral("exit 2")));
        Report other = thisYear();
        other.agency = QStringLiteral("另一个局");
        other.year -= 1;
        QVERIFY(run({ QStringLiteral("graphic"), QStringLiteral("--previous"),
                      save(other, QStringLiteral("other.json")), report, scratch(QStringLiteral("y.svg")) })
                    .startsWith(QStringLiteral("exit 2")));
    }
};

QTEST_GUILESS_MAIN(TestGraphic)
#include "tst_graphic.moc"
