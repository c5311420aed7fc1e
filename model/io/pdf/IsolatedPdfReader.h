#pragma once

#include "base/FormatError.h"
#include "io/pdf/PdfPageContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace nianbao {

/// Reads a PDF's pages (PdfContentReader) in a child process once the application has named
/// one: poppler parses hostile input in C++, and a crash, a hang or a memory bomb in it (a
/// content stream of a million `q`, a 30,000-pixel image on a table page) must cost that
/// child, never the editor holding unsaved work or a batch of 80 reports. The child is the
/// small program `nianbao-pdf-reader` (app/pdfreader/), started with `ServeArgument`: the PDF
/// on its stdin, the pages or the refusal on its stdout; its address space is limited, and
/// it is killed past the deadline. It loads Qt Core and poppler only, so that its start
/// costs a fraction of the editor's (a PDF is read in about the time pdftotext takes).
/// Without a helper, or when it cannot be started, the pages are read in this process by the
/// reader registered with `setLocalReader` (the editor, tests, fuzzers, benchmarks register
/// PdfContentReader: `PdfContentReader::registerAsLocalReader()`); the command line registers
/// none, so that it never loads poppler itself, and refuses instead.
class IsolatedPdfReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::IsolatedPdfReader)

public:
    static constexpr const char *ServeArgument = "--read-pdf-pages";
    /// The child's address space: poppler's largest real report needs ~150 MB.
    static constexpr int MaxMegabytes = 1536;

    /// The program (and its arguments) that serves one read; an empty program reads here.
    static void setHelper(const QString &program, const QStringList &arguments, int timeoutSeconds = 45);
    /// What reads a PDF in this process when no helper does.
    using LocalReader = bool (*)(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error);
    static void setLocalReader(LocalReader reader);
    /// The installed helper: beside this program (a build, Windows) or in
    /// ../libexec/nianbao/ (the Debian package); empty when there is none.
    static QString installedHelper();
    /// Reads through the installed helper, its refusals in `language` (empty: the system's);
    /// without one, warns and reads in this process if a local reader is registered.
    static void useInstalledHelper(const QString &language);
    static bool read(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error);

    /// Does the child's address space get limited here (Unix, not under AddressSanitizer)?
    static bool limitsMemory();

    /// The child's side, in a QCoreApplication: reads stdin, answers on stdout; the exit status.
    static int serve();

    /// The answer's wire format (Qt's QDataStream), public for tests.
    static QByteArray encode(bool ok, const QVector<PdfPageContent> &pages, const FormatError &error);
    static bool decode(const QByteArray &answer, bool &ok, QVector<PdfPageContent> &pages,
                       FormatError &error);

private:
    static bool readHere(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error);
};

} // namespace nianbao
