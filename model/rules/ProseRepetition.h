#pragma once

#include "core/Report.h"

#include <QSet>

#include <array>
#include <optional>

namespace nianbao {

/// How much of this year's prose is last year's again: the best-known weakness of these
/// reports is section 五 copied year after year. A sentence (up to 。！？；, or a paragraph's
/// end) is repeated when last year's report has it too, whitespace, punctuation width and
/// digits ignored: years and counts change while the sentence stays. A section's rate is the
/// characters of its repeated sentences over its characters (as compared: without whitespace
/// and digits). Used by `compare`, the 同比 page and the rule crossYear.repeatedText.
class ProseRepetition
{
public:
    /// crossYear.repeatedText: a warning when section 五 repeats at least this much, an info
    /// for another section above OtherSectionInfo (docs/rules.md).
    static constexpr double ProblemsWarning = 0.60;
    static constexpr double OtherSectionInfo = 0.80;
    /// ... and only when that section has at least this many characters (as compared): a
    /// one-line formula (无; the fee statement of 六) is rightly said the same way every year.
    static constexpr qsizetype OtherSectionMinimum = 60;

    /// One repeated sentence of this year's report, where it stands.
    struct Sentence
    {
        SectionId section = SectionId::Overview;
        int subsection = -1; ///< -1: the section's own paragraphs
        int paragraph = 0;
        qsizetype start = 0; ///< in the paragraph's text
        qsizetype length = 0;
        QString quote; ///< as written this year
    };

    /// Compares `thisYear`'s prose with `lastYear`'s.
    static ProseRepetition measure(const Report &thisYear, const Report &lastYear);
    /// The sentences of last year's report as compared (what measureAgainst() takes), so that a
    /// page that follows typing builds them once.
    static QSet<QString> sentencesOf(const Report &lastYear);
    static ProseRepetition measureAgainst(const Report &thisYear, const QSet<QString> &lastYear);
    /// A sentence as compared: NFKC (full-width punctuation and digits as ASCII), then
    /// without whitespace and digits.
    static QString normalized(QStringView sentence);

    /// Per section (SectionId order): repeated characters / characters; nullopt without prose.
    std::array<std::optional<double>, SectionCount> sections;
    /// Per section: its characters as compared.
    std::array<qsizetype, SectionCount> characters {};
    /// The same over the whole report (the preamble included); nullopt without any prose.
    std::optional<double> overall;
    QVector<Sentence> repeated;
};

} // namespace nianbao
