#pragma once

#include <QString>

namespace nianbao {

/// A text field of the CSV files WPS and Excel open (the desk's list, `check --summary --csv`):
/// quoted, quotes doubled, and never a formula. An agency or a file name that begins with
/// = + - @, a tab or a carriage return would be evaluated by the spreadsheet
/// (`=HYPERLINK(…)`); such a field begins with ' instead, as OWASP's rule for CSV injection
/// says, and shows as the text it is.
namespace CsvField {

QString quoted(const QString &text);

} // namespace CsvField
} // namespace nianbao
