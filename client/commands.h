// The nouns of `partnership NOUN VERB`. Each Add*Commands() adds one noun and its verbs to
// `app`; the verbs check their arguments, then hand their work to ctx.SetAction(), so nothing
// is sent to the server until the whole command line has parsed. `ctx` must outlive `app`.
#ifndef PARTNERSHIP_CLIENT_COMMANDS_H_
#define PARTNERSHIP_CLIENT_COMMANDS_H_

#include <string>

#include "client/cli_context.h"

namespace CLI {
class App;
}  // namespace CLI

namespace google::protobuf {
class Timestamp;
}  // namespace google::protobuf

namespace partnership::cli {

void AddSchoolsCommands(CLI::App& app, CliContext& ctx);  // client/schools_commands.cc
void AddPeopleCommands(CLI::App& app, CliContext& ctx);   // client/people_commands.cc
void AddAdminCommands(CLI::App& app, CliContext& ctx);    // client/admin_commands.cc
void AddAuditCommands(CLI::App& app, CliContext& ctx);    // client/audit_commands.cc
void AddDemoCommands(CLI::App& app, CliContext& ctx);     // client/demo_commands.cc
void AddMembershipCommands(CLI::App& app, CliContext& ctx);  // client/membership_commands.cc

// Adds `texts ...` and `banding ...` to the `membership` noun
// (client/membership_terms_commands.cc).
void AddMembershipTermsCommands(CLI::App& membership, CliContext& ctx);

void AddReviewsCommands(CLI::App& app, CliContext& ctx);  // client/reviews_commands.cc

void AddElectionsCommands(CLI::App& app, CliContext& ctx);  // client/election_commands.cc
void AddBoardCommands(CLI::App& app, CliContext& ctx);      // client/board_commands.cc
// Adds `seats ...` to the `board` noun (client/board_seat_commands.cc).
void AddBoardSeatCommands(CLI::App& board, CliContext& ctx);
void AddMeetingsCommands(CLI::App& app, CliContext& ctx);   // client/meeting_commands.cc

// Adds `cycle create|update|show|list` to the `reviews` noun
// (client/review_cycle_commands.cc).
void AddReviewCycleCommands(CLI::App& reviews, CliContext& ctx);

// Adds `conflict ...` to the `reviews` noun (client/conflict_commands.cc).
void AddConflictCommands(CLI::App& reviews, CliContext& ctx);

// Adds `admin token ...` to the `admin` noun (client/token_commands.cc).
void AddTokenCommands(CLI::App& admin, CliContext& ctx);

// "2026-11-22 06:39:12Z" (UTC), or "" when unset: tables show times to the second.
std::string FormatTimestamp(const google::protobuf::Timestamp& time);

// Each noun's --help ends with this, since CLI11 lists only the parent's options there.
inline constexpr char kGlobalOptionsFooter[] =
    "Global options --server, --token-file, --tls-ca, --timeout and --json may be given "
    "anywhere; see `partnership --help` for them and the exit codes.";

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_COMMANDS_H_
