#pragma once

#include "base/FormatError.h"
#include "io/pdf/PdfPageContent.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace nianbao {

/// Reads the words of every page of a PDF with poppler, the table rulings of the pages that
/// ask for them (drawing a page costs ten times reading its words) and the review notes.
/// Refuses, with the
/// reason, what is not a readable PDF: damaged, password-protected, copying forbidden, too
/// large, or without a text layer (a scan).
class PdfContentReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PdfContentReader)

public:
    /// No annual report has more; a hostile file may claim millions.
    static constexpr int MaxPages = 300;
    static constexpr int MaxWords = 300000;
    /// A 6-page report reads in ~60 ms; a content stream that takes this long is hostile.
    static constexpr int MaxSeconds = 30;
    /// Review notes read from a document: what a report holds (ReportLimits: 10,000 comments
    /// and 10,000 replies); a file with more is refused, never read in part. And how deep a
    /// thread of replies is followed (deeper replies are kept as comments of their own).
    static constexpr int MaxNotes = 20000;
    static constexpr int MaxReplyDepth = 16;

    /// Does this page's text need its rulings (does it look like it holds a table)?
    using RulingsWanted = std::function<bool(const PdfPageContent &)>;

    /// Does it begin like a PDF (%PDF- in its first kilobyte, as readers allow)? Inline: the
    /// command line asks without linking poppler.
    static bool looksLikePdf(const QByteArray &data)
    {
        return data.startsWith("%PDF-") || data.left(1024).contains("%PDF-");
    }
    /// The refusal of what looksLikePdf rejects, said alike in the child and the parent.
    static QString notPdfReason() { return tr("not a PDF file (it does not begin with %PDF-)"); }
    static bool read(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error,
                     const RulingsWanted &wantRulings = {});
    /// Makes this the reader IsolatedPdfReader uses in this process (PdfLayoutReader saying
    /// which pages want their rulings): the reader's child, the editor when the child is
    /// missing, tests, fuzzers, benchmarks.
    static void registerAsLocalReader();
};

} // namespace nianbao
