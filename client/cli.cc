#include "client/cli.h"

#include <map>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/time/time.h"
#include "client/cli_context.h"
#include "client/commands.h"
#include "client/count_command.h"
#include "client/schedule_command.h"
#include "client/exit_codes.h"
#include "google/protobuf/timestamp.pb.h"

namespace partnership::cli {
namespace {

// Says in --help what each flag takes ("--trained-on DATE") instead of CLI11's "TEXT":
// the values are all read as text and checked by client/arguments.h.
void NameValues(CLI::App* app) {
  static const auto* names = new std::map<std::string, std::string>{
      {"server", "ADDR"},     {"token-file", "FILE"}, {"tls-ca", "FILE"},
      {"timeout", "SECONDS"}, {"wait", "SECONDS"},    {"role", "ROLE"},
      {"school", "URN"},      {"person", "ID"},       {"given", "NAME"},
      {"family", "NAME"},     {"email", "ADDRESS"},   {"organisation", "NAME"},
      {"trained-on", "DATE"}, {"unavailable", "DATE[,DATE...]"},
      {"phase", "PHASE"},     {"group", "NAME"},      {"review-group", "NAME"},
      {"la", "CODE"},         {"limit", "N"},         {"trust", "NAME"},
      {"diocese", "NAME"},    {"label", "TEXT"},      {"out", "FILE"},
      {"seed", "N"},          {"record", "PREFIX"},
      {"method", "METHOD"},   {"seats", "N"},         {"blt", "FILE"},
      {"year", "YEAR"},       {"status", "STATUS"},   {"date", "DATE"},
      {"minute", "REF"},      {"head", "PERSON_ID"},  {"from", "DATE"},
      {"reason", "TEXT"},     {"on", "DATE"},         {"text-version", "N"},
      {"file", "FILE"},       {"la-contribution", "POUNDS"},
  };
  for (CLI::Option* option : app->get_options()) {
    if (option->get_lnames().empty()) {
      option->type_name("");  // a positional: its name already says what it is
      continue;
    }
    auto it = names->find(option->get_lnames().front());
    if (it != names->end()) option->type_name(it->second);
  }
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; })) NameValues(sub);
}

}  // namespace

std::string FormatTimestamp(const google::protobuf::Timestamp& time) {
  if (time.seconds() == 0 && time.nanos() == 0) return "";
  return absl::FormatTime("%Y-%m-%d %H:%M:%SZ", absl::FromUnixSeconds(time.seconds()),
                          absl::UTCTimeZone());
}

int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CliContext ctx(out, err);
  CLI::App app(
      "Runs the county schools partnership: the register of schools and people, access "
      "tokens, the audit trail.\nData goes to stdout (a table, or JSON with --json); "
      "messages and errors to stderr.",
      "partnership");
  // Lets the global options follow the noun and verb: subcommands hand options they do not
  // know to their parent. Must be set before the subcommands are added (they inherit it).
  app.fallthrough();
  app.require_subcommand(1);
  app.footer(ExitCodeHelp());
  ctx.AddGlobalOptions(app);

  AddSchoolsCommands(app, ctx);
  AddPeopleCommands(app, ctx);
  AddAdminCommands(app, ctx);
  AddAuditCommands(app, ctx);
  AddDemoCommands(app, ctx);
  AddMembershipCommands(app, ctx);
  AddReviewsCommands(app, ctx);
  AddElectionsCommands(app, ctx);
  AddBoardCommands(app, ctx);
  AddMeetingsCommands(app, ctx);
  CLI::App* count = AddCountCommand(app, ctx);
  CLI::App* schedule = AddScheduleCommand(app, ctx);
  NameValues(&app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      // --help and friends: CLI11 prints the help of the innermost command given.
      return app.exit(e, out, err);
    }
    err << "partnership: " << e.what() << "\nRun with --help for more information.\n";
    return kExitUsage;
  }
  if (!ctx.has_action()) {
    err << app.help();
    return kExitUsage;
  }
  // `count` and `schedule` work on files offline: no channel, and no token to read.
  const bool offline = count->parsed() || schedule->parsed();
  absl::Status status = offline ? absl::OkStatus() : ctx.Resolve();
  if (status.ok()) status = ctx.RunAction();
  out.flush();
  if (!status.ok()) err << ErrorLine(status) << "\n";
  return ExitCodeFor(status);
}

}  // namespace partnership::cli
