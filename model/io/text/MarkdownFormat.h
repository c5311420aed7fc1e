#pragma once

#include "io/ReportFormat.h"

#include <QCoreApplication>

namespace nianbao {

/// A report as Markdown (.md, .markdown), as converters write it: read only, by the text
/// reader, which tells Markdown from the other shapes of text by itself (MarkdownText).
class MarkdownFormat : public ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::MarkdownFormat)

public:
    QString id() const override { return QStringLiteral("md"); }
    QString displayName() const override;
    QStringList extensions() const override { return { QStringLiteral("md"), QStringLiteral("markdown") }; }
    bool canWrite() const override { return false; }
    bool read(QIODevice &device, Report &report, FormatError &error) const override;
};

} // namespace nianbao
