// `partnership count`: recounts a BLT ballot file offline, with the counting code the server
// uses (elections/), so anyone can check a published result without a server or a token.
#ifndef PARTNERSHIP_CLIENT_COUNT_COMMAND_H_
#define PARTNERSHIP_CLIENT_COUNT_COMMAND_H_

#include <string>

#include "elections/count_result.h"

namespace CLI {
class App;
}  // namespace CLI

namespace partnership::cli {

class CliContext;

// Adds `count --method plurality|irv|scottish-stv [--seats N] --blt FILE` to `app` and
// returns it. The command needs no server: RunCli() skips the global options' connection
// set-up when it was chosen (a broken $PARTNERSHIP_TOKEN_FILE must not stop a recount).
// Bad input is a UsageError (exit 2): an unknown method, an unreadable file, a malformed BLT
// file (the message names the file and the line), --seats that differs from the file's seat
// count (the message names both), or more than one seat for irv.
CLI::App* AddCountCommand(CLI::App& app, CliContext& ctx);

// The human report (the JSON document is elections::CountJson): the title and method, valid votes and quota, the elected candidates in
// order, then a table per stage (each candidate's transfer, votes and state; non-transferable
// votes; votes lost to rounding) followed by that stage's notes.
std::string CountReport(const elections::CountResult& result);


}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_COUNT_COMMAND_H_
