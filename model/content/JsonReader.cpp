#include "content/JsonReader.h"

namespace nianbao {

bool JsonReader::fail(const QString &place, const QString &reason)
{
    m_error.place = place;
    m_error.reason = reason;
    return false;
}

bool JsonReader::string(const QJsonObject &o, const QString &key, const QString &path, QString &out,
                        bool required)
{
    const QJsonValue v = o.value(key);
    if ((v.isUndefined() || v.isNull()) && !required)
        return true;
    if (!v.isString())
        return fail(path + QLatin1Char('.') + key, tr("expected text"));
    out = v.toString();
    return true;
}

} // namespace nianbao
