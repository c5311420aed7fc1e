#pragma once

#include <QCoreApplication>

namespace nianbao {

class MainWindow;
class Report;
class ReviewDesk;

/// Starts the editor: QApplication, translations, the main window with the files named on
/// the command line (or the recovery prompt, or an empty report). The one place that makes
/// windows: an editor window per report, the review desk and the windows it asks for.
class EditorApplication
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::EditorApplication)

public:
    static int run(int argc, char **argv);

    /// A new editor window, shown, deleted when closed; on `path` when one is given.
    static MainWindow *openEditor(const QString &path = QString());
    /// A new editor window on an unsaved report (a summary), `status` in its status bar.
    static MainWindow *openEditorOn(const Report &report, const QString &status = QString());
    /// The review desk on a folder, shown, deleted when closed, its reports opening in editor
    /// windows.
    static ReviewDesk *openDesk(const QString &folder);
    /// Makes the desk's reports and sums open in editor windows.
    static void connectDesk(ReviewDesk *desk);
};

} // namespace nianbao
