#pragma once

#include "core/Report.h"

#include <QString>
#include <QStringList>

namespace nianbao::test {

/// shared/fixtures/<relative>
QString fixture(const QString &relative);
/// Every published-report fixture with this extension ("txt", "docx"), sorted.
QStringList reportFixtures(const QString &extension);
/// Reads a file through the format registry; fails the test with the error message.
Report load(const QString &path);
/// A cell by anchor, "applications/new/natural", as the reader sees it.
CellValue cell(const Report &report, const QString &anchor);
/// Sets a stated cell by anchor.
void setCell(Report &report, const QString &anchor, const CellValue &value);
CellRef ref(const QString &anchor);
/// The published fixtures the tests read (shared/fixtures/reports/).
QString report000();
QString report001();
QString report003();
/// The prose of a report as a reader meets it: title, preamble, each present section's
/// standard heading, its paragraphs, its subsection headings and their paragraphs.
QStringList readingOrder(const Report &report);
/// A scratch directory that lives for the test run.
QString scratchDir();

} // namespace nianbao::test
