#pragma once

#include "core/Annotation.h"

#include <QHash>
#include <QVector>

namespace nianbao {

class Report;

/// Where each review comment shows in a printed copy (.docx comments, PDF notes): a cell's
/// value, a paragraph, a section heading, the title (fields agency, year, title and the
/// whole report), a signature line. A comment whose place is not printed (an orphaned
/// paragraph, an absent section, a blank signature) goes to its section's heading or to the
/// title: a comment is never left out. Places are named by keys the writers meet as they
/// write; the order of comments is the report's.
class AnnotationPlaces
{
public:
    explicit AnnotationPlaces(const Report &report);

    const Annotations &annotations() const { return m_annotations; }
    bool isEmpty() const { return m_annotations.isEmpty(); }
    /// The comments shown at a place.
    QVector<const Annotation *> at(const QString &place) const { return m_byPlace.value(place); }
    /// The place of one of annotations().
    QString placeOf(const Annotation *annotation) const { return m_placeOf.value(annotation, title()); }

    static QString title() { return QStringLiteral("title"); }
    static QString paragraph(const QString &anchor) { return QStringLiteral("p:") + anchor; }
    static QString heading(SectionId section);
    static QString cell(const CellRef &cell);
    static QString signature(bool date)
    {
        return date ? QStringLiteral("sig:date") : QStringLiteral("sig:org");
    }

private:
    static QString place(const Report &report, const Annotation &a);
    Annotations m_annotations;
    QHash<QString, QVector<const Annotation *>> m_byPlace;
    QHash<const Annotation *, QString> m_placeOf;
};

} // namespace nianbao
