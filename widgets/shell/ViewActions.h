#pragma once

#include "core/ReportSearch.h"

#include <QObject>
#include <QVector>

#include <functional>

class QLineEdit;
class QMainWindow;
class QMenu;
class QToolBar;

namespace nianbao {

class FileActions;
class FindBar;
class ReportDocument;

/// What the View menu and the toolbar add to the window: a toolbar (new, open, save, undo,
/// redo, export, print, check) with the desktop theme's icons; the docks, reopenable; Find
/// (Ctrl+F) through the prose and the table labels, page by page; zoom (Ctrl + / − / 0) for
/// the grids and the prose.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    /// Shows a match of Find with its characters selected (the window's job).
    using ShowHit = std::function<void(const ReportSearch::Hit &)>;
    ViewActions(QMainWindow *window, const ShowHit &showHit, ReportDocument *document, FileActions *files,
                QMenu *view, QMenu *edit);

    QToolBar *toolBar() const { return m_toolBar; }
    FindBar *findBar() const { return m_find; }
    /// Zoom in steps of one point (0: the default size).
    void zoom(int steps);
    int zoomSteps() const { return m_zoom; }

private:
    QMainWindow *m_window;
    ShowHit m_showHit;
    ReportDocument *m_document;
    QToolBar *m_toolBar;
    FindBar *m_find;
    int m_zoom = 0;
    int m_baseSize = 0;
};

} // namespace nianbao
