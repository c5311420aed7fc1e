// Reading a published PDF report (issue #15): the WPS-made 淮安 2024 report, 6 pages, from
// the bytes in memory to the Report, after the first read (a desk or a batch reads many).
// Target: under 100 ms a report. A first read in a fresh process pays poppler's and the font
// system's start-up as well; BM_FirstRead shows that one. The program reads in a child
// process (BM_ReadPublishedPdfInChild), so that poppler cannot take it down.
#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "io/pdf/PdfContentReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

const char *const huaian = NIANBAO_FIXTURES "/real/huaian-2024-wps.pdf";

QByteArray bytesOf(const char *path)
{
    QFile f(QString::fromUtf8(path));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", path);
    return f.readAll();
}

bool readOnce(QByteArray &bytes, Report &report)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    FormatError error;
    if (!FormatRegistry::instance().formatById(QStringLiteral("pdf"))->read(buffer, report, error))
        qFatal("%s", qPrintable(error.message()));
    return true;
}

void BM_ReadPublishedPdf(benchmark::State &state)
{
    QByteArray bytes = bytesOf(huaian);
    Report report;
    for (auto _ : state) {
        readOnce(bytes, report);
        benchmark::DoNotOptimize(report);
    }
    state.counters["pages"] = 6;
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_ReadPublishedPdf)->Unit(benchmark::kMillisecond);

// The same read as the program does it: in a child process (IsolatedPdfReader), which pays
// a process start, Qt's and poppler's start-up and the fonts' every time.
void BM_ReadPublishedPdfInChild(benchmark::State &state)
{
    IsolatedPdfReader::setHelper(QStringLiteral(NIANBAO_PDF_READER),
                                 { QString::fromLatin1(IsolatedPdfReader::ServeArgument) });
    QByteArray bytes = bytesOf(huaian);
    Report report;
    for (auto _ : state) {
        readOnce(bytes, report);
        benchmark::DoNotOptimize(report);
    }
    IsolatedPdfReader::setHelper(QString(), {});
    state.counters["pages"] = 6;
}
BENCHMARK(BM_ReadPublishedPdfInChild)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    PdfContentReader::registerAsLocalReader();
    {
        // The first read of the process, alone: poppler's and the fonts' start-up.
        QByteArray bytes = bytesOf(huaian);
        Report report;
        QElapsedTimer timer;
        timer.start();
        readOnce(bytes, report);
        std::printf("first read in a fresh process: %.1f ms\n", timer.nsecsElapsed() / 1e6);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
