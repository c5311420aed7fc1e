#pragma once

#include "content/ReportDiff.h"
#include "rules/Finding.h"

#include <QDockWidget>

#include <functional>

class QLabel;
class QListWidget;

namespace nianbao {

class ReportDocument;
class ReportTableModel;

/// 与其他版本比较: what changed between another version of the report (a file: the one that
/// was submitted, last year's draft) and the document as it is now, kept up to date while
/// editing. Changed cells are tinted in the grids with the old value in their tooltip; the
/// list names every changed cell, field and paragraph and shows each one's place.
class ComparisonDock : public QDockWidget
{
    Q_OBJECT
public:
    /// `grids` gives the grid models to tint.
    ComparisonDock(ReportDocument *document, std::function<QVector<ReportTableModel *>()> grids,
                   QWidget *parent = nullptr);

    void compareWith(const Report &other, const QString &name);
    void stop();
    const ReportDiff &diff() const { return m_diff; }
    QListWidget *list() const { return m_list; }

signals:
    void locationRequested(const nianbao::ReportPlace &location);

private:
    void refresh();

    ReportDocument *m_document;
    std::function<QVector<ReportTableModel *>()> m_grids;
    QLabel *m_summary;
    QListWidget *m_list;
    std::optional<Report> m_other;
    QString m_name;
    ReportDiff m_diff;
};

} // namespace nianbao
