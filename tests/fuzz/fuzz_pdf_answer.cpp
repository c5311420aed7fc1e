// libFuzzer target: the answer of the child process that reads a PDF (IsolatedPdfReader), as
// the parent decodes it. The child is our own program, but it has just parsed a hostile PDF
// with poppler: what it says back must not be able to hurt the parent either. What decodes
// is laid out as the importer would.
#include "FuzzSupport.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "io/pdf/PdfLayoutReader.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nianbao;
    fuzz::startQt(false);
    bool ok = false;
    QVector<PdfPageContent> pages;
    FormatError error;
    const QByteArray answer = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    if (!IsolatedPdfReader::decode(answer, ok, pages, error))
        return 0;
    if (!ok) {
        if (error.reason.isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    // Small answers only: a large one is the layout target's work, and slow under ASan.
    if (size < 16384)
        PdfLayoutReader::blocks(pages);
    return 0;
}
