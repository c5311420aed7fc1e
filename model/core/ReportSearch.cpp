#include "core/ReportSearch.h"

#include "core/Report.h"

namespace nianbao::ReportSearch {

namespace {

constexpr Qt::CaseSensitivity Case = Qt::CaseInsensitive;

void findIn(const QString &haystack, const QString &text, const ReportPlace &place, QVector<Hit> &out)
{
    for (qsizetype i = haystack.indexOf(text, 0, Case); i >= 0;
         i = haystack.indexOf(text, i + text.size(), Case))
        out.append({ place.withRange(int(i), int(text.size())), QString(), true });
}

void findInParagraphs(const QVector<Paragraph> &ps, std::optional<SectionId> section, const QString &text,
                      QVector<Hit> &out)
{
    for (const Paragraph &p : ps)
        findIn(p.text, text, ReportPlace::ofParagraph(section, p.anchor), out);
}

void findInTable(const Report &report, const TableSpec &spec, const QString &text, QVector<Hit> &out)
{
    // Labels are named by the cell that prints them: a column's header {table, -1, column},
    // a row's label {table, row, -1}; a merged group label once, at its first row. Values by
    // their cell.
    for (int c = 0; c < spec.columnCount(); ++c) {
        if (spec.columns[c].label.contains(text, Case))
            out.append({ ReportPlace::ofCell({ spec.id, -1, c }), QString(), false });
    }
    QString group, subgroup;
    for (int r = 0; r < spec.rowCount(); ++r) {
        const RowSpec &row = spec.rows[r];
        const bool newGroup = row.groupLabel != group || row.subgroupLabel != subgroup;
        const bool groupMatches = newGroup
            && ((row.groupLabel != group && row.groupLabel.contains(text, Case))
                || (row.subgroupLabel != subgroup && row.subgroupLabel.contains(text, Case)));
        group = row.groupLabel;
        subgroup = row.subgroupLabel;
        if (groupMatches || row.label.contains(text, Case))
            out.append({ ReportPlace::ofCell({ spec.id, r, -1 }), QString(), false });
        for (int c = 0; c < spec.columnCount(); ++c) {
            if (!spec.hasCell(r, c))
                continue;
            const CellValue v = report.value({ spec.id, r, c });
            if (!v.isBlank() && v.toString().contains(text, Case))
                out.append({ ReportPlace::ofCell({ spec.id, r, c }), QString(), false });
        }
    }
}

/// The text a replaceable place shows, for reading or changing it; nullptr when gone.
QString *textAt(Report &report, const ReportPlace &place)
{
    switch (place.kind) {
    case ReportPlace::Kind::Field:
        switch (place.field) {
        case ReportField::Title:
            return &report.title;
        case ReportField::Agency:
            return &report.agency;
        case ReportField::SignatureOrganization:
            return &report.signature.organization;
        default:
            return nullptr;
        }
    case ReportPlace::Kind::Paragraph: {
        auto inParagraphs = [&place](QVector<Paragraph> &ps) -> QString * {
            for (Paragraph &p : ps) {
                if (p.anchor == place.anchor)
                    return &p.text;
            }
            return nullptr;
        };
        if (!place.section)
            return inParagraphs(report.preamble);
        Section &s = report.section(*place.section);
        if (QString *t = inParagraphs(s.paragraphs))
            return t;
        for (Subsection &sub : s.subsections) {
            if (QString *t = inParagraphs(sub.paragraphs))
                return t;
        }
        return nullptr;
    }
    case ReportPlace::Kind::SubsectionHeading:
        if (place.section) {
            for (Subsection &sub : report.section(*place.section).subsections) {
                if (sub.anchor == place.anchor)
                    return &sub.heading;
            }
        }
        return nullptr;
    default:
        return nullptr;
    }
}

} // namespace

QVector<Hit> find(const Report &report, const QString &text)
{
    QVector<Hit> out;
    if (text.isEmpty())
        return out;
    findIn(report.title, text, ReportPlace::ofField(ReportField::Title), out);
    findIn(report.agency, text, ReportPlace::ofField(ReportField::Agency), out);
    findInParagraphs(report.preamble, std::nullopt, text, out);
    for (int i = 0; i < SectionCount; ++i) {
        const auto id = static_cast<SectionId>(i);
        const Section &s = report.section(id);
        if (!s.present)
            continue;
        findInParagraphs(s.paragraphs, id, text, out);
        for (const TableSpec &spec : ReportTemplate::official().tables()) {
            if (spec.section == id)
                findInTable(report, spec, text, out);
        }
        for (const Subsection &sub : s.subsections) {
            findIn(sub.heading, text, ReportPlace::ofSubsectionHeading(id, sub.anchor), out);
            findInParagraphs(sub.paragraphs, id, text, out);
        }
    }
    findIn(report.signature.organization, text, ReportPlace::ofField(ReportField::SignatureOrganization),
           out);
    for (const Annotation &a : report.annotations) {
        bool said = a.text.contains(text, Case);
        for (const AnnotationReply &reply : a.replies)
            said = said || reply.text.contains(text, Case);
        if (said)
            out.append({ a.target, a.id, false });
    }
    return out;
}

bool replaceAt(Report &report, const Hit &hit, const QString &text, const QString &replacement)
{
    if (!hit.replaceable || hit.place.from < 0)
        return false;
    QString *target = textAt(report, hit.place);
    if (!target || target->mid(hit.place.from, hit.place.length).compare(text, Case) != 0)
        return false;
    target->replace(hit.place.from, hit.place.length, replacement);
    return true;
}

int replaceAll(Report &report, const QString &text, const QString &replacement)
{
    if (text.isEmpty())
        return 0;
    const QVector<Hit> hits = find(report, text);
    int count = 0;
    // From the last to the first: a replacement does not move the hits before it.
    for (auto it = hits.crbegin(); it != hits.crend(); ++it)
        count += replaceAt(report, *it, text, replacement);
    return count;
}

} // namespace nianbao::ReportSearch
