#pragma once

#include <QCoreApplication>
namespace nianbao {

/// Starts the editor: QApplication, translations, the main window with the files named on
/// the command line (or the recovery prompt, or an empty report).
class EditorApplication
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::EditorApplication)

public:
    static int run(int argc, char **argv);
};

} // namespace nianbao
