#include "core/Annotation.h"

#include "core/Report.h"

namespace nianbao {

AnnotationTarget AnnotationTarget::ofCell(const CellRef &cell)
{
    AnnotationTarget t;
    t.kind = Kind::Cell;
    t.cell = cell;
    return t;
}

AnnotationTarget AnnotationTarget::ofSection(std::optional<SectionId> section)
{
    AnnotationTarget t;
    t.kind = Kind::Section;
    t.section = section;
    return t;
}

AnnotationTarget AnnotationTarget::ofParagraph(std::optional<SectionId> section, const QString &anchor,
                                               const QString &quote)
{
    AnnotationTarget t;
    t.kind = Kind::Paragraph;
    t.section = section;
    t.anchor = anchor;
    t.quote = quote;
    return t;
}

AnnotationTarget AnnotationTarget::ofField(const QString &field)
{
    AnnotationTarget t;
    t.kind = Kind::Field;
    t.field = field;
    return t;
}

const QStringList &AnnotationTarget::fieldKeys()
{
    static const QStringList keys { QStringLiteral("agency"), QStringLiteral("year"), QStringLiteral("title"),
                                    QStringLiteral("signatureOrganization"),
                                    QStringLiteral("signatureDate") };
    return keys;
}

bool AnnotationTarget::operator==(const AnnotationTarget &o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Kind::Report:
        return true;
    case Kind::Cell:
        return cell == o.cell;
    case Kind::Section:
        return section == o.section;
    case Kind::Field:
        return field == o.field;
    case Kind::Paragraph:
        // The anchor is the program's own handle; what a file says is the place and the quote.
        return section == o.section && subsection == o.subsection && paragraph == o.paragraph
            && quote == o.quote && orphaned == o.orphaned;
    }
    return false;
}

namespace {

const QVector<Paragraph> *paragraphsAt(const Report &report, std::optional<SectionId> section, int subsection)
{
    if (!section)
        return subsection < 0 ? &report.preamble : nullptr;
    const Section &s = report.section(*section);
    if (subsection < 0)
        return &s.paragraphs;
    return subsection < s.subsections.size() ? &s.subsections[subsection].paragraphs : nullptr;
}

// Where a paragraph with this anchor is now: its subsection (-1 for the section's own) and
// index, searched in the comment's section first (paragraphs do not move between sections
// in the editor, but a search of all of them costs nothing and survives that too).
bool locate(const Report &report, const QString &anchor, std::optional<SectionId> &section, int &subsection,
            int &paragraph)
{
    if (anchor.isEmpty())
        return false;
    auto find = [&](std::optional<SectionId> s) {
        const int subsections = s ? int(report.section(*s).subsections.size()) : 0;
        for (int sub = -1; sub < subsections; ++sub) {
            const QVector<Paragraph> *ps = paragraphsAt(report, s, sub);
            for (int i = 0; ps && i < ps->size(); ++i) {
                if ((*ps)[i].anchor == anchor) {
                    section = s;
                    subsection = sub;
                    paragraph = i;
                    return true;
                }
            }
        }
        return false;
    };
    if (find(section))
        return true;
    if (find(std::nullopt))
        return true;
    for (int s = 0; s < SectionCount; ++s) {
        if (find(static_cast<SectionId>(s)))
            return true;
    }
    return false;
}

} // namespace

void AnnotationAnchors::bind(Report &report)
{
    for (Annotation &a : report.annotations) {
        AnnotationTarget &t = a.target;
        if (t.kind != AnnotationTarget::Kind::Paragraph)
            continue;
        if (!t.anchor.isEmpty()) { // a native file keeps the anchor itself
            std::optional<SectionId> s = t.section;
            int sub = 0, p = 0;
            if (locate(report, t.anchor, s, sub, p)) {
                t.section = s;
                t.subsection = sub;
                t.paragraph = p;
                t.orphaned = false;
                continue;
            }
        }
        const QVector<Paragraph> *ps = paragraphsAt(report, t.section, t.subsection);
        if (!t.orphaned && ps && t.paragraph >= 0 && t.paragraph < ps->size()) {
            t.anchor = (*ps)[t.paragraph].anchor;
        } else {
            t.anchor.clear();
            t.orphaned = true;
        }
    }
}

Annotations AnnotationAnchors::current(const Report &report)
{
    Annotations out = report.annotations;
    for (Annotation &a : out) {
        AnnotationTarget &t = a.target;
        if (t.kind != AnnotationTarget::Kind::Paragraph || t.orphaned)
            continue;
        std::optional<SectionId> s = t.section;
        int sub = -1, p = -1;
        if (locate(report, t.anchor, s, sub, p)) {
            t.section = s;
            t.subsection = sub;
            t.paragraph = p;
        } else {
            t.orphaned = true;
        }
    }
    return out;
}

QString AnnotationAnchors::newId(const Report &report)
{
    int highest = 0;
    for (const Annotation &a : report.annotations) {
        if (a.id.startsWith(QLatin1Char('c')))
            highest = qMax(highest, a.id.mid(1).toInt());
    }
    return QStringLiteral("c%1").arg(highest + 1);
}

} // namespace nianbao
