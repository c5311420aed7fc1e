// libFuzzer target: the web page importer (.html and MHTML), from the file's bytes on: the
// charset, libxml2's HTML parser, the walk over its tree and finding the report in the page,
// then the rules and every writer on what it read. ./dev fuzz runs it.
#include "FuzzSupport.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nianbao::fuzz::startQt(false);
    nianbao::fuzz::readAndUse(QStringLiteral("html"),
                              QByteArray(reinterpret_cast<const char *>(data), int(size)));
    return 0;
}
