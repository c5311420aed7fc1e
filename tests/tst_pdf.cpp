// PDF: what poppler reads from our PDF is the report — every heading, paragraph and number
// in reading order, no Kangxi radicals in place of ideographs — with the CJK font embedded,
// A4, the title in the metadata and on the page, and table headers repeated after a break.
#include "TestSupport.h"
#include "core/PrintedLayout.h"
#include "io/FormatRegistry.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace nianbao;

namespace {

const QString example = QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao");

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString convertToPdf(const QString &source, const QString &name)
{
    const QString out = scratch(name);
    QFile::remove(out);
    int code = -1;
    const QString output
        = run(QStringLiteral(NIANBAO_BINARY), { QStringLiteral("convert"), source, out }, &code);
    if (code != 0 && code != 1)
        qFatal("convert failed: %s", qPrintable(output));
    return out;
}

QString stripped(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
    return s;
}

// What must be in the text, in reading order: the prose (test::readingOrder), each table's
// rows of numbers after its section's prose, the signature.
QStringList expectedPieces(const Report &r)
{
    QStringList out;
    const QStringList prose = test::readingOrder(r);
    int next = 0;
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        if (!r.sections[s].present)
            continue;
        // The prose up to the next section's heading belongs to this section.
        const QString nextHeading = s + 1 < SectionCount
            ? ReportTemplate::sectionHeading(static_cast<SectionId>(s + 1))
            : QString();
        while (next < prose.size() && (nextHeading.isEmpty() || prose[next] != nextHeading))
            out << prose[next++];
        TableId table;
        if (!ReportTemplate::sectionHasTable(id, &table))
            continue;
        for (const PrintedRow &row : PrintedLayout::table(table).rows) {
            QString numbers;
            for (const PrintedCell &c : row.cells) {
                if (c.kind == PrintedCell::Kind::Value)
                    numbers += r.value(c.value).toString();
            }
            if (!numbers.isEmpty())
                out << numbers;
        }
    }
    while (next < prose.size())
        out << prose[next++];
    if (!r.signature.organization.isEmpty())
        out << r.signature.organization;
    return out;
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT
private slots:
    void textIsTheReport_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("example") << example;
        for (const QString &p : test::reportFixtures(QStringLiteral("txt")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
        for (const QString &p : test::reportFixtures(QStringLiteral("docx")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void textIsTheReport()
    {
        QFETCH(QString, source);
        const Report r = test::load(source);
        const QString pdf = convertToPdf(source, QStringLiteral("text.pdf"));
        const QString text
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        // The trap: ideographs mapped back to Kangxi radicals read wrong although they look right.
        static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2EFF}\\x{2F00}-\\x{2FDF}]"));
        QVERIFY2(!text.contains(radicals), qPrintable(text.left(300)));
        // Page numbers are page furniture: a paragraph that runs over a page break has one
        // between its halves.
        QString body = text;
        body.remove(
            QRegularExpression(QStringLiteral("^\\s*— \\d+ —\\s*$"), QRegularExpression::MultilineOption));
        QVERIFY2(body.size() < text.size(), "no page numbers found");
        const QString flat = stripped(body);
        qsizetype at = 0;
        for (const QString &piece : expectedPieces(r)) {
            const QString p = stripped(piece);
            const qsizetype found = flat.indexOf(p, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + piece.left(50)));
            at = found + p.size();
        }
    }

    void radicalsTrapCharacters()
    {
        Report r = test::load(example);
        r.section(SectionId::Other).paragraphs = {
            { QStringLiteral("p1"),
              QStringLiteral(
                  "一工比长人山日月入八力又十口土大女子寸小工己干弓心戈手支文斗方日月木欠止毛水火父片牛犬玉瓜"
                  "生用田白皮目矛矢石示禾穴立竹米糸缶羊羽老而耳肉臣自至舌舟色艸虫血行衣西见角言谷豆走足身车辛"
                  "辰里金长门阜隶雨青非面革韭音页风飞食首香马骨高鬼鱼鸟鹿麦麻黄黍黑鼎鼓鼠鼻齐齿龙龟") }
        };
        const QString path = scratch(QStringLiteral("radicals.json"));
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(r, path, error));
        const QString text = run(QStringLiteral("pdftotext"),
                                 { convertToPdf(path, QStringLiteral("radicals.pdf")), QStringLiteral("-") });
        QVERIFY(stripped(text).contains(stripped(r.section(SectionId::Other).paragraphs[0].text)));
    }

