#pragma once

#include "io/ReportFormat.h"
#include "io/json/JsonCodec.h"

#include <QCoreApplication>

namespace nianbao {

/// The interchange JSON of spec/interchange.md (.json), and the native .nianbao document
/// (the same JSON with anchors, for annotations and history). One class, two styles.
class JsonFormat : public ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::JsonFormat)

public:
    explicit JsonFormat(JsonCodec::Style style);

    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    bool isPublication() const override { return false; }

    bool read(QIODevice &device, Report &report, FormatError &error) const override;
    bool write(const Report &report, QIODevice &device, FormatError &error) const override;

private:
    JsonCodec::Style m_style;
};

} // namespace nianbao
