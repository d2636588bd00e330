// The `partnership` command line as a function, so tests can run it without a process.
#ifndef PARTNERSHIP_CLIENT_CLI_H_
#define PARTNERSHIP_CLIENT_CLI_H_

#include <ostream>

namespace partnership::cli {

// Parses `argv` (argv[0] is the program name), runs the command, writes data to `out` and
// messages to `err`, and returns the process exit code (see ExitCode in client/exit_codes.h).
// Usage errors are reported before anything is sent to the server.
int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_CLI_H_
