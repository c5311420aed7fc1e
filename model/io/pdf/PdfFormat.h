#pragma once

#include "core/Annotation.h"
#include "io/ReportFormat.h"
#include "io/pdf/PdfPageContent.h"
#include "pdf/PdfCanvas.h"

#include <QCoreApplication>
#include <QHash>

namespace nianbao {

/// PDF (.pdf). Output: the ReportRenderer on a PdfCanvas, A4, fonts embedded as subsets,
/// title and author (the agency) in the document information. Input: a published report's
/// words and table rulings read with poppler (PdfContentReader), laid out into paragraphs
/// and table rows by geometry (PdfLayoutReader) and understood as the other importers
/// understand theirs (ReportAssembler); its review notes become comments.
class PdfFormat : public ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PdfFormat)

public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString displayName() const override;
    QStringList extensions() const override { return { QStringLiteral("pdf") }; }
    bool read(QIODevice &device, Report &report, FormatError &error) const override;

    /// Populates the font database (fontconfig start-up, ~15% of a conversion).
    void warmUp() const override;
    bool write(const Report &report, QIODevice &device, FormatError &error) const override;

    /// The report's review comments as PDF notes (none in a publication copy: the registry
    /// leaves the comments out unless asked).
    static QVector<PdfCanvas::Note> notes(const Report &report);
    /// The pages' review notes as comments, each where the layout reader put it (`targets`,
    /// by note id; elsewhere on the whole report), replies in their threads. A reply whose
    /// note is not there becomes a comment on the whole report, counted in `unthreaded`.
    static Annotations comments(const QVector<PdfPageContent> &pages,
                                const QHash<QString, ReportPlace> &targets, int *unthreaded = nullptr);
};

} // namespace nianbao
