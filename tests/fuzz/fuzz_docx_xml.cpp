// libFuzzer target: a DOCX main part (word/document.xml) alone, past the zip layer that the
// whole-file target spends most of its inputs on: the body parser, then the assembler.
#include "FuzzSupport.h"
#include "core/Report.h"
#include "core/ReportLimits.h"
#include "io/docx/DocxDocumentParser.h"
#include "io/import/ReportAssembler.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nianbao;
    fuzz::startQt(false);
    QVector<SourceBlock> blocks;
    FormatError error;
    const QByteArray xml(reinterpret_cast<const char *>(data), int(size));
    if (!DocxDocumentParser::parse(xml, QStringLiteral("word/document.xml"), blocks, error)) {
        if (error.reason.isEmpty())
            abort();
        return 0;
    }
    Report report;
    if (ReportAssembler::assemble(blocks, report, error) && ReportLimits::check(report, error))
        fuzz::use(report, unsigned(size));
    return 0;
}
