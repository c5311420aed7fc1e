#pragma once

#include "io/import/SourceBlock.h"

#include <QStringList>
#include <QVector>

#include <functional>

namespace nianbao {

/// A table written one cell per line, as some tools write the plain-text layout and as a PDF
/// of it or a table drawn without rulings reads: no tabs, no blank lines between rows (an
/// empty line is an empty cell). Rows are rebuilt from what the cells say: a row label
/// starts a row, and empty cells at the end of a row are the merged cells that open the next.
/// Used by the text and PDF importers.
namespace CellPerLineTable {

/// Reads rows from lines[start] on, appending them and a table end to `out`; stops where
/// prose or the next section heading begins. Returns the first line not taken: `start`
/// when the lines are not such a table (nothing is written then). `placeOf(i)` names line i
/// for messages.
int read(const QStringList &lines, int start, QVector<SourceBlock> &out,
         const std::function<QString(int)> &placeOf);

} // namespace CellPerLineTable
} // namespace nianbao
