#include "io/json/JsonFormat.h"

#include "core/Report.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace nianbao {

JsonFormat::JsonFormat(JsonCodec::Style style)
    : m_style(style)
{
}

QString JsonFormat::id() const
{
    return m_style == JsonCodec::Style::Native ? QStringLiteral("nianbao") : QStringLiteral("json");
}

QString JsonFormat::displayName() const
{
    return m_style == JsonCodec::Style::Native ? tr("Nianbao report") : tr("Interchange JSON");
}

QStringList JsonFormat::extensions() const
{
    return { m_style == JsonCodec::Style::Native ? QStringLiteral("nianbao") : QStringLiteral("json") };
}

bool JsonFormat::read(QIODevice &device, Report &report, FormatError &error) const
{
    QJsonObject object;
    if (!JsonCodec::parseObject(device.readAll(), object, error))
        return false;
    return JsonCodec::fromJson(object, m_style, report, error);
}

bool JsonFormat::write(const Report &report, QIODevice &device, FormatError &error) const
{
    const QByteArray bytes
        = QJsonDocument(JsonCodec::toJson(report, m_style)).toJson(QJsonDocument::Indented);
    if (device.write(bytes) != bytes.size()) {
        error.reason = device.errorString();
        return false;
    }
    return true;
}

} // namespace nianbao
