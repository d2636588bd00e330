// `partnership board seats ...`: the seats of the board, the shadow board and the
// sub-committees: who may hold each, its term and how it is filled.

#include <memory>
#include <string>

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
  std::string key, body, title, role, phase, term, method, by, on;
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

void AddBoardSeatCommands(CLI::App& board, CliContext& ctx) {
  std::shared_ptr<Args> a;
  CLI::App* seats = board.add_subcommand("seats", "The seats: who may hold each, its term, how it "
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
}

}  // namespace partnership::cli
