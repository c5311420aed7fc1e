#pragma once

#include "core/Annotation.h"
#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace nianbao {

class ReportDocument;

/// The review comments of a document, one row each, for the 批注 dock: status, place, author,
/// time, text (with its replies). Views show it, filter it (StatusRole, AuthorRole) and jump
/// from it (a comment's target is the place to show).
class AnnotationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, PlaceColumn, TextColumn, AuthorColumn, TimeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ResolvedRole, AuthorRole, OrphanedRole };

    explicit AnnotationsModel(ReportDocument *document, QObject *parent = nullptr);

    /// The comment of a row (of this model), or nullptr.
    const Annotation *annotationAt(int row) const;
    int rowOf(const QString &id) const;
    int openCount() const;

    /// "表三 · 本年新收 · 自然人", "一、总体情况 第 2 段", "标题", in the user's language.
    static QString describe(const ReportPlace &target);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QPointer<ReportDocument> m_document;
    Annotations m_annotations; ///< with places as they are now (AnnotationAnchors::current)
};

} // namespace nianbao
