#include "rules/Finding.h"

namespace nianbao {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("severity"), severityKey(severity));
    o.insert(QStringLiteral("location"), location.toJson());
    o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace nianbao
