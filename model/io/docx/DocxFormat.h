#pragma once

#include "io/ReportFormat.h"

#include <QCoreApplication>

namespace nianbao {

/// Word documents (.docx), as Word, WPS and LibreOffice write them; read by meaning through
/// the same assembler as the text layout, written per DocxWriter.
class DocxFormat : public ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DocxFormat)

public:
    QString id() const override { return QStringLiteral("docx"); }
    QString displayName() const override;
    QStringList extensions() const override { return { QStringLiteral("docx") }; }

    bool read(QIODevice &device, Report &report, FormatError &error) const override;
    bool write(const Report &report, QIODevice &device, FormatError &error) const override;
};

} // namespace nianbao
