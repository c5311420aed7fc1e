#include "widgets/desk/ReviewDesk.h"

#include "core/ReportLimits.h"
#include "document/ReportFolderModel.h"
#include "io/FormatRegistry.h"
#include "io/SafeWriter.h"
#include "rules/ReportSum.h"
#include "widgets/desk/DeskChartsDialog.h"
#include "widgets/desk/ExportAllDialog.h"
#include "widgets/desk/SumDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace nianbao {

ReviewDesk::ReviewDesk(const QString &folder, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ReportFolderModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reviewDesk"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Review desk — %1").arg(QDir::toNativeSeparators(folder)));
    m_view->setObjectName(QStringLiteral("deskView"));
    m_search->setObjectName(QStringLiteral("deskSearch"));
    m_search->setPlaceholderText(tr("Search agency or file"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportFolderModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Counts and dates sort most first on the first click, as a reviewer looks for the
    // reports with the most errors; names sort A to Z.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                const bool most = column == ReportFolderModel::ErrorsColumn
                    || column == ReportFolderModel::WarningsColumn
                    || column == ReportFolderModel::CommentsColumn
                    || column == ReportFolderModel::ModifiedColumn;
                if (most && column != m_sortColumn && order == Qt::AscendingOrder) {
                    m_sortColumn = column;
                    m_view->sortByColumn(column, Qt::DescendingOrder);
                    return;
                }
                m_sortColumn = column;
            });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ReportFolderModel::AgencyColumn, QHeaderView::Stretch);
    setCentralWidget(m_view);

    QToolBar *bar = addToolBar(tr("Desk"));
    bar->setObjectName(QStringLiteral("deskToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("Check All"), this, &ReviewDesk::checkAll)
        ->setObjectName(QStringLiteral("checkAllAction"));
    bar->addAction(tr("Export All…"), this, &ReviewDesk::exportAllDialog)
        ->setObjectName(QStringLiteral("exportAllAction"));
    bar->addAction(tr("Export Table…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the table"),
                                                          QDir(m_model->folder()).filePath(tr("reports.csv")),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportTable(path))
            QMessageBox::warning(this, tr("Export the table"), tr("%1 could not be written.").arg(path));
    });
    bar->addAction(tr("Sum into a New Report"), this, &ReviewDesk::sumIntoNewReport);
    bar->addAction(tr("Charts…"), this, &ReviewDesk::showCharts)
        ->setObjectName(QStringLiteral("deskChartsAction"));
    bar->addSeparator();
    bar->addWidget(m_search);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { statusBar()->showMessage(tr("%n report(s)", nullptr, m_model->rowCount())); });
    m_model->setFolder(folder);
    m_view->sortByColumn(ReportFolderModel::FileColumn, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    resize(1100, 640);
}

void ReviewDesk::checkAll()
{
    m_model->recheckAll();
    // What the check found, said where it stays until the next one (the list alone changes
    // too little to see that anything happened).
    int reports = 0, withErrors = 0, errors = 0, warnings = 0, unreadable = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!m_model->reportAt(r)) {
            ++unreadable;
            continue;
        }
        ++reports;
        const int e = m_model->index(r, ReportFolderModel::ErrorsColumn).data().toInt();
        withErrors += e > 0;
        errors += e;
        warnings += m_model->index(r, ReportFolderModel::WarningsColumn).data().toInt();
    }
    QString summary = tr("Checked %n report(s): ", nullptr, reports)
        + tr("%n with errors", nullptr, withErrors) + QStringLiteral("; ")
        + tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
    if (unreadable > 0)
        summary += QStringLiteral("; ") + tr("%n file(s) could not be read", nullptr, unreadable);
    statusBar()->showMessage(summary);
    // The reports to look at first.
    m_view->sortByColumn(ReportFolderModel::ErrorsColumn, Qt::DescendingOrder);
}

void ReviewDesk::openRow(int viewRow)
{
    const QString path = m_proxy->index(viewRow, 0).data(ReportFolderModel::PathRole).toString();
    if (path.isEmpty())
        return;
    emit reportOpenRequested(path);
}

