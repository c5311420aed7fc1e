// Reading a report in the shapes it is found in (issue #23): a web page (LibreOffice's HTML
// of a fixture), the same in GBK inside a CMS page is not needed for speed; text extracted
// from a PDF (pdftotext, plain and -layout), Markdown (pandoc), and the published text
// layout, each from bytes in memory to the Report. Target: under 5 ms a report.
// The shapes are made once at start from the fixtures with the programs ./dev installs.
#include "core/Report.h"
#include "io/FormatRegistry.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

const QString fixture = QStringLiteral(NIANBAO_FIXTURES "/reports/001_71f8b8ab64f08fc8");

QString shapes()
{
    static QTemporaryDir dir;
    static bool made = false;
    if (made)
        return dir.path();
    made = true;
    auto run = [](const QString &program, const QStringList &args) {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(300000) || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    };
    const QString docx = fixture + QStringLiteral(".docx");
    run(QStringLiteral("soffice"),
        { QStringLiteral("-env:UserInstallation=file://") + dir.path() + QStringLiteral("/lo"),
          QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("html"),
          QStringLiteral("--outdir"), dir.path(), docx });
    run(QStringLiteral("soffice"),
        { QStringLiteral("-env:UserInstallation=file://") + dir.path() + QStringLiteral("/lo"),
          QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
          QStringLiteral("--outdir"), dir.path(), docx });
    const QString pdf = dir.filePath(QStringLiteral("001_71f8b8ab64f08fc8.pdf"));
    run(QStringLiteral("pdftotext"), { pdf, dir.filePath(QStringLiteral("plain.txt")) });
    run(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), pdf, dir.filePath(QStringLiteral("layout.txt")) });
    run(QStringLiteral("pandoc"),
        { QStringLiteral("-f"), QStringLiteral("docx"), QStringLiteral("-t"), QStringLiteral("gfm"), docx,
          QStringLiteral("-o"), dir.filePath(QStringLiteral("report.md")) });
    return dir.path();
}

void read(benchmark::State &state, const QString &path, const char *format)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QByteArray bytes = f.readAll();
    const ReportFormat *reader = FormatRegistry::instance().formatById(QString::fromLatin1(format));
    Report report;
    for (auto _ : state) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        FormatError error;
        if (!reader->read(buffer, report, error))
            qFatal("%s", qPrintable(error.message()));
        benchmark::DoNotOptimize(report);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_ReadWebPage(benchmark::State &state)
{
    read(state, shapes() + QStringLiteral("/001_71f8b8ab64f08fc8.html"), "html");
}
BENCHMARK(BM_ReadWebPage)->Unit(benchmark::kMillisecond);

void BM_ReadPdftotextPlain(benchmark::State &state)
{
    read(state, shapes() + QStringLiteral("/plain.txt"), "txt");
}
BENCHMARK(BM_ReadPdftotextPlain)->Unit(benchmark::kMillisecond);

void BM_ReadPdftotextLayout(benchmark::State &state)
{
    read(state, shapes() + QStringLiteral("/layout.txt"), "txt");
}
BENCHMARK(BM_ReadPdftotextLayout)->Unit(benchmark::kMillisecond);

void BM_ReadMarkdown(benchmark::State &state)
{
    read(state, shapes() + QStringLiteral("/report.md"), "md");
}
BENCHMARK(BM_ReadMarkdown)->Unit(benchmark::kMillisecond);

void BM_ReadPublishedTextLayout(benchmark::State &state)
{
    read(state, fixture + QStringLiteral(".txt"), "txt");
}
BENCHMARK(BM_ReadPublishedTextLayout)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
