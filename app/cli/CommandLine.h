#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace nianbao {

/// `nianbao SUBCOMMAND ...`: finds the command by name and runs it. Subcommands never need a
/// display, so they run before any GUI object exists.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandLine)

public:
    /// Is this invocation for the command line (a subcommand, --help, --version)?
    static bool isCommandLineInvocation(int argc, char **argv);
    /// Runs it and returns the exit status.
    static int run(int argc, char **argv);

private:
    /// A first word that is no command, no option, no existing file or folder and no report's
    /// name: a mistyped command (`nianbao frobnicate`), refused with the list of commands.
    static bool isUnknownCommand(const char *first);
    static std::vector<std::unique_ptr<Command>> commands();
    static QString usage(const std::vector<std::unique_ptr<Command>> &commands);
};

} // namespace nianbao
