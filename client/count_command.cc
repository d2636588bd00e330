#include "client/count_command.h"

#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "client/arguments.h"
#include "client/cli_context.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "elections/blt_file.h"
#include "elections/count_json.h"
#include "elections/instant_runoff.h"
#include "elections/plurality.h"
#include "elections/scottish_stv.h"

namespace partnership::cli {
namespace {

using elections::CandidateState;
using elections::CountResult;
using elections::Stage;
using elections::Votes;

struct CountArgs {
  std::string method, seats, blt;
};

std::string MethodName(const std::string& method) {
  if (method == "scottish-stv") return "Scottish STV (SSI 2007/42)";
  if (method == "irv") return "instant-runoff";
  return method;
}

// STV figures carry five decimal places; plurality and instant-runoff are whole votes.
std::string Figure(const CountResult& result, Votes votes) {
  return result.method == "scottish-stv" ? votes.ToString() : votes.ToShortString();
}

std::string Signed(const CountResult& result, Votes votes) {
  if (votes == Votes()) return "";
  return absl::StrCat(votes > Votes() ? "+" : "", Figure(result, votes));
}

absl::Status Count(CliContext& ctx, const CountArgs& args) {
  if (args.method != "plurality" && args.method != "irv" && args.method != "scottish-stv") {
    return UsageError(absl::StrCat("--method: \"", args.method,
                                   "\" is not one of plurality, irv, scottish-stv"));
  }
  ASSIGN_OR_RETURN(std::string text, ReadLocalFile("--blt", args.blt));
  absl::StatusOr<elections::Election> election = elections::ParseBlt(text);
  if (!election.ok()) {
    return UsageError(absl::StrCat("--blt: ", args.blt, ": ", election.status().message()));
  }
  if (!args.seats.empty()) {
    ASSIGN_OR_RETURN(int32_t seats, ParsePositiveInt("--seats", args.seats));
    if (seats != election->seats) {
      return UsageError(absl::StrCat("--seats: ", seats, " does not match the ", election->seats,
                                     election->seats == 1 ? " seat" : " seats", " in ",
                                     args.blt));
    }
  }
  absl::StatusOr<CountResult> result =
      args.method == "plurality" ? elections::CountPlurality(*election)
      : args.method == "irv"     ? elections::CountInstantRunoff(*election)
                                 : elections::CountScottishStv(*election);
  if (!result.ok()) {
    return UsageError(absl::StrCat("--method: ", result.status().message()));
  }
  ctx.out() << (ctx.json() ? elections::CountJson(*result) : CountReport(*result));
  return absl::OkStatus();
}

}  // namespace

std::string CountReport(const CountResult& result) {
  std::string out = absl::StrCat(result.title.empty() ? "(untitled)" : result.title, ": ",
                                 MethodName(result.method), ", ", result.seats,
                                 result.seats == 1 ? " seat\n" : " seats\n");
  absl::StrAppend(&out, "Valid votes: ", Figure(result, result.valid_votes));
  if (result.has_quota) absl::StrAppend(&out, "   Quota: ", Figure(result, result.quota));
  absl::StrAppend(&out, "\nElected, in order:\n");
  for (size_t i = 0; i < result.elected.size(); ++i) {
    absl::StrAppend(&out, "  ", i + 1, ". ", result.candidates[result.elected[i]], "\n");
  }
  if (result.elected.empty()) absl::StrAppend(&out, "  (none)\n");
  for (const std::string& note : result.notes) absl::StrAppend(&out, "Note: ", note, "\n");
  if (result.decided_by_lot) {
    absl::StrAppend(&out, "Note: at least one tie was decided by lot (seed ",
                    absl::StrFormat("%016x", result.lot_seed), "); see the stage notes\n");
  }
  for (const Stage& stage : result.stages) {
    absl::StrAppend(&out, "\nStage ", stage.number, ": ", stage.description, "\n");
    Table table({"CANDIDATE", "TRANSFER", "VOTES", "STATE"});
    table.AlignRight(1);
    table.AlignRight(2);
    for (size_t c = 0; c < result.candidates.size(); ++c) {
      const CandidateState state = stage.states[c];
      // At stage 1 the "transfer" is the whole vote: the column is left blank there.
      const bool first = stage.action == elections::StageAction::kFirstPreferences;
      table.AddRow({result.candidates[c], first ? "" : Signed(result, stage.transfers[c]),
                    Figure(result, stage.votes[c]),
                    state == CandidateState::kContinuing ? ""
                                                         : elections::CandidateStateName(state)});
    }
    table.AddRow({"non-transferable", Signed(result, stage.non_transferable_change),
                  Figure(result, stage.non_transferable), ""});
    if (result.method == "scottish-stv") {
      table.AddRow({"lost to rounding", Signed(result, stage.rounding_loss_change),
                    Figure(result, stage.rounding_loss), ""});
    }
    absl::StrAppend(&out, table.Render());
    for (const std::string& note : stage.notes) absl::StrAppend(&out, "  - ", note, "\n");
  }
  return out;
}

CLI::App* AddCountCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<CountArgs>();
  CLI::App* count = app.add_subcommand(
      "count",
      "Recount a BLT ballot file offline (no server, no token): prints the candidates "
      "elected, in order, and every stage. Bad input exits 2 naming the line.");
  count->add_option("--method", args->method,
                    "plurality, irv (one seat) or scottish-stv (SSI 2007/42 rules 45-52)")
      ->required();
  count->add_option("--seats", args->seats,
                    "Seats to fill; must match the BLT file's (the default)");
  count->add_option("--blt", args->blt, "The BLT ballot file")->required();
  count->footer(
      "--json prints one JSON document instead of the tables. Ties no earlier stage breaks "
      "are decided by a lot seeded from the file itself, so every recount draws the same.");
  count->callback([&ctx, args] { ctx.SetAction([&ctx, args] { return Count(ctx, *args); }); });
  return count;
}

}  // namespace partnership::cli