    void charactersFromAFallbackFontReadBack()
    {
        // 镕 and 喆 are not in GB 2312, so not in the Song face: fontconfig's fallback draws
        // them from another font within the same line, and the text layer must still say
        // what was written, in order.
        Report r = test::load(example);
        const QString text = QStringLiteral("经办人朱镕基、王喆核对，费用100元。");
        r.section(SectionId::Other).paragraphs = { { QStringLiteral("p1"), text } };
        const QString path = scratch(QStringLiteral("fallback.json"));
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(r, path, error));
        const QString pdf = convertToPdf(path, QStringLiteral("fallback.pdf"));
        QVERIFY(stripped(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }))
                    .contains(stripped(text)));
    }

    void fontsPageSizeAndMetadata()
    {
        const QString pdf = convertToPdf(example, QStringLiteral("meta.pdf"));
        const QString fonts = run(QStringLiteral("pdffonts"), { pdf });
        bool embeddedCjk = false;
        for (const QString &line : fonts.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("CID")) && line.contains(QStringLiteral("Identity-H"))) {
                const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                QVERIFY2(cols.size() >= 5, qPrintable(line));
                embeddedCjk |= cols[cols.size() - 5] == u"yes"; // emb
                QCOMPARE(cols[cols.size() - 4], QStringLiteral("yes")); // a subset
                QCOMPARE(cols[cols.size() - 3], QStringLiteral("yes")); // with a ToUnicode map
            }
        }
        QVERIFY2(embeddedCjk, qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("Noto")), "the radical-trap font must not be used");
        const QString info = run(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY(info.contains(
            QStringLiteral("Title:           示例市示例区文化和旅游局2025年政府信息公开工作年度报告")));
        QVERIFY(info.contains(QStringLiteral("Author:          示例市示例区文化和旅游局")));
        // Poppler reads the file without complaint (no repaired cross-references, no
        // unknown operators, fonts it can load).
        QProcess reader;
        reader.start(QStringLiteral("pdftoppm"),
                     { QStringLiteral("-r"), QStringLiteral("30"), pdf, scratch(QStringLiteral("check")) });
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(reader.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(reader.readAllStandardError()), QString());
        // The file is small: fonts are embedded as subsets, not whole (the fonts are megabytes).
        QVERIFY(QFileInfo(pdf).size() < 1024 * 1024);
    }

    void firstPageHasTheTitleCentredAtTheTop()
    {
        const QString pdf = convertToPdf(example, QStringLiteral("page.pdf"));
        const QString prefix = scratch(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
              QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), pdf, prefix });
        QImage page(prefix + QStringLiteral("-1.png"));
        QVERIFY(!page.isNull());
        auto inkBox = [&](int top, int bottom) {
            QRect box;
            for (int y = top; y < bottom; ++y) {
                for (int x = 0; x < page.width(); ++x) {
                    if (qGray(page.pixel(x, y)) < 128)
                        box |= QRect(x, y, 1, 1);
                }
            }
            return box;
        };
        const QRect top = inkBox(0, page.height() / 4);
        QVERIFY2(!top.isEmpty(), "no title in the top quarter");
        QVERIFY2(qAbs(top.center().x() - page.width() / 2) < page.width() / 20, "the title is not centred");
        QVERIFY(!inkBox(page.height() / 4, page.height() * 3 / 4).isEmpty()); // body text
        // The page number sits at the bottom, centred.
        const QRect footer = inkBox(page.height() * 9 / 10, page.height());
        QVERIFY(!footer.isEmpty());
        QVERIFY(qAbs(footer.center().x() - page.width() / 2) < page.width() / 20);
    }

    void tableHeaderRepeatsAfterAPageBreak()
    {
        // Enough prose before table 三 to push it over a page break wherever it starts.
        Report r = test::load(example);
        for (int i = 0; i < 12; ++i)
            r.section(SectionId::Applications)
                .paragraphs.append({ QString(), QStringLiteral("第%1段说明文字，使表格跨页。").arg(i + 1) });
        const QString path = scratch(QStringLiteral("long.nianbao"));
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(r, path, error));
        const QString pdf = convertToPdf(path, QStringLiteral("long.pdf"));
        int pages = 0;
        const QString info = run(QStringLiteral("pdfinfo"), { pdf });
        pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages >= 3);
        int pagesWithRows = 0;
        for (int p = 1; p <= pages; ++p) {
            const QString text
                = stripped(run(QStringLiteral("pdftotext"),
                               { QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                 QString::number(p), pdf, QStringLiteral("-") }));
            // Rows of table 三 on this page: then its header is on this page too.
            const bool rows = text.contains(QStringLiteral("1.属于国家秘密"))
                || text.contains(QStringLiteral("（七）总计"))
                || text.contains(QStringLiteral("四、结转下年度继续办理"))
                || text.contains(QStringLiteral("2.申请人逾期未按收费通知"));
            if (!rows)
                continue;
            ++pagesWithRows;
            QVERIFY2(text.contains(QStringLiteral("申请人情况")) && text.contains(QStringLiteral("自然人")),
                     qPrintable(QStringLiteral("page %1 has rows of table 三 but no header").arg(p)));
        }
        QVERIFY2(pagesWithRows >= 2, "table 三 did not break across pages");
    }

    void noChineseFontIsAClearError()
    {
        const QString config = test::fontConfigWithoutFonts();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FONTCONFIG_FILE"), config);
        const QString out = scratch(QStringLiteral("nofont.pdf"));
        int code = -1;
        const QString message
            = run(QStringLiteral(NIANBAO_BINARY), { QStringLiteral("convert"), example, out }, &code, env);
        QCOMPARE(code, 2);
        QVERIFY2(message.contains(QStringLiteral("no usable Chinese font")), qPrintable(message));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestPdf)
#include "tst_pdf.moc"
