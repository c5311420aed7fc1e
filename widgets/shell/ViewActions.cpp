#include "widgets/shell/ViewActions.h"

#include "document/ReportDocument.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/ProseEditor.h"
#include "widgets/pages/ReportInfoPage.h"
#include "widgets/pages/SectionPage.h"
#include "widgets/shell/FileActions.h"
#include "widgets/shell/FindBar.h"

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

ViewActions::ViewActions(QMainWindow *window, const ShowHit &showHit, ReportDocument *document,
                         FileActions *files, QMenu *view, QMenu *edit)
    : QObject(window)
    , m_window(window)
    , m_showHit(showHit)
    , m_document(document)
    , m_toolBar(window->addToolBar(tr("Toolbar")))
    , m_find(new FindBar(document, window))
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

    // Find (Ctrl+F) and Replace (Ctrl+H): a bar under the pages (FindBar, placed by the
    // window); F3 and Shift+F3 go on from anywhere in the window.
    connect(m_find, &FindBar::hitRequested, this, [this](const ReportSearch::Hit &hit) { m_showHit(hit); });
    QAction *find = edit->addAction(tr("&Find…"), this, [this] { m_find->open(false); });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *replace = edit->addAction(tr("R&eplace…"), this, [this] { m_find->open(true); });
    replace->setObjectName(QStringLiteral("replaceAction"));
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *next = edit->addAction(tr("Find &Next"), this, [this] {
        if (m_find->findField()->text().isEmpty())
            m_find->open(false);
        else
            m_find->next();
    });
    next->setObjectName(QStringLiteral("findNextAction"));
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(tr("Find Pre&vious"), this, [this] { m_find->previous(); });
    previous->setObjectName(QStringLiteral("findPreviousAction"));
    previous->setShortcut(QKeySequence::FindPrevious);

    view->addSeparator();
    QAction *in = view->addAction(tr("Zoom &In"), this, [this] { zoom(m_zoom + 1); });
    in->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    QAction *out = view->addAction(tr("Zoom &Out"), this, [this] { zoom(m_zoom - 1); });
    out->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { zoom(0); });
    m_baseSize = QApplication::font().pointSize();
}

void ViewActions::zoom(int steps)
{
    m_zoom = qBound(-4, steps, 12);
    QFont font = QApplication::font();
    font.setPointSize(qMax(6, m_baseSize + m_zoom));
    // Each grid fits its columns and rows to its new font (GridView::changeEvent).
    for (GridView *grid : m_window->findChildren<GridView *>())
        grid->setFont(font);
    for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>()) {
        if (qobject_cast<ProseEditor *>(edit->parentWidget()))
            edit->setFont(font);
    }
    m_window->statusBar()->showMessage(tr("Zoom: %1 pt").arg(font.pointSize()), 2000);
}

} // namespace nianbao
