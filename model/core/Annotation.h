#pragma once

#include "core/ReportTemplate.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace nianbao {

class Report;

/// What a review comment is attached to (docs/interchange.md, "Review"): a table cell, a
/// paragraph (optionally some of its words), a section, a report field or the whole report.
struct AnnotationTarget
{
    enum class Kind : quint8 { Report, Cell, Paragraph, Section, Field };
    Kind kind = Kind::Report;

    CellRef cell; ///< Kind::Cell
    /// Kind::Section and Kind::Paragraph: the section, or nullopt for the preamble.
    std::optional<SectionId> section;
    /// Kind::Paragraph: the subsection (-1: the section's own paragraphs) and paragraph index,
    /// as written in files. Inside the program the paragraph is found by `anchor`, so the
    /// comment follows it through edits; the indices are recomputed when saving.
    int subsection = -1;
    int paragraph = -1;
    QString anchor;
    QString quote; ///< the words marked: a part of the paragraph's text (may be empty)
    /// The paragraph was deleted: the comment is kept, with its quote and last place.
    bool orphaned = false;
    /// Kind::Field: agency, year, title, signatureOrganization or signatureDate.
    QString field;

    static AnnotationTarget ofReport() { return {}; }
    static AnnotationTarget ofCell(const CellRef &cell);
    static AnnotationTarget ofSection(std::optional<SectionId> section);
    static AnnotationTarget ofParagraph(std::optional<SectionId> section, const QString &anchor,
                                        const QString &quote = {});
    static AnnotationTarget ofField(const QString &field);

    /// The field keys a comment may name, as the interchange format writes them.
    static const QStringList &fieldKeys();

    bool operator==(const AnnotationTarget &o) const;
    bool operator!=(const AnnotationTarget &o) const { return !(*this == o); }
};

struct AnnotationReply
{
    QString author;
    QDateTime created;
    QString text;

    bool operator==(const AnnotationReply &o) const
    {
        return author == o.author && created == o.created && text == o.text;
    }
};

/// One review comment with its replies (Okular keeps annotations in its core library too:
/// they are part of the document, and their changes are undoable commands).
struct Annotation
{
    QString id; ///< unique within the report, kept across saves ("c7")
    AnnotationTarget target;
    QString author;
    QDateTime created;
    QString text;
    bool resolved = false;
    QVector<AnnotationReply> replies;

    bool operator==(const Annotation &o) const
    {
        return id == o.id && target == o.target && author == o.author && created == o.created
            && text == o.text && resolved == o.resolved && replies == o.replies;
    }
    bool operator!=(const Annotation &o) const { return !(*this == o); }
};

using Annotations = QVector<Annotation>;

/// Keeping paragraph comments on their paragraph. Files name a paragraph by position; the
/// program by anchor, which survives typing, inserting and moving.
namespace AnnotationAnchors {

/// After reading: each paragraph comment gets the anchor of the paragraph its indices name;
/// one whose paragraph does not exist is orphaned.
void bind(Report &report);
/// The report's comments as a file should say them: indices from the anchors (the paragraph
/// may have moved); a comment whose paragraph is gone is orphaned, keeping its last indices
/// and quote.
Annotations current(const Report &report);
/// A fresh id ("c" and a number) unused in the report.
QString newId(const Report &report);

} // namespace AnnotationAnchors

} // namespace nianbao
