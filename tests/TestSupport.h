#pragma once

#include "core/Report.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace nianbao::test {

/// tests/data/fixtures/<relative>
QString fixture(const QString &relative);
/// Every published-report fixture with this extension ("txt", "docx"), sorted.
QStringList reportFixtures(const QString &extension);
/// Reads a file through the format registry; fails the test with the error message.
Report load(const QString &path);
/// A cell by anchor, "applications/new/natural", as the reader sees it.
CellValue cell(const Report &report, const QString &anchor);
/// The report's review comment with this text, or null (imported comments come in file order).
const Annotation *commentWithText(const Report &report, const QString &text);
/// Sets a stated cell by anchor.
void setCell(Report &report, const QString &anchor, const CellValue &value);
CellRef ref(const QString &anchor);
/// The published fixtures the tests read (tests/data/fixtures/reports/).
QString report000();
QString report001();
QString report003();
/// Report 003 with a cell whose totals disagree: a report with error findings.
Report reportWithErrors();
/// A report's whole content as bytes (its native JSON), to see that nothing changed.
QByteArray contentOf(const Report &report);
/// The prose of a report as a reader meets it: title, preamble, each present section's
/// standard heading, its paragraphs, its subsection headings and their paragraphs.
QStringList readingOrder(const Report &report);
/// A scratch directory that lives for the test run (NIANBAO_TEST_KEEP=DIR: that one, kept).
QString scratchDir();

/// Every part of a zip package (a .docx), by name, for tests that tamper with one.
QMap<QString, QByteArray> readParts(const QString &path);
void writeParts(const QString &path, const QList<QPair<QString, QByteArray>> &parts);
QList<QPair<QString, QByteArray>> asList(const QMap<QString, QByteArray> &parts);

struct ProcessResult
{
    bool finished = false; ///< false: still running after the timeout (a hang), then killed
    bool crashed = false; ///< ended by a signal (a crash)
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs a program to its end, or kills it after `timeoutMs`.
ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
/// The same, with variables added to the environment.
ProcessResult runProgramWith(const QString &program, const QStringList &arguments,
                             const QMap<QString, QString> &environment, int timeoutMs = 60000);
/// The built `nianbao` as a user runs it from a terminal: no display, English messages.
ProcessResult runNianbao(const QStringList &arguments, int timeoutMs = 60000);
/// The same, with variables added to the environment (FONTCONFIG_FILE, say).
ProcessResult runNianbaoWith(const QStringList &arguments, const QMap<QString, QString> &environment,
                             int timeoutMs = 60000);
/// The same, for a user whose interface language is `language` ("zh_CN", "en").
ProcessResult runNianbaoIn(const QString &language, const QStringList &arguments, int timeoutMs = 60000);

/// The two sets of Chinese fonts a report may be laid out in: those a machine without
/// fonts-noto-cjk has (what ./dev installs besides), and Noto CJK. LibreOffice lays a report
/// out differently in each (labels wrap elsewhere), so the PDF tests run under both.
enum class CjkFonts { WenQuanYiArPl, NotoCjk };
QString fontSetName(CjkFonts fonts);
/// A fontconfig file (tests/data/fonts/) that leaves only that set of Chinese fonts.
QString fontConfigFile(CjkFonts fonts);
/// A fontconfig file in the scratch folder under which no font at all is installed: a machine
/// without the report's fonts, for FONTCONFIG_FILE.
QString fontConfigWithoutFonts();
/// Does a PDF embed fonts of that set (pdffonts)? What proves a test ran under it.
bool pdfUsesFonts(const QString &pdf, CjkFonts fonts, QString *fontsFound = nullptr);
/// `soffice --headless --convert-to FORMAT` of files into `outdir` under a font set, with a
/// profile of its own; returns the error output when it fails, else an empty string.
QString convertWithLibreOffice(const QStringList &files, const QString &format, const QString &outdir,
                               CjkFonts fonts = CjkFonts::WenQuanYiArPl);

} // namespace nianbao::test