int ReviewDesk::exportAll(const QString &folder, const QString &format)
{
    const ReportFormat *output = FormatRegistry::instance().formatById(format);
    if (!output || !QDir().mkpath(folder))
        return 0;
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, m_model->rowCount(), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The rows as they are now: what is exported is what the table showed, and the copies
    // written into a watched folder must not become rows to export in turn.
    m_model->pauseWatching();
    const auto resume = qScopeGuard([this] { m_model->resumeWatching(); });
    int written = 0;
    QStringList failed;
    QSet<QString> outputs;
    QSet<QString> reports;
    for (int row = 0; row < m_model->rowCount(); ++row)
        reports.insert(QFileInfo(m_model->pathAt(row)).absoluteFilePath());
    for (int row = 0; row < m_model->rowCount() && !progress.wasCanceled(); ++row) {
        progress.setValue(row);
        QApplication::processEvents();
        const Report *report = m_model->reportAt(row);
        if (!report)
            continue;
        const QFileInfo source(m_model->pathAt(row));
        const QString suffix = output->extensions().first();
        QString path = QDir(folder).filePath(source.completeBaseName() + QLatin1Char('.') + suffix);
        // Exporting into the reports' own folder must not replace a report (its comments and
        // review would be gone), and 2024.docx and 2024.pdf must not both become 2024.pdf:
        // such a copy gets a number.
        for (int n = 2; outputs.contains(path) || reports.contains(QFileInfo(path).absoluteFilePath()); ++n)
            path = QDir(folder).filePath(
                QStringLiteral("%1 (%2).%3").arg(source.completeBaseName()).arg(n).arg(suffix));
        outputs.insert(path);
        FormatError error;
        if (FormatRegistry::instance().writeFile(*report, path, error)) // publication copies
            ++written;
        else
            failed << error.message();
    }
    progress.setValue(m_model->rowCount());
    statusBar()->showMessage(tr("%n report(s) exported", nullptr, written), 8000);
    if (!failed.isEmpty() && isVisible())
        QMessageBox::warning(this, tr("Export all"), failed.join(QLatin1Char('\n')));
    return written;
}

void ReviewDesk::exportAllDialog()
{
    // A dialog with the format as a choice and Cancel: Esc on the old yes/no question
    // meant "no", which exported Word documents.
    ExportAllDialog dialog(m_model->folder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    const int written = exportAll(dialog.folder(), dialog.formatId());
    // What was written, where, at the end.
    QMessageBox done(
        QMessageBox::Information, tr("Export all"),
        tr("%n report(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(dialog.folder())),
        QMessageBox::Ok, this);
    done.setObjectName(QStringLiteral("exportAllDone"));
    done.exec();
}

bool ReviewDesk::exportTable(const QString &path)
{
    FormatError error;
    return SafeWriter::write(path, m_model->toCsv(), error);
}

QVector<ReportSum::Part> ReviewDesk::readableParts() const
{
    QVector<ReportSum::Part> parts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const Report *r = m_model->reportAt(row))
            parts.append({ QFileInfo(m_model->pathAt(row)).fileName(), *r });
    }
    return parts;
}

void ReviewDesk::showCharts()
{
    const QVector<ReportSum::Part> parts = readableParts();
    if (parts.isEmpty()) {
        QMessageBox::information(this, tr("Charts…"), tr("The folder has no report that could be read."));
        return;
    }
    DeskChartsDialog dialog(parts, this);
    dialog.exec();
}

void ReviewDesk::sumIntoNewReport()
{
    QVector<ReportSum::Part> parts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const Report *r = m_model->reportAt(row))
            parts.append({ QFileInfo(m_model->pathAt(row)).fileName(), *r });
    }
    // The reports to be added, shown first: a duplicated agency or a mixed year stops the
    // sum until one is left out (a sum with one agency twice counts it twice).
    SumDialog dialog(parts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Findings findings;
    QVector<ReportSum::Blank> blanks;
    const Report summary = ReportSum::sum(dialog.chosen(), QString(), findings, blanks);
    FormatError tooLarge;
    if (!ReportLimits::check(summary, tooLarge)) {
        QMessageBox::warning(this, tr("Sum"), tr("The sum cannot be made: %1").arg(tooLarge.message()));
        return;
    }
    QStringList notes;
    for (const Finding &f : findings)
        notes << f.message;
    if (!blanks.isEmpty())
        notes << tr("%n blank cell(s) counted as 0.", nullptr, int(blanks.size()));
    emit summaryReady(summary, notes.join(QStringLiteral(" ")));
}

} // namespace nianbao
