// `partnership board ...`: the seats of the board, the shadow board and the sub-committees
// (`board seats ...`), the roster of who holds which seat (`board roster ...`) and a summary
// of the bodies (`board committees`).

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
  std::string key, body, title, role, phase, term, method, by, on, person, from, to, election,
      note, id, last_day, reason, seat;
  bool member_school = false, no_member_school = false, all = false;
};

std::string FilledBy(const v1::Seat& s) {
  return absl::StrCat(FillMethodName(s.fill_method()), " by ", SelectorName(s.selector()));
}

std::string Years(int years) { return absl::StrCat(years, years == 1 ? " year" : " years"); }

void PrintSeat(CliContext& ctx, const v1::Seat& s) {
  auto line = [&](absl::string_view label, const std::string& value) {
    if (!value.empty()) ctx.out() << label << ": " << value << "\n";
  };
  line("Seat", s.key());
  line("Body", BoardBodyName(s.body()));
  line("Title", s.title());
  line("Who may hold it", s.eligibility().summary());
  line("Term", Years(s.term_years()));
  line("Filled", FilledBy(s));
  line("Position", absl::StrCat(s.position()));
  line("Retired on", s.retired_on());
  line("Updated", FormatTimestamp(s.update_time()));
}

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

// ---- board seats ------------------------------------------------------------------------

// --role/--phase/--member-school as typed; `any` for the role means no rule on the role.
absl::Status FillEligibility(const Args& args, v1::SeatEligibility* e) {
  if (!args.role.empty() && absl::AsciiStrToLower(args.role) != "any") {
    ASSIGN_OR_RETURN(v1::PersonRole role, ParsePersonRole("--role", args.role));
    e->set_person_role(role);
  }
  if (!args.phase.empty() && absl::AsciiStrToLower(args.phase) != "any") {
    ASSIGN_OR_RETURN(v1::Phase phase, ParsePhase("--phase", args.phase));
    e->set_phase(phase);
  }
  e->set_member_school(args.member_school);
  return absl::OkStatus();
}

absl::Status SeatsList(CliContext& ctx, const Args& args) {
  v1::ListSeatsRequest req;
  if (!args.body.empty()) {
    ASSIGN_OR_RETURN(v1::BoardBody body, ParseBoardBody("--body", args.body));
    req.set_body(body);
  }
  req.set_include_retired(args.all);
  req.set_page_size(1000);
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::ListSeatsResponse all;
  do {
    v1::ListSeatsResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListSeats(rpc.get(), req, &page)));
    for (auto& s : *page.mutable_seats()) *all.add_seats() = std::move(s);
    all.set_total_size(page.total_size());
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  if (ctx.json()) return ctx.PrintJson(all);
  Table t({"BODY", "SEAT", "TITLE", "FILLED", "TERM", "WHO MAY HOLD IT", "RETIRED"});
  t.SetMaxWidth(2, 44);
  for (const v1::Seat& s : all.seats()) {
    t.AddRow({BoardBodyName(s.body()), s.key(), s.title(), FilledBy(s), Years(s.term_years()),
              s.eligibility().summary(), s.retired_on()});
  }
  ctx.out() << t.Render();
  ctx.err() << all.seats_size() << (all.seats_size() == 1 ? " seat\n" : " seats\n");
  return absl::OkStatus();
}

absl::Status SeatsShow(CliContext& ctx, const Args& args) {
  v1::GetSeatRequest req;
  req.set_key(args.key);
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::Seat seat;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetSeat(rpc.get(), req, &seat)));
  if (ctx.json()) return ctx.PrintJson(seat);
  PrintSeat(ctx, seat);
  return absl::OkStatus();
}

absl::Status SeatsInstall(CliContext& ctx, const Args&) {
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::InstallDefaultSeatsResponse resp;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(
      ctx.Check(stub->InstallDefaultSeats(rpc.get(), v1::InstallDefaultSeatsRequest(), &resp)));
  if (ctx.json()) return ctx.PrintJson(resp);
  Table t({"BODY", "SEAT", "TITLE", "FILLED", "TERM"});
  for (const v1::Seat& s : resp.created()) {
    t.AddRow({BoardBodyName(s.body()), s.key(), s.title(), FilledBy(s), Years(s.term_years())});
  }
  if (resp.created_size() > 0) ctx.out() << t.Render();
  ctx.err() << resp.created_size() << " of the proposal's seats created; " << resp.kept_size()
            << " already present and kept as they are\n";
  return absl::OkStatus();
}

absl::Status SeatsCreate(CliContext& ctx, const Args& args) {
  v1::CreateSeatRequest req;
  v1::Seat* seat = req.mutable_seat();
  seat->set_key(args.key);
  ASSIGN_OR_RETURN(v1::BoardBody body, ParseBoardBody("--body", args.body));
  seat->set_body(body);
  ASSIGN_OR_RETURN(std::string title, ParseNonEmpty("--title", args.title));
  seat->set_title(title);
  RETURN_IF_ERROR(FillEligibility(args, seat->mutable_eligibility()));
  ASSIGN_OR_RETURN(int32_t term, ParsePositiveInt("--term", args.term));
  seat->set_term_years(term);
  ASSIGN_OR_RETURN(v1::SeatFillMethod method, ParseFillMethod("--method", args.method));
  seat->set_fill_method(method);
  ASSIGN_OR_RETURN(v1::SeatSelector by, ParseSelector("--by", args.by));
  seat->set_selector(by);
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::Seat created;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->CreateSeat(rpc.get(), req, &created)));
  if (ctx.json()) return ctx.PrintJson(created);
  PrintSeat(ctx, created);
  ctx.err() << "seat " << created.key() << " created\n";
  return absl::OkStatus();
}

