// Shared by the `elections` verbs (election_commands.cc) and its voting verbs
// (ballot_commands.cc).
#ifndef PARTNERSHIP_CLIENT_ELECTION_COMMANDS_H_
#define PARTNERSHIP_CLIENT_ELECTION_COMMANDS_H_

#include <string>

#include "absl/status/statusor.h"
#include "client/cli_context.h"
#include "partnership/v1/elections.grpc.pb.h"

namespace CLI {
class App;
}  // namespace CLI

namespace partnership::cli {

// Adds `vote`, `turnout` and `results` to the `elections` noun.
void AddBallotCommands(CLI::App& elections, CliContext& ctx);

// "plurality", "irv", "scottish-stv" (as `partnership count --method` takes them).
std::string MethodName(v1::CountMethod method);
// "draft", "voting", ...
std::string ElectionStatusName(v1::ElectionStatus status);
// The election id argument. UsageError unless a positive number.
absl::StatusOr<std::string> ParseElectionId(const std::string& text);
// The election's fields, one per line, then its candidates as a table.
void PrintElection(CliContext& ctx, const v1::Election& election);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_ELECTION_COMMANDS_H_
