#pragma once

#include <QObject>
#include <QVector>

#include <functional>

class QLineEdit;
class QMainWindow;
class QMenu;
class QToolBar;

namespace nianbao {

class FileActions;
class ReportDocument;

/// What the View menu and the toolbar add to the window: a toolbar (new, open, save, undo,
/// redo, export, print, check) with the desktop theme's icons; the docks, reopenable; Find
/// (Ctrl+F) through the prose and the table labels, page by page; zoom (Ctrl + / − / 0) for
/// the grids and the prose.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    /// The report's pages as the window shows them (报告信息 first, then 一 … 六) and how to
    /// bring one to the front.
    struct Pages
    {
        QVector<QWidget *> pages;
        std::function<void(int)> show;
    };
    ViewActions(QMainWindow *window, const Pages &pages, ReportDocument *document, FileActions *files,
                QMenu *view, QMenu *edit);

    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *findField() const { return m_find; }
    /// Finds the next place after the current one whose text contains `text`; false if none.
    bool findNext(const QString &text);
    /// Zoom in steps of one point (0: the default size).
    void zoom(int steps);
    int zoomSteps() const { return m_zoom; }

private:
    QMainWindow *m_window;
    Pages m_pages;
    ReportDocument *m_document;
    QToolBar *m_toolBar;
    QToolBar *m_findBar;
    QLineEdit *m_find;
    int m_zoom = 0;
    int m_baseSize = 0;
};

} // namespace nianbao
