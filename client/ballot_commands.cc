// `partnership elections vote|turnout|results`: casting a school's ballot (with a ballot key
// drawn here, so a retried request is recognised and never makes a second ballot), the
// coordinator's turnout view, and the published result checked by recounting its ballot file.

#include <openssl/rand.h>

#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "client/arguments.h"
#include "client/cli_context.h"
#include "client/count_command.h"
#include "client/election_commands.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "client/verb.h"
#include "common/status_macros.h"
#include "elections/blt_file.h"
#include "elections/count_json.h"
#include "elections/instant_runoff.h"
#include "elections/plurality.h"
#include "elections/scottish_stv.h"

namespace partnership::cli {
namespace {

constexpr int kCastAttempts = 3;

struct Args {
  std::string id, ranking, school, key, blt, receipts, receipt;
};

absl::StatusOr<std::string> NewBallotKey() {
  unsigned char bytes[16];
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    return absl::InternalError("cannot draw a ballot key: the random generator failed");
  }
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

absl::Status Vote(CliContext& ctx, const Args& args) {
  v1::CastBallotRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  if (!args.school.empty()) {
    ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
    req.set_school_urn(urn);
  }
  int rank = 0;
  for (absl::string_view part : absl::StrSplit(args.ranking, ',')) {
    int candidate = 0;
    if (!absl::SimpleAtoi(absl::StripAsciiWhitespace(part), &candidate) || candidate < 1) {
      return UsageError(absl::StrCat("--ranking: \"", part,
                                     "\" is not a candidate number (give numbers in order of "
                                     "preference, e.g. 3,1,2)"));
    }
    v1::Preference* p = req.add_preferences();
    p->set_candidate(candidate);
    p->set_rank(++rank);
  }
  if (args.key.empty()) {
    ASSIGN_OR_RETURN(std::string key, NewBallotKey());
    req.set_ballot_key(key);
  } else {
    req.set_ballot_key(args.key);
  }
  auto stub = v1::ElectionService::NewStub(ctx.channel());
  v1::CastBallotResponse resp;
  grpc::Status status;
  // The same key on every attempt: a ballot the server stored before the answer was lost is
  // recognised, and its receipt comes back instead of a second ballot.
  for (int attempt = 1; attempt <= kCastAttempts; ++attempt) {
    auto rpc = ctx.NewCall();
    status = stub->CastBallot(rpc.get(), req, &resp);
    if (status.error_code() != grpc::StatusCode::UNAVAILABLE &&
        status.error_code() != grpc::StatusCode::DEADLINE_EXCEEDED) {
      break;
    }
    if (attempt < kCastAttempts) ctx.err() << "no answer from the server; trying again\n";
  }
  RETURN_IF_ERROR(ctx.Check(status));
  if (ctx.json()) return ctx.PrintJson(resp);
  ctx.out() << resp.receipt() << "\n";
  ctx.err() << "election " << id << ": ballot "
            << (resp.replayed() ? "was already stored" : "cast") << "; receipt "
            << resp.receipt()
            << ". Keep it: it finds your ballot in the published ballot file, and no one "
               "else can link it to your school.\n";
  return absl::OkStatus();
}

absl::Status ShowTurnout(CliContext& ctx, const Args& args) {
  v1::GetTurnoutRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  auto stub = v1::ElectionService::NewStub(ctx.channel());
  v1::Turnout turnout;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetTurnout(rpc.get(), req, &turnout)));
  if (ctx.json()) return ctx.PrintJson(turnout);
  Table table({"URN", "SCHOOL YET TO VOTE"});
  for (const v1::SchoolYetToVote& s : turnout.not_voted()) {
    table.AddRow({s.school_urn(), s.school_name()});
  }
  ctx.out() << table.Render();
  ctx.err() << "election " << id << ": " << turnout.voted() << " of " << turnout.electorate()
            << " member schools have voted ("
            << absl::StrFormat("%.1f%%", turnout.electorate() == 0
                                             ? 0.0
                                             : 100.0 * turnout.voted() / turnout.electorate())
            << "); " << turnout.not_voted_size() << " yet to vote\n";
  return absl::OkStatus();
}

absl::StatusOr<elections::CountResult> Recount(v1::CountMethod method,
                                               const elections::Election& ballots) {
  switch (method) {
    case v1::COUNT_METHOD_PLURALITY:
      return elections::CountPlurality(ballots);
    case v1::COUNT_METHOD_INSTANT_RUNOFF:
      return elections::CountInstantRunoff(ballots);
    case v1::COUNT_METHOD_SCOTTISH_STV:
      return elections::CountScottishStv(ballots);
    default:
      return absl::InternalError("the server gave no count method");
  }
}

