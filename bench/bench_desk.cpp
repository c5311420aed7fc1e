// The review desk's table (issue #14): a folder of 200 reports (.docx, the fixtures copied)
// read and checked into ReportFolderModel, as the desk does when it opens. Target: under 2 s.
#include "document/ReportFolderModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace nianbao;

static void BM_DeskOpensAFolder(benchmark::State &state)
{
    QTemporaryDir dir;
    const QStringList fixtures = QDir(QStringLiteral(NIANBAO_FIXTURES "/reports"))
                                     .entryList({ QStringLiteral("*.docx") }, QDir::Files, QDir::Name);
    for (int i = 0; i < state.range(0); ++i) {
        const QString from = QStringLiteral(NIANBAO_FIXTURES "/reports/") + fixtures[i % fixtures.size()];
        QFile::copy(from, dir.filePath(QStringLiteral("r%1.docx").arg(i)));
    }
    for (auto _ : state) {
        ReportFolderModel model;
        model.setFolder(dir.path());
        if (model.rowCount() != state.range(0))
            state.SkipWithError("not every report was listed");
    }
    state.counters["reports"] = double(state.range(0));
}
BENCHMARK(BM_DeskOpensAFolder)->Arg(200)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
