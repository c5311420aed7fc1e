#include "widgets/shell/FileDialogFit.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QTreeView>

namespace nianbao {

void FileDialogFit::install()
{
    static FileDialogFit *fit = nullptr;
    if (fit || !qApp)
        return;
    fit = new FileDialogFit(qApp);
    qApp->installEventFilter(fit);
}

bool FileDialogFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto *dialog = qobject_cast<QFileDialog *>(watched);
    if (!dialog)
        return false;
    const QFontMetrics metrics = dialog->fontMetrics();
    const QSize usable(metrics.averageCharWidth() * 110, metrics.height() * 30);
    dialog->resize(dialog->size().expandedTo(usable));
    // Qt's detail view: the name takes what is left, the others what their contents need,
    // also as the folder's rows arrive (QFileSystemModel fills it later).
    if (auto *details = dialog->findChild<QTreeView *>(QStringLiteral("treeView"))) {
        QHeaderView *header = details->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < header->count(); ++column)
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    return false;
}

} // namespace nianbao
