#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace nianbao {

/// The report's fields outside its sections, and the two places beside them that findings
/// name: the review record and last year's report. One list, one spelling each: files,
/// findings, comments and the editor all use these keys.
enum class ReportField : quint8 {
    Agency,
    Year,
    Title,
    BodyKind,
    SignatureOrganization,
    SignatureDate,
    Review, ///< the review record (state, verdicts); no form field
    PreviousYear, ///< last year's report attached; no form field
};

namespace ReportFields {

/// "agency", "year", "title", "bodyKind", "signatureOrganization", "signatureDate",
/// "review", "previousYear" (docs/interchange.md).
QString key(ReportField field);
std::optional<ReportField> fromKey(QStringView key);
/// The fields a review comment may be on (interchange: agency, year, title,
/// signatureOrganization, signatureDate).
const QVector<ReportField> &commentable();

} // namespace ReportFields

} // namespace nianbao
