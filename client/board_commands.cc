// `partnership board ...`: the roster of who holds which seat (`board roster ...`) and a
// summary of the bodies (`board committees`); the seats themselves (`board seats ...`) are
// in board_seat_commands.cc.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/board_arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "client/verb.h"
#include "common/status_macros.h"
#include "partnership/v1/board.grpc.pb.h"

namespace partnership::cli {
namespace {

struct Args {
  std::string body, on, person, from, to, election, note, id, last_day, reason, seat;
};

void PrintHolding(CliContext& ctx, const v1::Holding& h) {
  auto line = [&](absl::string_view label, const std::string& value) {
    if (!value.empty()) ctx.out() << label << ": " << value << "\n";
  };
  line("Holding", h.id());
  line("Seat", h.seat_key());
  line("Held by", absl::StrCat(h.person_name(), " (person ", h.person_id(), ")"));
  line("School", h.school_urn());
  line("From", h.from_date());
  line("To", h.to_date());
  if (h.term_end() != h.to_date()) line("Term would have ended", h.term_end());
  line("Basis", absl::StrCat(BasisName(h.basis()), " by ", SelectorName(h.appointed_by())));
  line("Election", h.election_reference());
  line("Note", h.note());
  line("Ended early because", h.end_reason());
  line("Recorded by", h.recorded_by());
}

Table HoldingTable() {
  Table t({"ID", "SEAT", "HOLDER", "PERSON", "SCHOOL", "FROM", "TO", "TERM END", "BASIS", "BY",
           "ELECTION", "ENDED EARLY BECAUSE"});
  t.AlignRight(0);
  t.AlignRight(3);
  t.SetMaxWidth(11, 50);
  return t;
}

void AddHoldingRow(Table& t, const v1::Holding& h) {
  t.AddRow({h.id(), h.seat_key(), h.person_name(), h.person_id(), h.school_urn(), h.from_date(),
            h.to_date(), h.term_end(), BasisName(h.basis()), SelectorName(h.appointed_by()),
            h.election_reference(), h.end_reason()});
}

absl::StatusOr<v1::Roster> FetchRoster(CliContext& ctx, const Args& args) {
  v1::GetRosterRequest req;
  if (!args.on.empty()) {
    ASSIGN_OR_RETURN(std::string on, ParseIsoDate("--on", args.on));
    req.set_on(on);
  }
  if (!args.body.empty()) {
    ASSIGN_OR_RETURN(v1::BoardBody body, ParseBoardBody("--body", args.body));
    req.set_body(body);
  }
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::Roster roster;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetRoster(rpc.get(), req, &roster)));
  return roster;
}

// ---- board roster -----------------------------------------------------------------------

absl::Status RosterShow(CliContext& ctx, const Args& args) {
  ASSIGN_OR_RETURN(v1::Roster roster, FetchRoster(ctx, args));
  if (ctx.json()) return ctx.PrintJson(roster);
  Table t({"BODY", "SEAT", "TITLE", "HOLDER", "PERSON", "SCHOOL", "FROM", "TO", "BASIS",
           "HOLDING"});
  t.SetMaxWidth(2, 44);
  t.AlignRight(4);
  t.AlignRight(9);
  for (const v1::RosterEntry& e : roster.entries()) {
    const v1::Holding& h = e.holding();
    if (!e.has_holding()) {
      t.AddRow({BoardBodyName(e.seat().body()), e.seat().key(), e.seat().title(), "(vacant)"});
      continue;
    }
    t.AddRow({BoardBodyName(e.seat().body()), e.seat().key(), e.seat().title(), h.person_name(),
              h.person_id(), h.school_urn(), h.from_date(), h.to_date(), BasisName(h.basis()),
              h.id()});
  }
  ctx.out() << t.Render();
  ctx.err() << "on " << roster.on() << ": " << roster.filled() << " filled, " << roster.vacant()
            << " vacant\n";
  return absl::OkStatus();
}

