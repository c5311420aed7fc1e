// Nianbao: the editor, or the command line when a subcommand is given. Subcommands never
// need a display, so they run before any GUI object exists.
#include "cli/CommandLine.h"
#include "widgets/shell/EditorApplication.h"

int main(int argc, char **argv)
{
    if (nianbao::CommandLine::isCommandLineInvocation(argc, argv))
        return nianbao::CommandLine::run(argc, argv);
    return nianbao::EditorApplication::run(argc, argv);
}
