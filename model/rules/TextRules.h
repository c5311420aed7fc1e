#pragma once

#include "core/Report.h"
#include "rules/Finding.h"

namespace nianbao {

/// The rules that read the prose and the report's fields: sections present and not thin,
/// figures stated in the text against the tables, fees, the statistics period and the
/// signature date. Table arithmetic is RuleEngine's; RuleEngine::check() runs both, and
/// the messages are RuleEngine's (one catalogue context for every rule).
class TextRules
{
public:
    static void check(const Report &report, Findings &out);
};

} // namespace nianbao