absl::Status SeatsUpdate(CliContext& ctx, const Args& args) {
  v1::UpdateSeatRequest req;
  req.set_key(args.key);
  if (!args.title.empty()) {
    ASSIGN_OR_RETURN(std::string title, ParseNonEmpty("--title", args.title));
    req.set_title(title);
  }
  if (!args.role.empty() || !args.phase.empty() || args.member_school || args.no_member_school) {
    RETURN_IF_ERROR(FillEligibility(args, req.mutable_eligibility()));
  }
  if (!args.term.empty()) {
    ASSIGN_OR_RETURN(int32_t term, ParsePositiveInt("--term", args.term));
    req.set_term_years(term);
  }
  if (!args.method.empty()) {
    ASSIGN_OR_RETURN(v1::SeatFillMethod method, ParseFillMethod("--method", args.method));
    req.set_fill_method(method);
  }
  if (!args.by.empty()) {
    ASSIGN_OR_RETURN(v1::SeatSelector by, ParseSelector("--by", args.by));
    req.set_selector(by);
  }
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::Seat seat;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->UpdateSeat(rpc.get(), req, &seat)));
  if (ctx.json()) return ctx.PrintJson(seat);
  PrintSeat(ctx, seat);
  ctx.err() << "seat " << seat.key() << " changed\n";
  return absl::OkStatus();
}

absl::Status SeatsRetire(CliContext& ctx, const Args& args) {
  v1::RetireSeatRequest req;
  req.set_key(args.key);
  ASSIGN_OR_RETURN(std::string on, ParseIsoDate("--on", args.on));
  req.set_retired_on(on);
  auto stub = v1::BoardService::NewStub(ctx.channel());
  v1::Seat seat;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->RetireSeat(rpc.get(), req, &seat)));
  if (ctx.json()) return ctx.PrintJson(seat);
  PrintSeat(ctx, seat);
  ctx.err() << "seat " << seat.key() << " retired from " << seat.retired_on() << "\n";
  return absl::OkStatus();
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

void AddSeatOptions(CLI::App* v, Args& a, bool create) {
  v->add_option("--title", a.title, "What the seat is called")->required(create);
  v->add_option("--role", a.role,
                "Who may hold it: headteacher, governor, la-officer, diocesan-representative, "
                "... or any");
  v->add_option("--phase", a.phase, "Phase of the holder's school: primary, secondary, special, "
                                    "... or any");
  v->add_flag("--member-school", a.member_school,
              "The holder's school must be an active member on the first day");
  v->add_option("--term", a.term, "Term of office in years (1 to 10)")->required(create);
  v->add_option("--method", a.method, std::string("How it is filled: ") + kMethodHelp)
      ->required(create);
  v->add_option("--by", a.by, std::string("Who elects or appoints: ") + kSelectorHelp)
      ->required(create);
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

  CLI::App* seats = b->add_subcommand("seats", "The seats: who may hold each, its term, how it "
                                               "is filled");
  seats->require_subcommand(1);
  seats->footer(kGlobalOptionsFooter);
  CLI::App* v = AddVerb(seats, ctx, "list", "List the seats; the count goes to stderr", a,
                        SeatsList);
  v->add_option("--body", a->body, std::string("Only this body: ") + kBodyHelp);
  v->add_flag("--all", a->all, "Include retired seats");
  v = AddVerb(seats, ctx, "show", "Show one seat", a, SeatsShow);
  v->add_option("KEY", a->key, "The seat's key, e.g. secondary-head")->required();
  AddVerb(seats, ctx, "install-defaults",
          "Create the proposal's seats that are missing (coordinator; safe to run again)", a,
          SeatsInstall);
  v = AddVerb(seats, ctx, "create", "Create a seat (coordinator)", a, SeatsCreate);
  v->add_option("KEY", a->key, "A new key: lower-case letters, digits and hyphens")->required();
  v->add_option("--body", a->body, std::string("The body: ") + kBodyHelp)->required();
  AddSeatOptions(v, *a, true);
  v = AddVerb(seats, ctx, "update",
              "Change a seat (coordinator); --role, --phase or --member-school replace the "
              "whole eligibility rule",
              a, SeatsUpdate);
  v->add_option("KEY", a->key, "The seat's key")->required();
  AddSeatOptions(v, *a, false);
  v->add_flag("--no-member-school", a->no_member_school,
              "The holder's school need not be a member");
  v = AddVerb(seats, ctx, "retire", "Retire a seat from a date (coordinator)", a, SeatsRetire);
  v->add_option("KEY", a->key, "The seat's key")->required();
  v->add_option("--on", a->on, "First day without the seat, YYYY-MM-DD")->required();

  CLI::App* roster = b->add_subcommand("roster", "Who holds which seat, from when to when");
  roster->require_subcommand(1);
  roster->footer(kGlobalOptionsFooter);
  v = AddVerb(roster, ctx, "show", "Who holds what on a day; totals go to stderr", a, RosterShow);
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
