#pragma once

#include <cstddef>
#include <cstdint>

class QByteArray;
class QString;

namespace nianbao {

class Report;

namespace fuzz {

/// Starts Qt once per fuzzing process (a QGuiApplication on the offscreen platform when
/// `gui`, for fonts).
void startQt(bool gui);
/// What every importer target does with its input: read it with the format of `extension`
/// as the program would (limits included), and when that succeeds, run the rules and write
/// the report again, so that what was read is also exercised.
void readAndUse(const QString &extension, const QByteArray &bytes);
/// The rules and one of the writers but PDF (by `choice`), on a report that was read.
void use(const Report &report, unsigned choice);

} // namespace fuzz
} // namespace nianbao
