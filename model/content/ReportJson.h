#pragma once

#include <QJsonObject>

namespace nianbao {

class Report;

/// A report as the JSON object of docs/interchange.md: the interchange form (.json), or the
/// native one (.nianbao: the same object with an anchor on every paragraph and subsection,
/// so that comments follow their paragraph). The object is the report's canonical form:
/// the content hash of a submission is taken over it (ContentHash), which is why it lives
/// here, beside the report, and not with the file formats (io/json reads it back).
class ReportJson
{
public:
    enum class Style { Interchange, Native };

    static constexpr int InterchangeVersion = 1;
    static constexpr int NativeVersion = 1;

    /// Keys the writer here and the reader (io/json) share.
    struct Keys
    {
        static const QString format, formatVersion, paragraphs, subsections, heading, anchor, text;
    };

    static QString formatTag(Style style); ///< "nianbao.report" / "nianbao.document"
    static QJsonObject toJson(const Report &report, Style style);
};

} // namespace nianbao