absl::Status RosterFill(CliContext& ctx, const Args& args) {
  v1::FillSeatRequest req;
  req.set_seat_key(args.seat);
  ASSIGN_OR_RETURN(int32_t person, ParsePositiveInt("--person", args.person));
  req.set_person_id(absl::StrCat(person));
  ASSIGN_OR_RETURN(std::string from, ParseIsoDate("--from", args.from));
  req.set_from_date(from);
  if (!args.to.empty()) {
    ASSIGN_OR_RETURN(std::string to, ParseIsoDate("--to", args.to));
    if (to < from) return UsageError(absl::StrCat("--to: ", to, " is before --from ", from));
    req.set_to_date(to);
  }
  req.set_election_reference(std::string(absl::StripAsciiWhitespace(args.election)));
  req.set_note(std::string(absl::StripAsciiWhitespace(args.note)));
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::FillSeatResponse resp;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->FillSeat(rpc.get(), req, &resp)));
  if (ctx.json()) return ctx.PrintJson(resp);
  PrintHolding(ctx, resp.holding());
  const v1::Holding& h = resp.holding();
  ctx.err() << "seat " << h.seat_key() << ": " << h.person_name() << " from " << h.from_date()
            << " to " << h.to_date() << " (" << BasisName(h.basis()) << ")\n";
  if (resp.shadow_ended_size() > 0) {
    ctx.err() << "the shadow board stands down: " << resp.shadow_ended_size()
              << " shadow holding(s) end on " << resp.shadow_ended(0).to_date() << "\n";
  }
  return absl::OkStatus();
}

absl::Status RosterEnd(CliContext& ctx, const Args& args) {
  v1::EndHoldingRequest req;
  ASSIGN_OR_RETURN(int32_t id, ParsePositiveInt("HOLDING", args.id));
  req.set_id(absl::StrCat(id));
  ASSIGN_OR_RETURN(std::string last_day, ParseIsoDate("--last-day", args.last_day));
  req.set_last_day(last_day);
  ASSIGN_OR_RETURN(std::string reason, ParseNonEmpty("--reason", args.reason));
  req.set_reason(reason);
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::Holding h;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->EndHolding(rpc.get(), req, &h)));
  if (ctx.json()) return ctx.PrintJson(h);
  PrintHolding(ctx, h);
  ctx.err() << "holding " << h.id() << " now ends on " << h.to_date() << "\n";
  return absl::OkStatus();
}

absl::Status RosterEndShadow(CliContext& ctx, const Args& args) {
  v1::EndShadowBoardRequest req;
  ASSIGN_OR_RETURN(std::string last_day, ParseIsoDate("--last-day", args.last_day));
  req.set_last_day(last_day);
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::EndShadowBoardResponse resp;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->EndShadowBoard(rpc.get(), req, &resp)));
  if (ctx.json()) return ctx.PrintJson(resp);
  Table t = HoldingTable();
  for (const v1::Holding& h : resp.ended()) AddHoldingRow(t, h);
  if (resp.ended_size() > 0) ctx.out() << t.Render();
  ctx.err() << resp.ended_size() << " shadow holding(s) ended on " << last_day << "\n";
  return absl::OkStatus();
}

absl::Status RosterHistory(CliContext& ctx, const Args& args) {
  v1::ListHoldingsRequest req;
  req.set_seat_key(args.seat);
  if (!args.person.empty()) {
    ASSIGN_OR_RETURN(int32_t person, ParsePositiveInt("--person", args.person));
    req.set_person_id(absl::StrCat(person));
  }
  req.set_page_size(1000);
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::ListHoldingsResponse all;
  do {
    v1::ListHoldingsResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListHoldings(rpc.get(), req, &page)));
    for (auto& h : *page.mutable_holdings()) *all.add_holdings() = std::move(h);
    all.set_total_size(page.total_size());
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  if (ctx.json()) return ctx.PrintJson(all);
  Table t = HoldingTable();
  for (const v1::Holding& h : all.holdings()) AddHoldingRow(t, h);
  ctx.out() << t.Render();
  ctx.err() << all.holdings_size() << (all.holdings_size() == 1 ? " holding\n" : " holdings\n");
  return absl::OkStatus();
}

