// `partnership elections ...`: board elections from creation to published results. The
// voting verbs (vote, turnout, results) are in ballot_commands.cc.

#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/arguments.h"
#include "client/election_commands.h"
#include "client/commands.h"
#include "client/enum_spelling.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "client/verb.h"
#include "common/status_macros.h"
#include "google/protobuf/util/time_util.h"

namespace partnership::cli {

std::string MethodName(v1::CountMethod m) {
  switch (m) {
    case v1::COUNT_METHOD_PLURALITY:
      return "plurality";
    case v1::COUNT_METHOD_INSTANT_RUNOFF:
      return "irv";
    case v1::COUNT_METHOD_SCOTTISH_STV:
      return "scottish-stv";
    default:
      return "";
  }
}

std::string ElectionStatusName(v1::ElectionStatus s) {
  return v1::ElectionStatus_IsValid(s) && s != v1::ELECTION_STATUS_UNSPECIFIED
             ? EnumSpelling(v1::ElectionStatus_Name(s), "ELECTION_STATUS_")
             : "";
}

absl::StatusOr<std::string> ParseElectionId(const std::string& text) {
  ASSIGN_OR_RETURN(int32_t id, ParsePositiveInt("ID", text));
  return absl::StrCat(id);
}

void PrintElection(CliContext& ctx, const v1::Election& e) {
  auto line = [&](absl::string_view label, const std::string& value) {
    if (!value.empty()) ctx.out() << label << ": " << value << "\n";
  };
  line("Election", e.id());
  line("Title", e.title());
  line("Method", MethodName(e.method()));
  line("Seats", absl::StrCat(e.seats()));
  line("Constituency",
       EnumSpelling(v1::Constituency_Name(e.constituency()), "CONSTITUENCY_"));
  line("Named schools", absl::StrJoin(e.named_schools(), ", "));
  line("Candidates must be", e.candidate_role());
  line("Board seat", e.seat());
  line("Status", ElectionStatusName(e.status()));
  line("Electorate fixed on", e.electorate_date());
  if (e.has_voting_closes_time()) line("Voting closes", FormatTimestamp(e.voting_closes_time()));
  if (!e.electorate_date().empty() && !e.uncontested()) {
    line("Turnout", absl::StrCat(e.ballots_cast(), " of ", e.electorate_size(),
                                 " member schools"));
  }
  if (e.uncontested()) line("Uncontested", "elected without a poll");
  std::vector<std::string> elected;
  for (int n : e.elected()) {
    for (const v1::Candidate& c : e.candidates()) {
      if (c.number() == n) elected.push_back(c.name());
    }
  }
  line("Elected, in order", absl::StrJoin(elected, ", "));
  if (e.candidates_size() == 0) return;
  ctx.out() << "\n";
  Table table({"NO", "CANDIDATE", "PERSON", "SCHOOL", "STANDING"});
  table.AlignRight(0);
  for (const v1::Candidate& c : e.candidates()) {
    table.AddRow({absl::StrCat(c.number()), c.name(), c.person_id(),
                  absl::StrCat(c.school_urn(), " ", c.school_name()),
                  c.withdrawn() ? "withdrawn" : "yes"});
  }
  ctx.out() << table.Render();
}

namespace {

using Stub = v1::ElectionService::Stub;

struct Args {
  std::string id, title, method, seats, constituency, role, seat, status, person, candidate,
      school, closes;
  std::vector<std::string> schools;
};

absl::Status Show(CliContext& ctx, const v1::Election& e, absl::string_view done) {
  if (ctx.json()) return ctx.PrintJson(e);
  PrintElection(ctx, e);
  if (!done.empty()) {
    ctx.err() << "election " << e.id() << ": " << done << " (status: "
              << ElectionStatusName(e.status()) << ")\n";
  }
  return absl::OkStatus();
}

template <typename Call>
absl::Status Verb(CliContext& ctx, Call call, absl::string_view done) {
  auto stub = v1::ElectionService::NewStub(ctx.channel());
  v1::Election election;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(call(*stub, rpc.get(), &election)));
  return Show(ctx, election, done);
}

absl::Status Create(CliContext& ctx, const Args& args) {
  v1::CreateElectionRequest req;
  v1::Election* e = req.mutable_election();
  ASSIGN_OR_RETURN(std::string title, ParseNonEmpty("--title", args.title));
  e->set_title(title);
  const std::string method = absl::AsciiStrToLower(args.method);
  if (method == "plurality") {
    e->set_method(v1::COUNT_METHOD_PLURALITY);
  } else if (method == "irv") {
    e->set_method(v1::COUNT_METHOD_INSTANT_RUNOFF);
  } else if (method == "scottish-stv") {
    e->set_method(v1::COUNT_METHOD_SCOTTISH_STV);
  } else {
    return UsageError(absl::StrCat("--method: \"", args.method,
                                   "\" is not one of plurality, irv, scottish-stv"));
  }
  ASSIGN_OR_RETURN(int32_t seats, ParsePositiveInt("--seats", args.seats));
  e->set_seats(seats);
  ASSIGN_OR_RETURN(v1::Constituency constituency,
                   ParseEnumSpelling<v1::Constituency>(
                       "--constituency", args.constituency, "CONSTITUENCY_",
                       v1::Constituency_Parse,
                       "all-members, secondary, primary, special, named"));
  e->set_constituency(constituency);
  for (const std::string& s : args.schools) {
    ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", s));
    e->add_named_schools(urn);
  }
  if (!args.role.empty()) {
    ASSIGN_OR_RETURN(v1::PersonRole role, ParsePersonRole("--candidate-role", args.role));
    e->set_candidate_role(v1::PersonRole_Name(role).substr(std::string("PERSON_ROLE_").size()));
  }
  e->set_seat(args.seat);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Election* out) {
    return s.CreateElection(c, req, out);
  }, "created");
}

