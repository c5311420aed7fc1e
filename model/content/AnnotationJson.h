#pragma once

#include "base/FormatError.h"
#include "core/Annotation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nianbao {

class Report;

/// Review comments in JSON (docs/interchange.md, "Review"): the writer of the canonical
/// object (ReportJson) and the readers of .json and .nianbao share it.
class AnnotationJson
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::AnnotationJson)

public:
    /// The report's comments with their places as they are now (AnnotationAnchors::current).
    /// `withAnchors`: the native form also keeps each paragraph comment's anchor.
    static QJsonArray toJson(const Report &report, bool withAnchors);
    /// Reads `$.annotations`; a damaged comment is an error naming its JSON path. Paragraph
    /// comments still have to be bound to their paragraphs (AnnotationAnchors::bind).
    static bool fromJson(const QJsonValue &value, Annotations &out, FormatError &error);

    /// A time as the interchange format writes it: ISO 8601 with its offset.
    static QString timeToJson(const QDateTime &time);
};

} // namespace nianbao
