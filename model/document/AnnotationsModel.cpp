#include "document/AnnotationsModel.h"

#include "base/ChineseNumerals.h"
#include "document/ReportDocument.h"

#include <QLocale>

#include <algorithm>

namespace nianbao {

AnnotationsModel::AnnotationsModel(ReportDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // Places change with the prose (a paragraph moves, or is deleted: orphaned).
    for (auto signal : { &ReportDocument::annotationsChanged, &ReportDocument::reportReset,
                         &ReportDocument::textChanged, &ReportDocument::structureChanged })
        connect(document, signal, this, &AnnotationsModel::refresh);
    refresh();
}

void AnnotationsModel::refresh()
{
    beginResetModel();
    m_annotations = m_document ? AnnotationAnchors::current(m_document->report()) : Annotations();
    endResetModel();
}

const Annotation *AnnotationsModel::annotationAt(int row) const
{
    return row >= 0 && row < m_annotations.size() ? &m_annotations[row] : nullptr;
}

int AnnotationsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations[i].id == id)
            return i;
    }
    return -1;
}

int AnnotationsModel::openCount() const
{
    return int(std::count_if(m_annotations.cbegin(), m_annotations.cend(),
                             [](const Annotation &a) { return !a.resolved; }));
}

QString AnnotationsModel::describe(const ReportPlace &t)
{
    switch (t.kind) {
    case ReportPlace::Kind::Report:
        return tr("Whole report");
    case ReportPlace::Kind::Cell: {
        const TableSpec &spec = ReportTemplate::official().table(t.cell.table);
        const QString table = tr("Table %1").arg(ChineseNumerals::sectionNumber(int(spec.section) + 1));
        return QStringLiteral("%1 · %2 · %3")
            .arg(table, spec.rows.value(t.cell.row).label, spec.columns.value(t.cell.column).label);
    }
    case ReportPlace::Kind::Section:
    case ReportPlace::Kind::SubsectionHeading:
        return t.section ? ReportTemplate::sectionHeading(*t.section) : tr("Preamble");
    case ReportPlace::Kind::Paragraph: {
        QString place = t.section ? ReportTemplate::sectionHeading(*t.section) : tr("Preamble");
        if (t.subsection >= 0)
            place += QLatin1Char(' ') + ChineseNumerals::subsectionNumber(t.subsection);
        place += QLatin1Char(' ') + tr("paragraph %1").arg(t.paragraph + 1);
        if (t.orphaned)
            place = tr("%1 (deleted)").arg(place);
        return place;
    }
    case ReportPlace::Kind::Table:
        return tr("Table %1")
            .arg(ChineseNumerals::sectionNumber(int(ReportTemplate::official().table(t.cell.table).section)
                                                + 1));
    case ReportPlace::Kind::Field:
        switch (t.field) {
        case ReportField::Agency:
            return tr("Agency");
        case ReportField::Year:
            return tr("Year");
        case ReportField::Title:
            return tr("Title");
        case ReportField::SignatureOrganization:
            return tr("Signature");
        case ReportField::SignatureDate:
            return tr("Date");
        case ReportField::BodyKind:
        case ReportField::Review:
        case ReportField::PreviousYear:
            break;
        }
        return ReportFields::key(t.field);
    }
    return QString();
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    const Annotation *a = annotationAt(index.row());
    if (!a)
        return {};
    switch (role) {
    case IdRole:
        return a->id;
    case ResolvedRole:
        return a->resolved;
    case AuthorRole:
        return a->author;
    case OrphanedRole:
        return a->target.orphaned;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StatusColumn:
        return a->resolved ? tr("Resolved") : tr("Open");
    case PlaceColumn:
        if (role == Qt::ToolTipRole && !a->target.quote.isEmpty())
            return tr("“%1”").arg(a->target.quote);
        return describe(a->target);
    case AuthorColumn:
        return a->author;
    case TimeColumn:
        return QLocale().toString(a->created.toLocalTime(), QLocale::ShortFormat);
    case TextColumn: {
        QString text = a->text;
        for (const AnnotationReply &r : a->replies)
            text += QStringLiteral("\n↳ %1：%2").arg(r.author, r.text);
        return text;
    }
    }
    return {};
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case PlaceColumn:
        return tr("Place");
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Time");
    case TextColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace nianbao
