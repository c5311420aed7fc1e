// libFuzzer target: the .json importer, from the file's bytes on, then the rules and every
// writer on what it read. ./dev fuzz runs it; tests/data/regressions/ keeps what it found.
#include "FuzzSupport.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nianbao::fuzz::startQt(false);
    nianbao::fuzz::readAndUse(QStringLiteral("json"),
                              QByteArray(reinterpret_cast<const char *>(data), int(size)));
    return 0;
}
