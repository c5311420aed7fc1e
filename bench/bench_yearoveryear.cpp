// The 同比 page follows typing (issue #27): one edit of a cell with last year's report
// attached, and the page rebuilt after it. Target: the page within a keystroke's budget,
// at most 5 ms per edit.
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "widgets/pages/YearOverYearPage.h"

#include <QApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

using namespace nianbao;

static Report fixture()
{
    Report report;
    FormatError error;
    FormatRegistry::instance().readFile(QStringLiteral(NIANBAO_FIXTURES "/reports/001_71f8b8ab64f08fc8.docx"),
                                        report, error);
    return report;
}

static void BM_YearOverYearPageFollowsAnEdit(benchmark::State &state)
{
    ReportDocument document;
    const Report now = fixture();
    Report last = now;
    last.year = now.year - 1;
    document.load(now);
    document.setPreviousYear(last);
    YearOverYearPage page(&document);
    page.resize(900, 700);
    page.show();
    const CellRef cell { TableId::Applications, 0, 0 };
    int value = 0;
    qint64 pageNanoseconds = 0;
    for (auto _ : state) {
        document.setCell(cell, CellValue::number(++value % 50)); // the page refreshes on the edit
        QElapsedTimer timer;
        timer.start();
        page.refresh(); // once more, alone: the page's own share
        pageNanoseconds += timer.nsecsElapsed();
    }
    state.counters["page ms"]
        = benchmark::Counter(double(pageNanoseconds) / 1e6 / double(state.iterations()));
}
BENCHMARK(BM_YearOverYearPageFollowsAnEdit)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
