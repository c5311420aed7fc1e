#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace nianbao {

class Report;

/// What makes a submission checkable by anyone (docs/interchange.md, "Review"): SHA-256 of
/// the report's interchange object without "annotations" and "review", serialised as
/// Python's json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
/// writes it, so that a reviewer can reproduce it from the exported .json with a few lines
/// of Python and nothing of ours.
class ContentHash
{
public:
    /// "sha256:<64 lowercase hex>"
    static QString of(const Report &report);
    /// The canonical bytes of a JSON value (UTF-8).
    static QByteArray canonical(const QJsonValue &value);
};

} // namespace nianbao
