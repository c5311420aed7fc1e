#include "core/ReportPlace.h"

namespace nianbao {

ReportPlace ReportPlace::ofCell(const CellRef &cell)
{
    ReportPlace p;
    p.kind = Kind::Cell;
    p.cell = cell;
    return p;
}

ReportPlace ReportPlace::ofTable(TableId table)
{
    ReportPlace p;
    p.kind = Kind::Table;
    p.cell = CellRef { table, -1, -1 };
    return p;
}

ReportPlace ReportPlace::ofSection(std::optional<SectionId> section)
{
    ReportPlace p;
    p.kind = Kind::Section;
    p.section = section;
    return p;
}

ReportPlace ReportPlace::ofParagraph(std::optional<SectionId> section, const QString &anchor,
                                     const QString &quote)
{
    ReportPlace p;
    p.kind = Kind::Paragraph;
    p.section = section;
    p.anchor = anchor;
    p.quote = quote;
    return p;
}

ReportPlace ReportPlace::ofField(ReportField field)
{
    ReportPlace p;
    p.kind = Kind::Field;
    p.field = field;
    return p;
}

ReportPlace ReportPlace::ofSubsectionHeading(SectionId section, const QString &anchor)
{
    ReportPlace p;
    p.kind = Kind::SubsectionHeading;
    p.section = section;
    p.anchor = anchor;
    return p;
}

ReportPlace ReportPlace::withRange(int start, int count) const
{
    ReportPlace p = *this;
    p.from = start;
    p.length = count;
    return p;
}

std::optional<SectionId> ReportPlace::sectionShown() const
{
    switch (kind) {
    case Kind::Cell:
    case Kind::Table:
        return ReportTemplate::official().table(cell.table).section;
    case Kind::Section:
    case Kind::Paragraph:
    case Kind::SubsectionHeading:
        return section;
    case Kind::Field:
    case Kind::Report:
        break;
    }
    return std::nullopt;
}

QJsonObject ReportPlace::toJson() const
{
    QJsonObject o;
    const auto sectionKey
        = [this] { return section ? ReportTemplate::sectionKey(*section) : QStringLiteral("preamble"); };
    switch (kind) {
    case Kind::Cell: {
        const TableSpec &spec = ReportTemplate::official().table(cell.table);
        o.insert(QStringLiteral("table"), spec.key);
        o.insert(QStringLiteral("row"), spec.rows.value(cell.row).key);
        o.insert(QStringLiteral("column"), spec.columns.value(cell.column).key);
        break;
    }
    case Kind::Table:
        o.insert(QStringLiteral("table"), ReportTemplate::tableKey(cell.table));
        break;
    case Kind::Section:
        o.insert(QStringLiteral("section"), sectionKey());
        break;
    case Kind::Paragraph:
        o.insert(QStringLiteral("section"), sectionKey());
        if (!anchor.isEmpty())
            o.insert(QStringLiteral("paragraph"), anchor);
        break;
    case Kind::SubsectionHeading:
        o.insert(QStringLiteral("section"), sectionKey());
        o.insert(QStringLiteral("subsection"), anchor);
        break;
    case Kind::Field:
        o.insert(QStringLiteral("field"), ReportFields::key(field));
        break;
    case Kind::Report:
        break;
    }
    return o;
}

bool ReportPlace::operator==(const ReportPlace &o) const
{
    if (kind != o.kind || from != o.from || length != o.length)
        return false;
    switch (kind) {
    case Kind::SubsectionHeading:
        return section == o.section && anchor == o.anchor;
    case Kind::Report:
        return true;
    case Kind::Cell:
        return cell == o.cell;
    case Kind::Table:
        return cell.table == o.cell.table;
    case Kind::Section:
        return section == o.section;
    case Kind::Field:
        return field == o.field;
    case Kind::Paragraph:
        // The anchor is the program's own handle; what a file says is the place and the
        // quote. A finding's paragraph has no indices: there the anchor tells.
        return section == o.section && subsection == o.subsection && paragraph == o.paragraph
            && quote == o.quote && orphaned == o.orphaned && (paragraph >= 0 || anchor == o.anchor);
    }
    return false;
}

} // namespace nianbao