absl::Status Get(CliContext& ctx, const Args& args) {
  v1::GetElectionRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Election* out) {
    return s.GetElection(c, req, out);
  }, "");
}

absl::Status List(CliContext& ctx, const Args& args) {
  v1::ListElectionsRequest req;
  if (!args.status.empty()) {
    ASSIGN_OR_RETURN(v1::ElectionStatus status,
                     ParseEnumSpelling<v1::ElectionStatus>(
                         "--status", args.status, "ELECTION_STATUS_", v1::ElectionStatus_Parse,
                         "draft, nominations, voting, closed, counted, published"));
    req.set_status(status);
  }
  auto stub = v1::ElectionService::NewStub(ctx.channel());
  v1::ListElectionsResponse all;
  do {
    v1::ListElectionsResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListElections(rpc.get(), req, &page)));
    for (const v1::Election& e : page.elections()) *all.add_elections() = e;
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"ID", "TITLE", "METHOD", "SEATS", "CONSTITUENCY", "STATUS", "CANDIDATES",
               "TURNOUT"});
  table.AlignRight(0);
  table.AlignRight(3);
  for (const v1::Election& e : all.elections()) {
    int standing = 0;
    for (const v1::Candidate& c : e.candidates()) standing += c.withdrawn() ? 0 : 1;
    table.AddRow({e.id(), e.title(), MethodName(e.method()), absl::StrCat(e.seats()),
                  EnumSpelling(v1::Constituency_Name(e.constituency()), "CONSTITUENCY_"),
                  ElectionStatusName(e.status()), absl::StrCat(standing),
                  e.electorate_size() > 0
                      ? absl::StrCat(e.ballots_cast(), "/", e.electorate_size())
                      : ""});
  }
  ctx.out() << table.Render();
  ctx.err() << all.elections_size() << (all.elections_size() == 1 ? " election\n" : " elections\n");
  return absl::OkStatus();
}

absl::Status OpenNominations(CliContext& ctx, const Args& args) {
  v1::OpenNominationsRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Election* out) {
    return s.OpenNominations(c, req, out);
  }, "nominations open");
}

absl::Status Nominate(CliContext& ctx, const Args& args) {
  v1::NominateCandidateRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  ASSIGN_OR_RETURN(int32_t person, ParsePositiveInt("--person", args.person));
  req.set_person_id(absl::StrCat(person));
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Election* out) {
    return s.NominateCandidate(c, req, out);
  }, absl::StrCat("person ", person, " nominated"));
}

absl::Status Withdraw(CliContext& ctx, const Args& args) {
  v1::WithdrawCandidateRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  ASSIGN_OR_RETURN(int32_t number, ParsePositiveInt("--candidate", args.candidate));
  req.set_candidate(number);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Election* out) {
    return s.WithdrawCandidate(c, req, out);
  }, absl::StrCat("candidate ", number, " withdrawn"));
}

absl::Status Delegate(CliContext& ctx, const Args& args) {
  v1::NameDelegateRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
  req.set_school_urn(urn);
  ASSIGN_OR_RETURN(int32_t person, ParsePositiveInt("--person", args.person));
  req.set_person_id(absl::StrCat(person));
  auto stub = v1::ElectionService::NewStub(ctx.channel());
  v1::NameDelegateResponse resp;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->NameDelegate(rpc.get(), req, &resp)));
  ctx.err() << "election " << id << ": person " << person << " casts the ballot of school "
            << urn << "\n";
  return absl::OkStatus();
}

absl::Status OpenVoting(CliContext& ctx, const Args& args) {
  v1::OpenVotingRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  if (!args.closes.empty() &&
      !google::protobuf::util::TimeUtil::FromString(args.closes, req.mutable_closes_time())) {
    return UsageError(absl::StrCat("--closes-at: \"", args.closes,
                                   "\" is not an RFC 3339 time such as 2026-12-01T17:00:00Z"));
  }
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Election* out) {
    return s.OpenVoting(c, req, out);
  }, "voting opened (or, if uncontested, seats filled without a poll)");
}

