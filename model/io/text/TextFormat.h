#pragma once

#include "io/ReportFormat.h"
#include "io/import/SourceBlock.h"

#include <QCoreApplication>
#include <QVector>

namespace nianbao {

/// The plain-text layout of published reports (.txt): one paragraph per line, table cells
/// as tab-led lines, a blank line between table rows (see shared/fixtures/reports).
class TextFormat : public ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::TextFormat)

public:
    QString id() const override { return QStringLiteral("txt"); }
    QString displayName() const override;
    QStringList extensions() const override { return { QStringLiteral("txt") }; }

    bool read(QIODevice &device, Report &report, FormatError &error) const override;
    bool write(const Report &report, QIODevice &device, FormatError &error) const override;

    /// Decodes bytes as UTF-8 (with or without BOM) or, failing that, GB18030, which
    /// older Chinese Windows tools write. Fails on binary data.
    static bool decode(const QByteArray &bytes, QString &text, FormatError &error);
    /// Splits text into paragraphs and table rows, whatever shape it came in: the published
    /// layout, a browser's copy of a web page (a table row per line, cells separated by
    /// tabs), Markdown (MarkdownText) or text extracted from a PDF (ExtractedText).
    static QVector<SourceBlock> blocks(const QString &text);
    /// A line that is a row of cells separated by tabs (not the layout's tab-led cell line).
    static bool isTabRow(const QString &line);

private:
    static bool hasTabRows(const QStringList &lines);
    /// The published layout (one cell per tab-led line, a blank line between rows) and tab rows.
    /// A line that follows a cell line without a blank line is the rest of that cell.
    static QVector<SourceBlock> layoutBlocks(const QStringList &lines);
};

} // namespace nianbao
