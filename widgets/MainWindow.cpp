#include "MainWindow.h"

#include "FormatRegistry.h"
#include "ReportDocument.h"

#include <QMessageBox>

namespace nianbao {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReportDocument(this))
{
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    Report report;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, report, error)) {
        QMessageBox::warning(this, tr("Cannot open report"), error.message());
        return false;
    }
    m_document->load(report, path);
    return true;
}

bool MainWindow::saveScreenshots(const QString &)
{
    return false;
}

} // namespace nianbao
