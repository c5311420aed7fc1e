#include "core/Annotation.h"

#include "core/Report.h"

namespace nianbao {

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
        ReportPlace &t = a.target;
        if (t.kind != ReportPlace::Kind::Paragraph)
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

ReportPlace AnnotationAnchors::located(const Report &report, const ReportPlace &place, bool *found)
{
    ReportPlace out = place;
    std::optional<SectionId> s = out.section;
    int sub = -1, p = -1;
    const bool here
        = out.kind == ReportPlace::Kind::Paragraph && !out.orphaned && locate(report, out.anchor, s, sub, p);
    if (here) {
        out.section = s;
        out.subsection = sub;
        out.paragraph = p;
    }
    if (found)
        *found = here;
    return out;
}

Annotations AnnotationAnchors::current(const Report &report)
{
    Annotations out = report.annotations;
    for (Annotation &a : out) {
        if (a.target.kind != ReportPlace::Kind::Paragraph || a.target.orphaned)
            continue;
        bool found = false;
        const ReportPlace now = located(report, a.target, &found);
        if (found)
            a.target = now;
        else
            a.target.orphaned = true;
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
