#pragma once

#include "base/FormatError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nianbao {

/// What every reader of the report's JSON does: type checks that fail with the JSON path of
/// the value (`$.annotations[2].created`) and a reason. The report's reader (io/json) and the
/// comments' (AnnotationJson) build on it.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::JsonReader)

public:
    explicit JsonReader(FormatError &error)
        : m_error(error)
    {
    }

    /// Records where and why, and returns false.
    bool fail(const QString &place, const QString &reason);
    /// `o[key]` as text into `out`; absent or null leaves `out` alone unless `required`.
    bool string(const QJsonObject &o, const QString &key, const QString &path, QString &out,
                bool required = false);

private:
    FormatError &m_error;
};

} // namespace nianbao
