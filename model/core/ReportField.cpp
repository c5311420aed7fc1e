#include "core/ReportField.h"

namespace nianbao::ReportFields {

namespace {

struct Entry
{
    ReportField field;
    const char *key;
};

constexpr Entry Entries[] = {
    { ReportField::Agency, "agency" },
    { ReportField::Year, "year" },
    { ReportField::Title, "title" },
    { ReportField::BodyKind, "bodyKind" },
    { ReportField::SignatureOrganization, "signatureOrganization" },
    { ReportField::SignatureDate, "signatureDate" },
    { ReportField::Review, "review" },
    { ReportField::PreviousYear, "previousYear" },
};

} // namespace

QString key(ReportField field)
{
    for (const Entry &e : Entries) {
        if (e.field == field)
            return QLatin1String(e.key);
    }
    return QString();
}

std::optional<ReportField> fromKey(QStringView key)
{
    for (const Entry &e : Entries) {
        if (key == QLatin1String(e.key))
            return e.field;
    }
    return std::nullopt;
}

const QVector<ReportField> &commentable()
{
    static const QVector<ReportField> fields { ReportField::Agency, ReportField::Year, ReportField::Title,
                                               ReportField::SignatureOrganization,
                                               ReportField::SignatureDate };
    return fields;
}

} // namespace nianbao::ReportFields
