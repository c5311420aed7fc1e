#pragma once

#include "rules/ReportSum.h"

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace nianbao {

class Report;
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
    /// 全部导出: asks for the format and folder (Cancel and Esc export nothing), exports, and
    /// says what was written.
    void exportAllDialog();
    /// Writes the table as CSV.
    bool exportTable(const QString &path);
    /// Asks for the report of a row of the view in an editor window (reportOpenRequested).
    void openRow(int viewRow);
    /// 全部检查: reads and checks every report again and says what it found.
    void checkAll();
    /// Sums every readable report and asks for a new editor window on it (summaryReady).
    void sumIntoNewReport();
    /// 图表 over the folder's readable reports (DeskChartsDialog).
    void showCharts();

signals:
    /// The desk never makes editor windows itself: the application object does, for these.
    void reportOpenRequested(const QString &path);
    /// `notes`: what the sum says beside its figures (blank cells counted as 0, …).
    void summaryReady(const nianbao::Report &summary, const QString &notes);

private:
    QVector<ReportSum::Part> readableParts() const;
    ReportFolderModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    int m_sortColumn = -1; ///< the column sorted by, to tell a first click from a second
};

} // namespace nianbao
