// Tables cut by page breaks, in the published PDF and in the printout: section 一 grows line by
// line through two pages, so that every row of tables 三 and 四 meets a page break once; for
// each, poppler's word boxes (pdftotext -bbox) must not overlap, and every word must lie on
// its page's paper inside the margins. The print path is checked through a PDF QPrinter.
#include "TestSupport.h"
#include "io/FormatRegistry.h"
#include "render/PainterCanvas.h"
#include "render/ReportRenderer.h"

#include <QPrinter>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace nianbao;

namespace {

struct Word
{
    int page;
    QRectF box;
    QString text;
};

QVector<Word> wordsOf(const QString &pdf)
{
    const test::ProcessResult r = test::runProgram(QStringLiteral("pdftotext"),
                                                   { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
    QVector<Word> words;
    QXmlStreamReader xml(r.out);
    int page = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"page") {
            ++page;
        } else if (xml.name() == u"word") {
            const auto a = xml.attributes();
            const QRectF box(QPointF(a.value(QStringLiteral("xMin")).toDouble(),
                                     a.value(QStringLiteral("yMin")).toDouble()),
                             QPointF(a.value(QStringLiteral("xMax")).toDouble(),
                                     a.value(QStringLiteral("yMax")).toDouble()));
            words.append({ page, box, xml.readElementText() });
        }
    }
    return words;
}

// Overlapping words: boxes that share more than a sliver (glyph boxes of neighbours touch).
QString overlaps(const QVector<Word> &words)
{
    for (int i = 0; i < words.size(); ++i) {
        for (int j = i + 1; j < words.size(); ++j) {
            if (words[i].page != words[j].page)
                continue;
            const QRectF both = words[i].box.intersected(words[j].box);
            if (both.width() > 1.0 && both.height() > 1.0)
                return QStringLiteral("page %1: “%2” over “%3”")
                    .arg(words[i].page + 1)
                    .arg(words[i].text, words[j].text);
        }
        // A4 is 595 × 842 pt; the text area is inside margins of at least 20 mm (57 pt).
        const QRectF &b = words[i].box;
        if (b.left() < 40 || b.right() > 560 || b.top() < 40 || b.bottom() > 810)
            return QStringLiteral("page %1: “%2” outside the page's text area")
                .arg(words[i].page + 1)
                .arg(words[i].text);
    }
    return QString();
}

Report grown(int lines)
{
    Report r = test::load(test::fixture(test::report003()));
    for (int i = 0; i < lines; ++i)
        r.section(SectionId::Overview)
            .paragraphs.append({ QString(), QStringLiteral("增加的第%1行用于推动表格跨页。").arg(i + 1) });
    r.assignMissingAnchors();
    return r;
}

} // namespace

class TestPageBreaks : public QObject
{
    Q_OBJECT
private slots:
    void everyRowMeetsABreakAndNothingOverlaps_data()
    {
        QTest::addColumn<bool>("printPath");
        QTest::newRow("pdf export") << false;
        QTest::newRow("print") << true;
    }
    void everyRowMeetsABreakAndNothingOverlaps()
    {
        QFETCH(bool, printPath);
        const QString pdf = test::scratchDir() + QStringLiteral("/grown.pdf");
        // 22 lines a page: two pages of growth move every row past a break once.
        for (int lines = 0; lines <= 44; lines += printPath ? 4 : 1) {
            const Report report = grown(lines);
            if (printPath) {
                QPrinter printer(QPrinter::HighResolution);
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(pdf);
                printer.setFullPage(true);
                ReportRenderer renderer(report);
                FormatError error;
                QVERIFY(renderer.resolveFonts(error));
                PainterCanvas canvas(printer);
                QVERIFY(canvas.begin());
                renderer.render(canvas);
                canvas.end();
            } else {
                FormatError error;
                QVERIFY2(FormatRegistry::instance().writeFile(report, pdf, error),
                         qPrintable(error.message()));
            }
            const QVector<Word> words = wordsOf(pdf);
            QVERIFY(words.size() > 300);
            const QString problem = overlaps(words);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("%1 added lines: %2").arg(lines).arg(problem)));
        }
    }
};

QTEST_MAIN(TestPageBreaks)
#include "tst_pagebreaks.moc"
