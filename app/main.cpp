// Nianbao: the editor, or the command line when a subcommand is given. Subcommands never
// need a display, so they run before any GUI object exists.
#include "CommandLine.h"
#include "EditorApplication.h"

int main(int argc, char **argv)
{
    if (nianbao::isCommandLineInvocation(argc, argv))
        return nianbao::runCommandLine(argc, argv);
    return nianbao::EditorApplication::run(argc, argv);
}
