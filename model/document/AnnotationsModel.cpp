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

Location AnnotationsModel::locationOf(const AnnotationTarget &t)
{
    switch (t.kind) {
    case AnnotationTarget::Kind::Cell:
        return Location::ofCell(t.cell);
    case AnnotationTarget::Kind::Section:
    case AnnotationTarget::Kind::Paragraph:
        return Location::ofSection(t.section.value_or(SectionId::Overview),
                                   t.orphaned ? QString() : t.anchor);
    case AnnotationTarget::Kind::Field:
        if (t.field == u"signatureOrganization")
            return Location::ofField(QStringLiteral("signature.organization"));
        if (t.field == u"signatureDate")
            return Location::ofField(QStringLiteral("signature.date"));
        return Location::ofField(t.field);
    case AnnotationTarget::Kind::Report:
        break;
    }
    return Location::ofField(QStringLiteral("title"));
}

QString AnnotationsModel::describe(const AnnotationTarget &t)
{
    switch (t.kind) {
    case AnnotationTarget::Kind::Report:
        return tr("Whole report");
    case AnnotationTarget::Kind::Cell: {
        const TableSpec &spec = ReportTemplate::official().table(t.cell.table);
        const QString table = tr("Table %1").arg(ChineseNumerals::sectionNumber(int(spec.section) + 1));
        return QStringLiteral("%1 · %2 · %3")
            .arg(table, spec.rows.value(t.cell.row).label, spec.columns.value(t.cell.column).label);
    }
    case AnnotationTarget::Kind::Section:
        return t.section ? ReportTemplate::sectionHeading(*t.section) : tr("Preamble");
    case AnnotationTarget::Kind::Paragraph: {
        QString place = t.section ? ReportTemplate::sectionHeading(*t.section) : tr("Preamble");
        if (t.subsection >= 0)
            place += QLatin1Char(' ') + ChineseNumerals::subsectionNumber(t.subsection);
        place += QLatin1Char(' ') + tr("paragraph %1").arg(t.paragraph + 1);
        if (t.orphaned)
            place = tr("%1 (deleted)").arg(place);
        return place;
    }
    case AnnotationTarget::Kind::Field: {
        static const QStringList keys = AnnotationTarget::fieldKeys();
        const QStringList names { tr("Agency"), tr("Year"), tr("Title"), tr("Signature"), tr("Date") };
        const int i = int(keys.indexOf(t.field));
        return i >= 0 ? names[i] : t.field;
    }
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
