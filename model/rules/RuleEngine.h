#pragma once

#include "core/Report.h"
#include "rules/Finding.h"

#include <QCoreApplication>
#include <QSet>

namespace nianbao {

/// Runs every rule of spec/rules.md on a report. Stateless and cheap: the editor calls it
/// on every keystroke, the command line once per file.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::RuleEngine)

public:
    /// All findings, in a stable order: tables first (in template order), then text.
    /// With `previous` (last year's report), the cross-year rules run as well.
    static Findings check(const Report &report, const Report *previous = nullptr);
    /// The same, given last year's sentences as ProseRepetition::sentencesOf() makes them: the
    /// editor checks on every keystroke, and builds them once when last year's report is attached.
    static Findings check(const Report &report, const Report *previous,
                          const QSet<QString> *previousSentences);

    /// The rule ids this engine implements, as listed in rules.md.
    static QStringList ruleIds();
    /// "Table 3 (applications)": how messages name a statistics table.
    static QString tableName(TableId table);

    // The groups check() runs, exposed for focused tests.
    static void checkCells(const Report &report, Findings &out);
    static void checkIdentities(const Report &report, Findings &out);
    /// False (with a crossYear.notPrevious finding) when `previous` is another agency's
    /// report or not of the year before.
    static bool isPreviousYear(const Report &report, const Report &previous, Findings &out);
    static void checkCrossYear(const Report &report, const Report &previous, Findings &out,
                               const QSet<QString> *previousSentences = nullptr);
    static void checkReview(const Report &report, Findings &out);
    static void checkImport(const Report &report, Findings &out);
};

} // namespace nianbao
