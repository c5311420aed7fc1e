#pragma once

namespace nianbao {

/// Is this invocation for the command line (a subcommand, --help, --version), which must
/// work without a display?
bool isCommandLineInvocation(int argc, char **argv);
/// Runs `nianbao convert|check|--help|--version` and returns the exit status.
int runCommandLine(int argc, char **argv);

} // namespace nianbao