template <typename Request, typename Method>
absl::Status Simple(CliContext& ctx, const Args& args, Method method, absl::string_view done) {
  Request req;
  ASSIGN_OR_RETURN(std::string id, ParseElectionId(args.id));
  req.set_id(id);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Election* out) {
    return (s.*method)(c, req, out);
  }, done);
}

absl::Status Close(CliContext& ctx, const Args& args) {
  return Simple<v1::CloseVotingRequest>(ctx, args, &Stub::CloseVoting, "voting closed");
}
absl::Status Count(CliContext& ctx, const Args& args) {
  return Simple<v1::CountElectionRequest>(ctx, args, &Stub::CountElection, "counted");
}
absl::Status Publish(CliContext& ctx, const Args& args) {
  return Simple<v1::PublishResultRequest>(ctx, args, &Stub::PublishResult,
                                          "result and ballot file published");
}

}  // namespace

void AddElectionsCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* m = app.add_subcommand(
      "elections",
      "Board elections: create, nominations, secret ballots with receipts, turnout, count, "
      "published results and ballot files anyone can recount");
  m->require_subcommand(1);
  m->footer(absl::StrCat(
      "Lifecycle: create -> open-nominations -> nominate/withdraw -> open-voting -> vote -> "
      "close -> count -> publish. ",
      kGlobalOptionsFooter));
  std::shared_ptr<Args> a;

  CLI::App* v = AddVerb(m, ctx, "create", "Create a DRAFT election (coordinator)", a, Create);
  v->add_option("--title", a->title, "Title, printed on the result and in the ballot file")
      ->required();
  v->add_option("--method", a->method, "plurality, irv (one seat) or scottish-stv")->required();
  v->add_option("--seats", a->seats, "Seats to fill")->required();
  v->add_option("--constituency", a->constituency,
                "Who votes: all-members, secondary (GASH), primary (GAPH), special (GASSH) or "
                "named (with --school for each)")
      ->required();
  v->add_option("--school", a->schools, "A school of a named constituency (repeat)");
  v->add_option("--candidate-role", a->role, "Who may stand, e.g. headteacher or governor");
  v->add_option("--seat", a->seat, "The board seat it fills, e.g. secondary-head");

  v = AddVerb(m, ctx, "list", "List elections; the count goes to stderr", a, List);
  v->add_option("--status", a->status,
                "Only this status: draft, nominations, voting, closed, counted, published");

  v = AddVerb(m, ctx, "show", "Show one election and its candidates", a, Get);
  v->add_option("ID", a->id, "The election's id")->required();

  v = AddVerb(m, ctx, "open-nominations", "DRAFT -> NOMINATIONS (coordinator)", a,
              OpenNominations);
  v->add_option("ID", a->id, "The election's id")->required();

  v = AddVerb(m, ctx, "nominate",
              "Nominate a candidate (the coordinator, or a school for its own people)", a,
              Nominate);
  v->add_option("ID", a->id, "The election's id")->required();
  v->add_option("--person", a->person, "The candidate's person id")->required();

  v = AddVerb(m, ctx, "withdraw", "A candidate withdraws during nominations", a, Withdraw);
  v->add_option("ID", a->id, "The election's id")->required();
  v->add_option("--candidate", a->candidate, "The candidate's number")->required();

  v = AddVerb(m, ctx, "delegate",
              "Name the person who casts a school's ballot in place of its headteacher", a,
              Delegate);
  v->add_option("ID", a->id, "The election's id")->required();
  v->add_option("--school", a->school, "The school (URN)")->required();
  v->add_option("--person", a->person, "The delegate's person id (of that school)")->required();

  v = AddVerb(m, ctx, "open-voting",
              "NOMINATIONS -> VOTING, fixing the electorate; uncontested seats are filled "
              "without a poll (coordinator)",
              a, OpenVoting);
  v->add_option("ID", a->id, "The election's id")->required();
  v->add_option("--closes-at", a->closes,
                "When voting closes, RFC 3339 (default: when `close` is run)");

  v = AddVerb(m, ctx, "close", "VOTING -> CLOSED (coordinator)", a, Close);
  v->add_option("ID", a->id, "The election's id")->required();
  v = AddVerb(m, ctx, "count", "CLOSED -> COUNTED: count the ballots (coordinator)", a, Count);
  v->add_option("ID", a->id, "The election's id")->required();
  v = AddVerb(m, ctx, "publish", "COUNTED -> PUBLISHED: results for everyone (coordinator)", a,
              Publish);
  v->add_option("ID", a->id, "The election's id")->required();

  AddBallotCommands(*m, ctx);
}

}  // namespace partnership::cli
