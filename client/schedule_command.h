// `partnership schedule`: the peer-review scheduler offline, on a problem file, with the same
// library the server uses (scheduler/), so a coordinator can solve, explain and compare
// without a server or a token.
#ifndef PARTNERSHIP_CLIENT_SCHEDULE_COMMAND_H_
#define PARTNERSHIP_CLIENT_SCHEDULE_COMMAND_H_

#include <string>

#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"

namespace CLI {
class App;
}  // namespace CLI

namespace partnership::cli {

class CliContext;

// Adds `schedule --problem FILE --out FILE [--explain] [--seed N] [--time-limit S]` to `app`
// and returns it. RunCli() skips the connection set-up when it was chosen. Writes the
// schedule JSON to --out (via FILE.tmp and a rename, never a partial file), a progress line
// per group on stderr, and a summary (cost, bound, gap, time) on stderr. Bad input is a
// UsageError (exit 2): an unreadable or malformed problem file (the message names the JSON
// path, e.g. schools[12].leaders[1].role), an unwritable --out, a bad --seed or --time-limit.
// A lock that cannot hold is exit 3 (INVALID_ARGUMENT) or 8 (FAILED_PRECONDITION) naming it.
CLI::App* AddScheduleCommand(CLI::App& app, CliContext& ctx);

// The --explain report: why each unreviewed school is unreviewed, and the cost term by term.
std::string ExplainSchedule(const scheduler::Problem& problem, const scheduler::Schedule& schedule);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_SCHEDULE_COMMAND_H_
