// The rules run on every keystroke in the editor. Target (issue #2): the full check of a
// report under 50 µs on the project's 2-core machine.
#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "rules/ProseRepetition.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QDir>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

// A realistic report: the published fixture with the most numbers and prose, with
// applications in most rows so that every sum has work to do.
Report sampleReport()
{
    Report report;
    FormatError error;
    const QString path = QStringLiteral(NIANBAO_FIXTURES "/reports/003_b89d9c94ac7f3824.txt");
    if (!FormatRegistry::instance().readFile(path, report, error))
        qFatal("%s", qPrintable(error.message()));
    TableData &apps = report.table(TableId::Applications);
    const TableSpec &spec = apps.spec();
    for (int r = 0; r < spec.rowCount(); ++r) {
        for (int c = 0; c < spec.columnCount(); ++c) {
            if (!spec.isComputed(r, c))
                apps.setStored(r, c, CellValue::number((r * 7 + c * 3) % 5));
        }
    }
    return report;
}

void BM_FullCheck(benchmark::State &state)
{
    const Report report = sampleReport();
    for (auto _ : state) {
        Findings f = RuleEngine::check(report);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_FullCheck)->Unit(benchmark::kMicrosecond);

// Last year's report: the same agency's, of the year before (another year would only be
// refused as not last year's, and the cross-year rules skipped), with the same prose.
Report previousYear()
{
    Report previous = sampleReport();
    previous.year -= 1;
    return previous;
}

void BM_FullCheckWithPreviousYear(benchmark::State &state)
{
    const Report report = sampleReport();
    const Report previous = previousYear();
    for (auto _ : state) {
        Findings f = RuleEngine::check(report, &previous);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_FullCheckWithPreviousYear)->Unit(benchmark::kMicrosecond);

// As the editor checks: last year's sentences gathered once, when the report is attached.
void BM_FullCheckWithPreviousYearsSentencesGathered(benchmark::State &state)
{
    const Report report = sampleReport();
    const Report previous = previousYear();
    const QSet<QString> sentences = ProseRepetition::sentencesOf(previous);
    for (auto _ : state) {
        Findings f = RuleEngine::check(report, &previous, &sentences);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_FullCheckWithPreviousYearsSentencesGathered)->Unit(benchmark::kMicrosecond);

// What the editor does per keystroke in a grid: change one cell, check again.
void BM_RecheckAfterOneCellEdit(benchmark::State &state)
{
    Report report = sampleReport();
    TableData &apps = report.table(TableId::Applications);
    int i = 0;
    for (auto _ : state) {
        apps.setStored(5, 1, CellValue::number(++i % 9));
        Findings f = RuleEngine::check(report);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_RecheckAfterOneCellEdit)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
