#pragma once

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace nianbao {

class ReportFolderModel;

/// 审阅台: a folder of reports on one table (agency, year, review state, errors, warnings,
/// open comments, modified), sortable and searchable, kept current as files change. Double
/// click opens a report in the editor; from here: check all again, export all (PDF or DOCX)
/// with a progress dialog that can be cancelled, the table as CSV, and 汇总 (the summary
/// report) into a new editor window.
class ReviewDesk : public QMainWindow
{
    Q_OBJECT
public:
    explicit ReviewDesk(const QString &folder, QWidget *parent = nullptr);

    ReportFolderModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Exports every readable report as `format` ("pdf", "docx") into `folder`; returns how many
    /// were written (stops early when the progress dialog is cancelled).
    int exportAll(const QString &folder, const QString &format);
    /// Writes the table as CSV.
    bool exportTable(const QString &path);
    /// Opens the report of a row of the view in an editor window.
    void openRow(int viewRow);
    /// Opens a new editor window on the summary of every readable report.
    void sumIntoNewReport();

private:
    ReportFolderModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
};

} // namespace nianbao
