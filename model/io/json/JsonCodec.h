#pragma once

#include "base/FormatError.h"
#include "content/ReportJson.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nianbao {

class Report;

/// Report ⇄ JSON object, per spec/interchange.md. The native .nianbao format is the same
/// object with anchors on every paragraph and subsection (objects instead of strings)
/// and a different "format" tag; one codec serves both so that they cannot drift apart.
class JsonCodec
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::JsonCodec)

public:
    using Style = ReportJson::Style;

    static constexpr int InterchangeVersion = ReportJson::InterchangeVersion;
    static constexpr int NativeVersion = ReportJson::NativeVersion;

    static QString formatTag(Style style); ///< "nianbao.report" / "nianbao.document"

    static QJsonObject toJson(const Report &report, Style style);

    /// Reads `object` into `report`. A newer formatVersion is refused before anything is
    /// read. Unknown keys are ignored (the contract may grow by adding keys). On error, `place`
    /// is a JSON path such as $.tables.applications.new.natural.
    static bool fromJson(const QJsonObject &object, Style style, Report &report, FormatError &error);

    /// Parses bytes as a JSON object, with the line and column of a syntax error.
    static bool parseObject(const QByteArray &bytes, QJsonObject &object, FormatError &error);
};

} // namespace nianbao
