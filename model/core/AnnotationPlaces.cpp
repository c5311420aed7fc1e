#include "core/AnnotationPlaces.h"

#include "core/Report.h"

namespace nianbao {

QString AnnotationPlaces::heading(SectionId section)
{
    return QStringLiteral("h:") + ReportTemplate::sectionKey(section);
}

QString AnnotationPlaces::cell(const CellRef &cell)
{
    return QStringLiteral("c:%1/%2/%3").arg(int(cell.table)).arg(cell.row).arg(cell.column);
}

AnnotationPlaces::AnnotationPlaces(const Report &report)
    : m_annotations(AnnotationAnchors::current(report))
{
    for (const Annotation &a : std::as_const(m_annotations)) {
        const QString where = place(report, a);
        m_byPlace[where].append(&a);
        m_placeOf.insert(&a, where);
    }
}

QString AnnotationPlaces::place(const Report &report, const Annotation &a)
{
    const ReportPlace &t = a.target;
    auto sectionPlace = [&](std::optional<SectionId> s) {
        if (!s) // the preamble: its first paragraph, or the title
            return report.preamble.isEmpty() ? title() : paragraph(report.preamble.first().anchor);
        return report.section(*s).present ? heading(*s) : title();
    };
    switch (t.kind) {
    case ReportPlace::Kind::Report:
        return title();
    case ReportPlace::Kind::Cell:
        return report.section(ReportTemplate::official().table(t.cell.table).section).present ? cell(t.cell)
                                                                                              : title();
    case ReportPlace::Kind::Section:
    case ReportPlace::Kind::SubsectionHeading: // no comment is on one; its section, then
    case ReportPlace::Kind::Table:
        return sectionPlace(t.kind == ReportPlace::Kind::Table ? t.sectionShown() : t.section);
    case ReportPlace::Kind::Paragraph:
        if (!t.orphaned && (!t.section || report.section(*t.section).present))
            return paragraph(t.anchor);
        return sectionPlace(t.section);
    case ReportPlace::Kind::Field:
        if (t.field == ReportField::SignatureOrganization && !report.signature.organization.isEmpty())
            return signature(false);
        if (t.field == ReportField::SignatureDate && report.signature.date.isValid())
            return signature(true);
        return title();
    }
    return title();
}

} // namespace nianbao
