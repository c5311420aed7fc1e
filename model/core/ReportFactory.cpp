#include "core/ReportFactory.h"

namespace nianbao::ReportFactory {

Report newReport(const QString &agency, int year, BodyKind kind)
{
    Report r;
    r.agency = agency;
    r.year = year;
    r.bodyKind = kind;
    r.title = Report::standardTitle(agency, year);
    QString preamble = ReportTemplate::standardPreamble();
    if (year > 0)
        preamble.replace(QStringLiteral("自1月1日起至12月31日止"),
                         QStringLiteral("自%1年1月1日起至%1年12月31日止").arg(year));
    r.preamble.append({ QString(), preamble });
    r.signature.organization = agency;
    r.assignMissingAnchors();
    return r;
}

Report fromLastYear(const Report &last)
{
    Report r = newReport(last.agency, last.year > 0 ? last.year + 1 : 0, last.bodyKind);
    for (SectionId id : { SectionId::Overview, SectionId::Problems }) {
        for (const Subsection &sub : last.section(id).subsections)
            r.section(id).subsections.append({ QString(), sub.heading, {} });
    }
    if (!last.signature.organization.isEmpty())
        r.signature.organization = last.signature.organization;
    const TableSpec &apps = ReportTemplate::official().table(TableId::Applications);
    const int carriedIn = apps.rowIndex(u"carriedIn");
    const int carriedOut = apps.rowIndex(u"carriedOut");
    for (int c = 0; c < apps.columnCount(); ++c) {
        if (apps.isComputed(carriedIn, c))
            continue;
        r.table(TableId::Applications)
            .setStored(carriedIn, c, last.value(TableId::Applications, carriedOut, c));
    }
    r.assignMissingAnchors();
    return r;
}

} // namespace nianbao::ReportFactory
