// The 图解 (#27): `nianbao graphic` as SVG, PNG and PDF, through the real binary, and read
// back by what a web page and poppler see: text elements, pixels, pdftotext.

#include "TestSupport.h"
#include "io/FormatRegistry.h"
#include "render/GraphicFigures.h"
#include "render/GraphicPainter.h"
#include "render/ReportFonts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
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

/// A fontconfig file that leaves one font with no Chinese in it: a machine, as many a reader's,
/// without any Chinese font.
QString fontConfigWithoutChinese()
{
    // fc-list prints "FILE: " a line.
    const auto files = [](const char *language) {
        QStringList out;
        for (QString line :
             test::runProgram(QStringLiteral("fc-list"), { QLatin1String(language), QStringLiteral("file") })
                 .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            line = line.trimmed();
            if (line.endsWith(QLatin1Char(':')))
                line.chop(1);
            out << line;
        }
        return out;
    };
    const QStringList chinese = files(":lang=zh");
    QString latin;
    for (const QString &file : files(":lang=en")) {
        if (!chinese.contains(file) && (latin.isEmpty() || file.endsWith(u"/DejaVuSans.ttf")))
            latin = file;
    }
    if (latin.isEmpty())
        return {};
    const QString folder = scratch(QStringLiteral("latin-only"));
    QDir().mkpath(folder);
    QFile::remove(folder + QStringLiteral("/font.ttf"));
    QFile::link(latin, folder + QStringLiteral("/font.ttf"));
    const QString config = folder + QStringLiteral("/fonts.conf");
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("<?xml version=\"1.0\"?><fontconfig><dir>" + QFile::encodeName(folder) + "</dir><cachedir>"
            + QFile::encodeName(folder) + "/cache</cachedir></fontconfig>");
    return config;
}

/// The SVG as headless Chromium shows it, 750 × `height` pixels, under a fontconfig file (or the
/// machine's fonts).
QImage browserShot(const QString &svg, int height, const QString &fontConfig, const QString &name)
{
    const QString png = scratch(name + QStringLiteral(".png"));
    QFile::remove(png);
    QMap<QString, QString> env;
    if (!fontConfig.isEmpty())
        env.insert(QStringLiteral("FONTCONFIG_FILE"), fontConfig);
    const test::ProcessResult r = test::runProgramWith(
        QStringLiteral("chromium"),
        { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
          QStringLiteral("--hide-scrollbars"),
          QStringLiteral("--user-data-dir=") + scratch(name + QStringLiteral("-profile")),
          QStringLiteral("--window-size=750,%1").arg(height), QStringLiteral("--virtual-time-budget=5000"),
          QStringLiteral("--screenshot=") + png, QUrl::fromLocalFile(svg).toString() },
        env, 120000);
    if (r.exitCode != 0)
        qWarning("chromium: exit %d: %s", r.exitCode, qPrintable(r.err.right(2000)));
    return QImage(png).convertToFormat(QImage::Format_Grayscale8);
}

/// The share of pixels whose grey differs by more than a quarter.
double differing(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull())
        return 1;
    qint64 n = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *p = a.constScanLine(y), *q = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            n += qAbs(int(p[x]) - int(q[x])) > 64;
    }
    return double(n) / (qint64(a.width()) * a.height());
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

    void aBrowserWithoutChineseFontsShowsTheEmbeddedFont()
    {
        // The SVG's real reader: a web browser (headless Chromium) on a machine without any
        // Chinese font. With the font embedded it shows the 图解 as on a machine with the
        // report's 黑体 (were the embedded font refused, that machine would fall back to its own
        // 黑体 and this one to boxes); with the names only, it shows boxes.
        const QString latinOnly = fontConfigWithoutChinese();
        QVERIFY2(!latinOnly.isEmpty(), "no font without Chinese found by fc-list");
        const QString report = save(thisYear(), QStringLiteral("browser.json"));
        const QString embedded = scratch(QStringLiteral("browser-embedded.svg")),
                      named = scratch(QStringLiteral("browser-named.svg"));
        QCOMPARE(run({ QStringLiteral("graphic"), report, embedded }), QString());
        QCOMPARE(
            test::runNianbaoWith({ QStringLiteral("graphic"), report, named },
                                 { { QStringLiteral("FONTCONFIG_FILE"), test::fontConfigWithoutFonts() } })
                .exitCode,
            0);
        const int height = 1200;
        const QImage withFonts = browserShot(embedded, height, QString(), QStringLiteral("embedded-fonts"));
        const QImage without = browserShot(embedded, height, latinOnly, QStringLiteral("embedded-latin"));
        const QImage boxes = browserShot(named, height, latinOnly, QStringLiteral("named-latin"));
        QCOMPARE(withFonts.size(), QSize(750, height));
        const double embeddedOff = differing(without, withFonts), namedOff = differing(boxes, withFonts);
        qInfo("pixels off: embedded %.4f, names only %.4f", embeddedOff, namedOff);
        QVERIFY2(namedOff > 0.01, "without a Chinese font the names-only SVG should show boxes");
        // The same glyphs: what differs is a pixel's shade at some edges, as the machines'
        // fontconfig files ask for other hinting (0.16% here, against 3% for the boxes).
        QVERIFY2(embeddedOff < 0.005 && embeddedOff < namedOff / 5, qPrintable(QString::number(embeddedOff)));
    }

    void aCharacterTheFontLacksIsNamed()
    {
        // 𠀀 (Extension B) is in no font of the report's: the rest is embedded, and the command
        // names the character the reader's own fonts must show.
        Report now = thisYear();
        now.agency = QStringLiteral("𠀀山镇人民政府");
        const QString svg = scratch(QStringLiteral("lacking.svg"));
        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("graphic"), save(now, QStringLiteral("lacking.json")), svg });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("no glyph for 𠀀")), qPrintable(r.err));
        QVERIFY(svgTexts(svg).contains(now.agency));
        QFile written(svg);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("@font-face"));
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
