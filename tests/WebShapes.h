#pragma once

#include "core/Report.h"

#include <QString>

namespace nianbao::test {

/// A report as a plain web page written from its content (not by any converter): the title
/// in an <h1>, a <p> per paragraph, the three tables as printed, merged header cells as
/// rowspan/colspan. `tableThreeAsPicture`: table 三 is an <img>, as some agencies publish it.
QString reportAsWebPage(const Report &report, bool tableThreeAsPicture = false);

/// What a browser puts on the clipboard as text when a person selects a whole page and
/// copies it, emulated with Qt's own HTML layout (QTextDocument), not with the reader under
/// test: a paragraph per line, a table row per line with its cells between tabs, a line break
/// inside a cell taken out. A cell that a rowspan from above covers is missing from its row
/// (Chromium) or an empty field (`mergedAsEmptyFields`, as other browsers and WPS write it).
QString browserCopy(const QString &html, bool mergedAsEmptyFields);

} // namespace nianbao::test