// ---- board committees -------------------------------------------------------------------

absl::Status Committees(CliContext& ctx, const Args& args) {
  ASSIGN_OR_RETURN(v1::Roster roster, FetchRoster(ctx, args));
  if (ctx.json()) return ctx.PrintJson(roster);
  struct Count {
    int seats = 0, filled = 0;
  };
  std::map<int, Count> bodies;
  for (const v1::RosterEntry& e : roster.entries()) {
    Count& c = bodies[e.seat().body()];
    ++c.seats;
    if (e.has_holding()) ++c.filled;
  }
  Table t({"BODY", "SEATS", "FILLED", "VACANT"});
  for (int i : {1, 2, 3, 4}) t.AlignRight(i);
  for (const auto& [body, c] : bodies) {
    t.AddRow({BoardBodyName(static_cast<v1::BoardBody>(body)), absl::StrCat(c.seats),
              absl::StrCat(c.filled), absl::StrCat(c.seats - c.filled)});
  }
  ctx.out() << t.Render();
  ctx.err() << "on " << roster.on() << "; `board roster show --body BODY` names the holders\n";
  return absl::OkStatus();
}

}  // namespace

void AddBoardCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* b = app.add_subcommand(
      "board",
      "The partnership board, the shadow board and the sub-committees: their seats and the "
      "roster of who holds which seat when");
  b->require_subcommand(1);
  b->footer(kGlobalOptionsFooter);
  std::shared_ptr<Args> a;

  AddBoardSeatCommands(*b, ctx);

  CLI::App* roster = b->add_subcommand("roster", "Who holds which seat, from when to when");
  roster->require_subcommand(1);
  roster->footer(kGlobalOptionsFooter);
  CLI::App* v = AddVerb(roster, ctx, "show", "Who holds what on a day; totals go to stderr", a, RosterShow);
  v->add_option("--on", a->on, "The day, YYYY-MM-DD (default: today)");
  v->add_option("--body", a->body, std::string("Only this body: ") + kBodyHelp);
  v = AddVerb(roster, ctx, "fill",
              "Put a person in a seat: an appointment, a shadow-board appointment or an "
              "election's winner (coordinator)",
              a, RosterFill);
  v->add_option("SEAT", a->seat, "The seat's key")->required();
  v->add_option("--person", a->person, "Person id of the new holder")->required();
  v->add_option("--from", a->from, "First day in the seat, YYYY-MM-DD")->required();
  v->add_option("--to", a->to, "Last day, YYYY-MM-DD (default: the end of the seat's term)");
  v->add_option("--election", a->election,
                "For an elected seat: the id of the election won (required there)");
  v->add_option("--note", a->note, "A note for the record");
  v = AddVerb(roster, ctx, "end", "End a holding early: resignation, removal (coordinator)", a,
              RosterEnd);
  v->add_option("HOLDING", a->id, "The holding's id (see `board roster show`)")->required();
  v->add_option("--last-day", a->last_day, "The holder's last day, YYYY-MM-DD")->required();
  v->add_option("--reason", a->reason, "Why")->required();
  v = AddVerb(roster, ctx, "end-shadow",
              "Stand the shadow board down: every shadow holding ends on a day (coordinator)", a,
              RosterEndShadow);
  v->add_option("--last-day", a->last_day, "The shadow board's last day, YYYY-MM-DD")
      ->required();
  v = AddVerb(roster, ctx, "history",
              "Every holding, ended ones included, of a seat, a person or everyone", a,
              RosterHistory);
  v->add_option("--seat", a->seat, "Only this seat");
  v->add_option("--person", a->person, "Only this person (id)");

  v = AddVerb(b, ctx, "committees",
              "Each body with its seats, filled and vacant, on a day", a, Committees);
  v->add_option("--on", a->on, "The day, YYYY-MM-DD (default: today)");
}

}  // namespace partnership::cli
