#pragma once

#include "core/ReportField.h"
#include "core/ReportTemplate.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nianbao {

/// A place in a report, the one type for it: where a finding points, what a review comment
/// is on, what the comparison, the navigation and the docks jump to. A table cell, a whole
/// table, a section (or the preamble), a subsection's heading, a paragraph (optionally some
/// of its words, or a range of its characters), a field, or the whole report.
struct ReportPlace
{
    enum class Kind : quint8 { Report, Cell, Table, Section, Paragraph, Field, SubsectionHeading };
    Kind kind = Kind::Report;

    CellRef cell; ///< Kind::Cell; Kind::Table names cell.table
    /// Kind::Section and Kind::Paragraph: the section, or nullopt for the preamble.
    std::optional<SectionId> section;
    /// Kind::Paragraph: the subsection (-1: the section's own paragraphs) and paragraph index,
    /// as written in files. Inside the program the paragraph is found by `anchor`, so a
    /// comment follows it through edits; the indices are recomputed when saving.
    int subsection = -1;
    int paragraph = -1;
    QString anchor;
    QString quote; ///< the words marked: a part of the paragraph's text (may be empty)
    /// The paragraph was deleted: a comment on it is kept, with its quote and last place.
    bool orphaned = false;
    ReportField field = ReportField::Title; ///< Kind::Field
    /// Kind::Paragraph and Kind::Field: a range of characters in its text (a match of
    /// Find), or -1 for the whole of it.
    int from = -1;
    int length = 0;

    static ReportPlace ofReport() { return {}; }
    static ReportPlace ofCell(const CellRef &cell);
    static ReportPlace ofTable(TableId table);
    static ReportPlace ofSection(std::optional<SectionId> section);
    static ReportPlace ofParagraph(std::optional<SectionId> section, const QString &anchor,
                                   const QString &quote = {});
    static ReportPlace ofField(ReportField field);
    /// The heading of a subsection, by the subsection's anchor.
    static ReportPlace ofSubsectionHeading(SectionId section, const QString &anchor);
    /// The same place, narrowed to characters [from, from + length) of its text.
    ReportPlace withRange(int from, int length) const;

    /// The section the place is in, if any (a cell's or table's section too).
    std::optional<SectionId> sectionShown() const;

    /// As findings write it (docs/interchange.md, "Findings"): {"table","row","column"},
    /// {"table"}, {"section"[, "paragraph"]} ("preamble" for the preamble), {"field"}, {}.
    QJsonObject toJson() const;

    bool operator==(const ReportPlace &o) const;
    bool operator!=(const ReportPlace &o) const { return !(*this == o); }
};

} // namespace nianbao
