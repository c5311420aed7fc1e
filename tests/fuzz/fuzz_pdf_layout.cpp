// libFuzzer target: the PDF importer past poppler (which OSS-Fuzz fuzzes upstream): pages of
// words, rulings and review notes, written as a PdfPageScript so that mutations move geometry, go through
// the table grid, the line and paragraph reader and the assembler. NIANBAO_DUMP_PDF=FILE.pdf
// prints a real PDF's pages as a script (the seeds).
#include "FuzzSupport.h"
#include "PdfPageScript.h"
#include "core/Report.h"
#include "core/ReportLimits.h"
#include "io/import/ReportAssembler.h"
#include "io/pdf/PdfContentReader.h"
#include "io/pdf/PdfFormat.h"
#include "io/pdf/PdfLayoutReader.h"
#include "rules/RuleEngine.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    using namespace nianbao;
    const QByteArray dump = qgetenv("NIANBAO_DUMP_PDF");
    if (dump.isEmpty())
        return 0;
    fuzz::startQt(true);
    QFile f(QString::fromLocal8Bit(dump));
    QVector<PdfPageContent> pages;
    FormatError error;
    if (!f.open(QIODevice::ReadOnly)
        || !PdfContentReader::read(f.readAll(), pages, error, &PdfLayoutReader::mayHoldTable)) {
        std::fprintf(stderr, "%s: %s\n", dump.constData(), qPrintable(error.reason));
        std::exit(2);
    }
    const QByteArray script = fuzz::PdfPageScript::write(pages);
    std::fwrite(script.constData(), 1, size_t(script.size()), stdout);
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nianbao;
    fuzz::startQt(false);
    const QVector<PdfPageContent> pages = fuzz::PdfPageScript::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)));
    for (const PdfPageContent &page : pages)
        PdfLayoutReader::mayHoldTable(page);
    Report report;
    FormatError error;
    QHash<QString, ReportPlace> targets;
    if (!ReportAssembler::assemble(PdfLayoutReader::blocks(pages), report, error, &targets)) {
        if (error.reason.isEmpty())
            abort();
        return 0;
    }
    report.annotations = PdfFormat::comments(pages, targets);
    AnnotationAnchors::bind(report);
    // What was read is checked; writing it again is what the other targets fuzz.
    if (ReportLimits::check(report, error))
        RuleEngine::check(report);
    return 0;
}
