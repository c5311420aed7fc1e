#pragma once

#include "core/ReportPlace.h"

#include <QString>
#include <QVector>

namespace nianbao {

class Report;

/// Find and replace over a report's content, without widgets: what the find bar (Ctrl+F,
/// Ctrl+H) searches and what one replace step changes.
namespace ReportSearch {

/// A place where the text occurs. `place` carries the characters matched (withRange) for
/// paragraphs, headings and fields; a table's labels by the cell that prints them (a row's
/// label {table, row, -1}, a column's header {table, -1, column}), its values by their cell;
/// a comment by its text or a reply's (then `commentId` names it and `place` is what it is on).
struct Hit
{
    ReportPlace place;
    QString commentId;
    /// Can Replace change it? Prose, subsection headings and text fields; not the template's
    /// labels, numbers or other people's comments.
    bool replaceable = false;
};

/// Every occurrence, in reading order: title, agency, preamble, each section (its
/// paragraphs, its table by rows, its subsections), the signature, then the comments.
/// Case-insensitive for Latin letters. Empty for an empty text.
QVector<Hit> find(const Report &report, const QString &text);

/// The report with the text at one replaceable hit replaced; false when the hit is no longer
/// there (the report changed) or cannot be replaced.
bool replaceAt(Report &report, const Hit &hit, const QString &text, const QString &replacement);

/// The report with every replaceable occurrence replaced; how many were.
int replaceAll(Report &report, const QString &text, const QString &replacement);

} // namespace ReportSearch

} // namespace nianbao
