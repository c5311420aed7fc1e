#pragma once

#include <QString>

namespace nianbao {

class Report;

/// The standard layout of a published report as text (the writing half of TextFormat): the
/// title, the preamble, the six sections with their tables as tab-led cell lines, a blank
/// line between rows, and the signature.
class TextWriter
{
public:
    static QString toText(const Report &report);
};

} // namespace nianbao
