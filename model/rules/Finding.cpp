#include "rules/Finding.h"

namespace nianbao {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

Location Location::ofCell(const CellRef &c)
{
    Location l;
    l.kind = Kind::Cell;
    l.cell = c;
    return l;
}

Location Location::ofTable(TableId t)
{
    Location l;
    l.kind = Kind::Table;
    l.cell = CellRef { t, -1, -1 };
    return l;
}

Location Location::ofSection(SectionId s, const QString &paragraphAnchor)
{
    Location l;
    l.kind = Kind::Section;
    l.section = s;
    l.paragraphAnchor = paragraphAnchor;
    return l;
}

Location Location::ofField(const QString &field)
{
    Location l;
    l.kind = Kind::Field;
    l.field = field;
    return l;
}

QJsonObject Location::toJson() const
{
    QJsonObject o;
    switch (kind) {
    case Kind::Cell: {
        const TableSpec &spec = ReportTemplate::official().table(cell.table);
        o.insert(QStringLiteral("table"), spec.key);
        o.insert(QStringLiteral("row"), spec.rows[cell.row].key);
        o.insert(QStringLiteral("column"), spec.columns[cell.column].key);
        break;
    }
    case Kind::Table:
        o.insert(QStringLiteral("table"), ReportTemplate::tableKey(cell.table));
        break;
    case Kind::Section:
        o.insert(QStringLiteral("section"), ReportTemplate::sectionKey(section));
        if (!paragraphAnchor.isEmpty())
            o.insert(QStringLiteral("paragraph"), paragraphAnchor);
        break;
    case Kind::Field:
        o.insert(QStringLiteral("field"), field);
        break;
    }
    return o;
}

bool Location::operator==(const Location &o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Kind::Cell:
        return cell == o.cell;
    case Kind::Table:
        return cell.table == o.cell.table;
    case Kind::Section:
        return section == o.section && paragraphAnchor == o.paragraphAnchor;
    case Kind::Field:
        return field == o.field;
    }
    return false;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("severity"), severityKey(severity));
    o.insert(QStringLiteral("location"), location.toJson());
    o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace nianbao
