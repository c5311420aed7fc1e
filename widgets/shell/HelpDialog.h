#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace nianbao {

/// Help ▸ Manual and Help ▸ Keyboard Shortcuts: a page in a browser window. The manual is an
/// HTML page compiled into the program (resources/help/), in the interface's language. The
/// shortcuts are read from the window's own menus, so the page cannot fall out of step with
/// them, followed by the keys of the grids and the find bar, which have no menu entry.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    static void showManual(QWidget *parent);
    static void showShortcuts(QWidget *parent, const QMenuBar *menus);

    /// The shortcuts page's HTML, for the dialog and for tests.
    static QString shortcutsHtml(const QMenuBar *menus);

private:
    HelpDialog(const QString &title, const QString &objectName, QWidget *parent);
    QTextBrowser *m_browser;
};

} // namespace nianbao
