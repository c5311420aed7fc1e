#pragma once

#include <QCoreApplication>
#include <QObject>

class QAction;

namespace nianbao {

class GridView;

/// What a spreadsheet user finds on a cell's context menu, with its keys: cut, copy, paste,
/// clear, fill down (Ctrl+D, as in Excel and WPS) and fill blanks with 0. The actions are the
/// grid's own (their keys work while it has the focus); each change is one undo step.
class GridActions : public QObject
{
    Q_OBJECT
public:
    explicit GridActions(GridView *grid);

    /// Copies the selection and clears it (one undo step, "Cut").
    void cut();
    /// Each selected column takes the value of its top selected cell; with one row selected,
    /// of the cell above it (Excel's Ctrl+D). Computed totals and labels are left alone.
    void fillDown();

private:
    QAction *add(const QString &text, const QString &objectName, const QKeySequence &keys,
                 void (GridActions::*slot)());
    void copy();
    void paste();
    void clear();
    void fillBlanks();

    GridView *m_grid;
};

} // namespace nianbao
