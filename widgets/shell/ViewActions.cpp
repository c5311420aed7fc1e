#include "widgets/shell/ViewActions.h"

#include "document/ReportDocument.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/ProseEditor.h"
#include "widgets/pages/ReportInfoPage.h"
#include "widgets/pages/SectionPage.h"
#include "widgets/shell/FileActions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolBar>
#include <QUndoStack>

namespace nianbao {

namespace {

// The theme's icon (freedesktop names, which Qt maps on every platform it can), with the
// style's own as the fallback.
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

ViewActions::ViewActions(QMainWindow *window, const Pages &pages, ReportDocument *document,
                         FileActions *files, QMenu *view, QMenu *edit)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_document(document)
    , m_toolBar(window->addToolBar(tr("Toolbar")))
    , m_findBar(new QToolBar(tr("Find"), window))
    , m_find(new QLineEdit(window))
{
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    // Words beside the icons: the theme may not have an icon for export or check, and the
    // people using this open it once a year.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [this](QAction *action, const char *icon, QStyle::StandardPixmap fallback,
                      const QString &shortText) {
        if (!action)
            return;
        action->setIcon(themed(icon, fallback));
        action->setIconText(shortText); // the menu's "新建报告(&N)…" would show as "新建报告(N)…"
        m_toolBar->addAction(action);
    };
    add(files->action(QStringLiteral("new")), "document-new", QStyle::SP_FileIcon, tr("New"));
    add(files->action(QStringLiteral("open")), "document-open", QStyle::SP_DialogOpenButton, tr("Open"));
    add(files->action(QStringLiteral("save")), "document-save", QStyle::SP_DialogSaveButton, tr("Save"));
    m_toolBar->addSeparator();
    for (QAction *a : edit->actions()) {
        if (a->objectName() == u"undoAction")
            add(a, "edit-undo", QStyle::SP_ArrowBack, tr("Undo"));
        else if (a->objectName() == u"redoAction")
            add(a, "edit-redo", QStyle::SP_ArrowForward, tr("Redo"));
    }
    m_toolBar->addSeparator();
    add(files->action(QStringLiteral("export")), "document-export", QStyle::SP_DriveFDIcon, tr("Export"));
    add(files->action(QStringLiteral("print")), "document-print", QStyle::SP_ComputerIcon, tr("Print"));
    QAction *check = new QAction(tr("Check"), this);
    check->setObjectName(QStringLiteral("checkAction"));
    check->setToolTip(tr("Show the findings of every consistency rule"));
    connect(check, &QAction::triggered, window, [window] {
        if (auto *findings = window->findChild<FindingsDock *>()) {
            findings->show();
            findings->raise();
        }
    });
    add(check, "tools-check-spelling", QStyle::SP_DialogApplyButton, tr("Check"));

    // View: the toolbar and every dock can be hidden and brought back.
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    // Find: a bar that appears with Ctrl+F; Enter goes to the next place.
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find in the report (Enter: next)"));
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->addWidget(m_find);
    window->addToolBar(Qt::BottomToolBarArea, m_findBar);
    m_findBar->hide();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_findBar->show();
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!findNext(m_find->text()))
            m_window->statusBar()->showMessage(tr("“%1” is not in the report.").arg(m_find->text()), 5000);
    });

    view->addSeparator();
    QAction *in = view->addAction(tr("Zoom &In"), this, [this] { zoom(m_zoom + 1); });
    in->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    QAction *out = view->addAction(tr("Zoom &Out"), this, [this] { zoom(m_zoom - 1); });
    out->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { zoom(0); });
    m_baseSize = QApplication::font().pointSize();
}

bool ViewActions::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    // Pages in order from the one shown (报告信息 is 0), wrapping round once.
    const int pages = int(m_pages.pages.size());
    int start = 0;
    for (int p = 1; p < pages; ++p) {
        if (m_pages.pages[p]->isVisible())
            start = p;
    }
    for (int k = 0; k <= pages; ++k) {
        const int page = (start + k) % pages;
        QWidget *root = m_pages.pages[page];
        // The prose first: continue after the cursor on the page shown.
        for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>()) {
            if (!qobject_cast<ProseEditor *>(edit->parentWidget()))
                continue;
            QTextCursor from = k == 0 ? edit->textCursor() : QTextCursor(edit->document());
            const QTextCursor hit = edit->document()->find(text, from);
            if (!hit.isNull()) {
                m_pages.show(page);
                edit->setTextCursor(hit);
                edit->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
        // Then the labels of the table.
        for (GridView *grid : root->findChildren<GridView *>()) {
            ReportTableModel *model = grid->tableModel();
            const QModelIndex current = grid->currentIndex();
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    if (k == 0 && current.isValid()
                        && (r < current.row() || (r == current.row() && c <= current.column())))
                        continue;
                    if (model->cellAt(r, c) && i.data().toString().contains(text)) {
                        m_pages.show(page);
                        grid->setCurrentIndex(i);
                        grid->scrollTo(i);
                        grid->setFocus(Qt::OtherFocusReason);
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

void ViewActions::zoom(int steps)
{
    m_zoom = qBound(-4, steps, 12);
    QFont font = QApplication::font();
    font.setPointSize(qMax(6, m_baseSize + m_zoom));
    for (GridView *grid : m_window->findChildren<GridView *>()) {
        grid->setFont(font);
        grid->resizeRowsToContents();
        grid->resizeColumnsToContents();
    }
    for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>()) {
        if (qobject_cast<ProseEditor *>(edit->parentWidget()))
            edit->setFont(font);
    }
    m_window->statusBar()->showMessage(tr("Zoom: %1 pt").arg(font.pointSize()), 2000);
}

} // namespace nianbao
