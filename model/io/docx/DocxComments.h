#pragma once

#include "core/AnnotationPlaces.h"

#include <QByteArray>
#include <QHash>
#include <QVector>

namespace nianbao {

class Report;

/// A report's review comments as Word comments (word/comments.xml, with replies and the
/// resolved mark in word/commentsExtended.xml, as Word 2013 and later write them).
///
/// Each comment's range is around its place (AnnotationPlaces): the quoted words of a
/// paragraph when they are still there, otherwise the whole paragraph or cell text.
class DocxComments
{
public:
    explicit DocxComments(const Report &report);

    bool isEmpty() const { return m_places.isEmpty(); }
    /// The comments whose range is at a place (AnnotationPlaces).
    QVector<const Annotation *> at(const QString &place) const { return m_places.at(place); }
    /// Word's comment ids for these comments and their replies (a reply is a comment of its own
    /// over the same range).
    QVector<int> idsOf(const QVector<const Annotation *> &comments) const;

    QByteArray commentsXml() const;
    QByteArray commentsExtendedXml() const;

private:
    AnnotationPlaces m_places;
    QHash<const Annotation *, int> m_firstId; ///< the comment's id; replies follow it
};

} // namespace nianbao
