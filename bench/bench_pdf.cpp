// PDF export inside one process, after the first report: what a batch conversion pays
// per report once fonts are loaded, without process start-up. The side-by-side run against
// LibreOffice (pdf_vs_libreoffice.sh) measures whole processes; this one shows where a
// change to the layout or the PDF writer moves the time.
#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "io/pdf/PdfFormat.h"
#include "pdf/PdfCanvas.h"
#include "render/PainterCanvas.h"
#include "render/ReportFonts.h"
#include "render/ReportRenderer.h"
#include "render/TextBlock.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

Report loadReport(const QString &path)
{
    Report report;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, report, error))
        qFatal("%s", qPrintable(error.message()));
    return report;
}

// Writes the report to memory once per iteration; reports the size of the last PDF.
template<typename WritePdf> void measure(benchmark::State &state, const char *path, WritePdf writePdf)
{
    const Report report = loadReport(QString::fromUtf8(path));
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writePdf(report, buffer);
        bytes = buffer.size();
    }
    state.counters["bytes"] = double(bytes);
}

void BM_PdfOfReport(benchmark::State &state, const char *path)
{
    measure(state, path, [](const Report &report, QBuffer &buffer) {
        FormatError error;
        if (!PdfFormat().write(report, buffer, error))
            qFatal("%s", qPrintable(error.message()));
    });
}
BENCHMARK_CAPTURE(BM_PdfOfReport, example, NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PdfOfReport, fixture003, NIANBAO_FIXTURES "/reports/003_b89d9c94ac7f3824.docx")
    ->Unit(benchmark::kMillisecond);

// The same layout through Qt's PDF writer (what printing to a file uses): the baseline
// our own PDF writer replaced.
void BM_PdfThroughQtWriter(benchmark::State &state, const char *path)
{
    measure(state, path, [](const Report &report, QBuffer &buffer) {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        ReportRenderer renderer(report);
        FormatError error;
        if (!renderer.resolveFonts(error))
            qFatal("%s", qPrintable(error.message()));
        PainterCanvas canvas(writer);
        if (!canvas.begin())
            qFatal("cannot paint");
        renderer.render(canvas);
        canvas.end();
    });
}
BENCHMARK_CAPTURE(BM_PdfThroughQtWriter, example,
                  NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PdfThroughQtWriter, fixture003, NIANBAO_FIXTURES "/reports/003_b89d9c94ac7f3824.docx")
    ->Unit(benchmark::kMillisecond);

// A table cell or paragraph with one long run and no break opportunity: Qt's line breaker
// rescanned the run for every line (quadratic: 200,000 characters took over ten seconds).
// The complexity reported should be linear (O(N)).
void BM_LayoutLongRun(benchmark::State &state)
{
    ReportFonts fonts;
    FormatError error;
    if (!fonts.resolve(error))
        qFatal("%s", qPrintable(error.message()));
    const QFont font = fonts.font(ReportFonts::Face::Song, 10.5);
    const QString text(int(state.range(0)), QLatin1Char('x'));
    PdfCanvas canvas;
    for (auto _ : state) {
        TextBlock block(text, font, canvas.layoutDevice(), 600, Qt::AlignLeft);
        benchmark::DoNotOptimize(block.height());
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_LayoutLongRun)
    ->RangeMultiplier(2)
    ->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