absl::Status Results(CliContext& ctx, const Args& args) {
  v1::GetElectionResultRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  auto stub = v1::ElectionService::NewStub(ctx.channel());
  v1::ElectionResult result;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetElectionResult(rpc.get(), req, &result)));
  // Recount the published ballots here, with the same code `partnership count` uses, and
  // refuse to show a result the ballot file does not give.
  absl::StatusOr<elections::Election> ballots = elections::ParseBlt(result.ballot_file());
  if (!ballots.ok()) {
    return IntegrityError(absl::StrCat("the published ballot file does not read: ",
                                       ballots.status().message()));
  }
  ASSIGN_OR_RETURN(elections::CountResult recount,
                   Recount(result.election().method(), *ballots));
  if (elections::CountJson(recount) != result.result_json()) {
    return IntegrityError(
        "recounting the published ballot file gives a different result from the one "
        "published");
  }
  if (!args.blt.empty()) {
    RETURN_IF_ERROR(WriteLocalFile("--blt", args.blt, result.ballot_file()));
  }
  if (!args.receipts.empty()) {
    std::string lines = "line,receipt\n";
    for (int i = 0; i < result.receipts_size(); ++i) {
      absl::StrAppend(&lines, i + 1, ",", result.receipts(i), "\n");
    }
    RETURN_IF_ERROR(WriteLocalFile("--receipts", args.receipts, lines));
  }
  if (ctx.json()) {
    ctx.out() << result.result_json();
  } else {
    ctx.out() << CountReport(recount);
  }
  if (!args.receipt.empty()) {
    bool found = false;
    for (int i = 0; i < result.receipts_size() && !found; ++i) {
      if (result.receipts(i) != args.receipt) continue;
      found = true;
      std::vector<std::string> names;
      for (int c : ballots->ballots[i].preferences) names.push_back(ballots->candidates[c]);
      ctx.err() << "receipt " << args.receipt << " is ballot " << i + 1 << " of "
                << result.receipts_size() << ": " << absl::StrJoin(names, " > ") << "\n";
    }
    if (!found) {
      return absl::NotFoundError(
          absl::StrCat("receipt ", args.receipt, " is not in the published ballot file"));
    }
  }
  ctx.err() << "election " << id << ": recounted the published ballot file ("
            << result.receipts_size() << " ballots): same result"
            << (args.blt.empty() ? "" : absl::StrCat("; ballot file written to ", args.blt))
            << "\n";
  return absl::OkStatus();
}

}  // namespace

void AddBallotCommands(CLI::App& m, CliContext& ctx) {
  std::shared_ptr<Args> a;
  CLI::App* v = AddVerb(&m, ctx, "vote",
                        "Cast your school's ballot (with its own token); prints the receipt",
                        a, Vote);
  v->add_option("ID", a->id, "The election's id")->required();
  v->add_option("--ranking", a->ranking,
                "Candidate numbers in order of preference, e.g. 3,1,2 (plurality: one)")
      ->required();
  v->add_option("--school", a->school, "Your school (default: the token's)");
  v->add_option("--ballot-key", a->key,
                "32 hex digits identifying this ballot (default: drawn at random); give the "
                "same key to retry a ballot whose answer was lost");
  v->footer(
      "A ballot cannot be changed or cast twice: a second one exits 5 (ALREADY_EXISTS). A "
      "call that gets no answer is retried with the same key, which the server recognises.");

  v = AddVerb(&m, ctx, "turnout",
              "How many have voted and which schools have not (coordinator; never how "
              "anyone voted)",
              a, ShowTurnout);
  v->add_option("ID", a->id, "The election's id")->required();

  v = AddVerb(&m, ctx, "results",
              "The result round by round, recounted here from the published ballot file", a,
              Results);
  v->add_option("ID", a->id, "The election's id")->required();
  v->add_option("--blt", a->blt, "Also write the ballot file (BLT) here");
  v->add_option("--receipts", a->receipts, "Also write the receipts (CSV: line,receipt) here");
  v->add_option("--receipt", a->receipt, "Find the ballot with this receipt");
  v->footer(
      "--json prints the published result sheet, which `partnership count --json` gives "
      "for the ballot file byte for byte. Exit 10 if the recount disagrees.");
}

}  // namespace partnership::cli
