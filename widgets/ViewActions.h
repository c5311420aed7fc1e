#pragma once

#include <QObject>

class QLineEdit;
class QMenu;
class QToolBar;

namespace nianbao {

class FileActions;
class MainWindow;
class ReportDocument;

/// What the View menu and the toolbar add to the window: a toolbar (new, open, save, undo,
/// redo, export, print, check) with the desktop theme's icons; the docks, reopenable; Find
/// (Ctrl+F) through the prose and the table labels, page by page; zoom (Ctrl + / − / 0) for
/// the grids and the prose.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    ViewActions(MainWindow *window, ReportDocument *document, FileActions *files, QMenu *view, QMenu *edit);

    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *findField() const { return m_find; }
    /// Finds the next place after the current one whose text contains `text`; false if none.
    bool findNext(const QString &text);
    /// Zoom in steps of one point (0: the default size).
    void zoom(int steps);
    int zoomSteps() const { return m_zoom; }

private:
    MainWindow *m_window;
    ReportDocument *m_document;
    QToolBar *m_toolBar;
    QToolBar *m_findBar;
    QLineEdit *m_find;
    int m_zoom = 0;
    int m_baseSize = 0;
};

} // namespace nianbao
