#include "widgets/pages/SaveAsDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace nianbao {

QString SaveAsDialog::ask(QWidget *parent, const QString &title, const QString &reportPath,
                          const QString &name, const QString &filters)
{
    const QString folder = reportPath.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(reportPath).absolutePath();
    QString selected;
    QString path
        = QFileDialog::getSaveFileName(parent, title, folder + QLatin1Char('/') + name, filters, &selected);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + selected.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0);
    return path;
}

} // namespace nianbao
