// `partnership reviews ...`: review cycles, scheduling, the draft, confirmation, the ledger.

#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "client/membership_arguments.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "partnership/v1/reviews.grpc.pb.h"

namespace partnership::cli {
namespace {

// A percentage where the bound is positive, else the difference itself (costs go below
// zero with focus credit).
std::string Gap(const v1::ReviewSchedule& s) {
  if (s.bound() <= 0) return absl::StrFormat("%.1f", s.cost().total() - s.bound());
  return absl::StrFormat("%.3f%%", 100.0 * (s.cost().total() - s.bound()) / s.bound());
}

// The draft as a coordinator reads it: one line per review, then who is left out and why.
void PrintSchedule(CliContext& ctx, const v1::ReviewSchedule& s, const std::string& only_school) {
  Table reviews({"DATE", "URN", "SCHOOL REVIEWED", "GROUP", "TEAM (* leads)"});
  for (const v1::ScheduledReview& r : s.reviews()) {
    std::vector<std::string> team;
    bool involves = only_school.empty() || r.reviewee_urn() == only_school;
    for (const v1::ReviewTeamMember& m : r.team()) {
      involves |= m.school_urn() == only_school;
      team.push_back(absl::StrCat(m.lead() ? "*" : "", m.leader_name(), " (",
                                  m.role() == "HEAD" ? "head" : "deputy", ", ", m.school_name(),
                                  ")"));
    }
    if (!involves) continue;
    reviews.AddRow({r.date(), r.reviewee_urn(), r.reviewee_name(), r.review_group(),
                    absl::StrJoin(team, "; ")});
  }
  ctx.out() << reviews.Render();
  for (const v1::UnreviewedSchool& u : s.unreviewed()) {
    if (!only_school.empty() && u.urn() != only_school) continue;
    ctx.out() << "\nNOT REVIEWED: " << u.urn() << " " << u.name() << "\n";
    for (const std::string& reason : u.reasons()) ctx.out() << "  - " << reason << "\n";
  }
  ctx.err() << absl::StrFormat(
      "cycle %s (%s, %s): %d reviews, %d unreviewed; cost %.1f (travel %.1f km, %d focus "
      "matches, fairness %.1f days, %d cross-group); bound %.1f, gap %s%s; solved in %.2f s\n",
      s.cycle(), v1::ReviewCycleStatus_Name(s.status()).substr(20), s.source(), s.reviews_size(),
      s.unreviewed_size(), s.cost().total(), s.cost().travel_km(), s.cost().focus_matches(),
      s.cost().fairness_days(), s.cost().cross_group_assignments(), s.bound(), Gap(s),
      s.optimal() ? " (optimal)" : "", s.solve_seconds());
  ctx.err() << "taking part: " << s.taking_part() << "\n";
}

// --time-limit, 60 s when not given (the server's default too).
absl::StatusOr<double> ParseTimeLimit(const std::string& text) {
  if (text.empty()) return 60.0;
  return ParseSeconds("--time-limit", text);
}

absl::Status Repair(CliContext& ctx, const std::string& cycle_text, const std::string& leader_text,
                    const std::string& limit_text) {
  v1::RepairReviewScheduleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  ASSIGN_OR_RETURN(*req.mutable_leader_id(), ParseNonEmpty("--withdraw", leader_text));
  ASSIGN_OR_RETURN(const double limit, ParseTimeLimit(limit_text));
  req.set_time_limit_seconds(limit);
  ctx.err() << "repairing " << req.name() << " on the server without leader " << req.leader_id()
            << "...\n";
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::RepairReviewScheduleResponse resp;
  // A repair may solve several times, each within the limit.
  RETURN_IF_ERROR(ctx.Check(stub->RepairReviewSchedule(
      ctx.NewCallWithTimeout(std::max(ctx.timeout_seconds(), 4 * limit + 30)).get(), req, &resp)));
  if (ctx.json()) return ctx.PrintJson(resp);
  for (const std::string& change : resp.changes()) ctx.out() << change << "\n";
  ctx.err() << resp.changes_size() << " change(s); the draft now has "
            << resp.schedule().reviews_size() << " reviews, " << resp.schedule().unreviewed_size()
            << " unreviewed (reviews show --cycle " << req.name() << ")\n";
  return absl::OkStatus();
}

absl::Status Schedule(CliContext& ctx, const std::string& cycle_text, const std::string& seed_text,
                      const std::string& limit_text) {
  v1::ScheduleReviewCycleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  if (!seed_text.empty()) {
    ASSIGN_OR_RETURN(uint64_t seed, ParseUnsigned("--seed", seed_text));
    req.set_seed(seed);
  }
  ASSIGN_OR_RETURN(const double limit, ParseTimeLimit(limit_text));
  req.set_time_limit_seconds(limit);
  ctx.err() << "scheduling " << req.name() << " on the server...\n";
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewSchedule s;
  // The solve may take up to its limit: give the call that long and a margin.
  RETURN_IF_ERROR(ctx.Check(stub->ScheduleReviewCycle(
      ctx.NewCallWithTimeout(std::max(ctx.timeout_seconds(), limit + 30)).get(), req, &s)));
  if (ctx.json()) return ctx.PrintJson(s);
  PrintSchedule(ctx, s, "");
  return absl::OkStatus();
}

absl::Status Show(CliContext& ctx, const std::string& cycle_text, const std::string& school_text) {
  v1::GetReviewScheduleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  std::string school;
  if (!school_text.empty()) {
    ASSIGN_OR_RETURN(school, ParseUrn("--school", school_text));
  }
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewSchedule s;
  RETURN_IF_ERROR(ctx.Check(stub->GetReviewSchedule(ctx.NewCall().get(), req, &s)));
  if (ctx.json()) return ctx.PrintJson(s);
  PrintSchedule(ctx, s, school);
  return absl::OkStatus();
}

absl::Status ExportProblem(CliContext& ctx, const std::string& cycle_text, const std::string& out) {
  v1::ExportReviewProblemRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ExportReviewProblemResponse resp;
  RETURN_IF_ERROR(ctx.Check(stub->ExportReviewProblem(ctx.NewCall().get(), req, &resp)));
  RETURN_IF_ERROR(WriteLocalFile("--out", out, resp.problem_json()));
  ctx.err() << "wrote the " << req.name() << " problem to " << out << " ("
            << resp.problem_json().size() << " bytes)\n";
  return absl::OkStatus();
}

absl::Status ExportSchedule(CliContext& ctx, const std::string& cycle_text,
                            const std::string& out) {
  v1::GetReviewScheduleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewSchedule s;
  RETURN_IF_ERROR(ctx.Check(stub->GetReviewSchedule(ctx.NewCall().get(), req, &s)));
  RETURN_IF_ERROR(WriteLocalFile("--out", out, s.schedule_json()));
  ctx.err() << "wrote the " << req.name() << " schedule to " << out << "\n";
  return absl::OkStatus();
}

absl::Status ImportSchedule(CliContext& ctx, const std::string& cycle_text,
                            const std::string& file) {
  v1::ImportReviewScheduleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  ASSIGN_OR_RETURN(*req.mutable_schedule_json(), ReadLocalFile("FILE", file));
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewSchedule s;
  RETURN_IF_ERROR(ctx.Check(stub->ImportReviewSchedule(ctx.NewCall().get(), req, &s)));
  if (ctx.json()) return ctx.PrintJson(s);
  PrintSchedule(ctx, s, "");
  return absl::OkStatus();
}

absl::Status Confirm(CliContext& ctx, const std::string& cycle_text) {
  v1::ConfirmReviewScheduleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewCycle c;
  RETURN_IF_ERROR(ctx.Check(stub->ConfirmReviewSchedule(ctx.NewCall().get(), req, &c)));
  if (ctx.json()) return ctx.PrintJson(c);
  ctx.out() << "review cycle " << c.name() << " confirmed; the days ledger is recorded\n";
  return absl::OkStatus();
}

absl::Status Ledger(CliContext& ctx, const std::string& school_text) {
  v1::ListDaysLedgerRequest req;
  if (!school_text.empty()) {
    ASSIGN_OR_RETURN(*req.mutable_school_urn(), ParseUrn("--school", school_text));
  }
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ListDaysLedgerResponse resp;
  RETURN_IF_ERROR(ctx.Check(stub->ListDaysLedger(ctx.NewCall().get(), req, &resp)));
  if (ctx.json()) return ctx.PrintJson(resp);
  Table t({"CYCLE", "URN", "SCHOOL", "HEAD DAYS", "DEPUTY DAYS", "HEAD BALANCE",
           "DEPUTY BALANCE"});
  for (size_t c = 3; c < 7; ++c) t.AlignRight(c);
  for (const v1::DaysLedgerEntry& e : resp.entries()) {
    t.AddRow({e.cycle(), e.school_urn(), e.school_name(), absl::StrCat(e.head_days_given()),
              absl::StrCat(e.deputy_days_given()), absl::StrFormat("%+.1f", e.head_days_balance()),
              absl::StrFormat("%+.1f", e.deputy_days_balance())});
  }
  ctx.out() << t.Render();
  return absl::OkStatus();
}

}  // namespace

void AddReviewsCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* reviews = app.add_subcommand(
      "reviews", "Peer reviews: cycles, the schedule, confirmation and the days ledger");
  reviews->require_subcommand(1);
  reviews->footer(kGlobalOptionsFooter);

  AddReviewCycleCommands(*reviews, ctx);

  auto args = std::make_shared<std::array<std::string, 3>>();
  CLI::App* schedule = reviews->add_subcommand(
      "schedule", "Schedule a cycle on the server and store the result as its draft");
  schedule->add_option("--cycle", (*args)[0], "Academic year, e.g. 2026-27")->required();
  schedule->add_option("--seed", (*args)[1], "Seed (default 1): same register and seed, same schedule");
  schedule->add_option("--time-limit", (*args)[2], "Seconds the solver may take (default 60)");
  schedule->callback([&ctx, args] {
    ctx.SetAction([&ctx, args] { return Schedule(ctx, (*args)[0], (*args)[1], (*args)[2]); });
  });

  auto repair_args = std::make_shared<std::array<std::string, 3>>();
  CLI::App* repair = reviews->add_subcommand(
      "repair", "Re-plan the draft after a leader drops out, keeping every other review where it "
                "can; prints what changed. The leader is also recorded as unavailable on every "
                "date of the cycle (people update --unavailable lifts it)");
  repair->add_option("--cycle", (*repair_args)[0], "Academic year, e.g. 2026-27")->required();
  repair->add_option("--withdraw", (*repair_args)[1],
                     "Person id of the head or deputy who has dropped out (people list)")
      ->required();
  repair->add_option("--time-limit", (*repair_args)[2], "Seconds each solve may take (default 60)");
  repair->callback([&ctx, repair_args] {
    ctx.SetAction([&ctx, repair_args] {
      return Repair(ctx, (*repair_args)[0], (*repair_args)[1], (*repair_args)[2]);
    });
  });

  auto show_args = std::make_shared<std::array<std::string, 2>>();
  CLI::App* show = reviews->add_subcommand("show", "Show a cycle's draft (or confirmed) schedule");
  show->add_option("--cycle", (*show_args)[0], "Academic year")->required();
  show->add_option("--school", (*show_args)[1], "Only reviews of or by this school (URN)");
  show->callback([&ctx, show_args] {
    ctx.SetAction([&ctx, show_args] { return Show(ctx, (*show_args)[0], (*show_args)[1]); });
  });

  auto export_args = std::make_shared<std::array<std::string, 2>>();
  CLI::App* exp = reviews->add_subcommand(
      "export-problem", "Write the cycle's scheduling problem to a JSON file (for offline solving)");
  exp->add_option("--cycle", (*export_args)[0], "Academic year")->required();
  exp->add_option("--out", (*export_args)[1], "File to write")->required();
  exp->callback([&ctx, export_args] {
    ctx.SetAction([&ctx, export_args] {
      return ExportProblem(ctx, (*export_args)[0], (*export_args)[1]);
    });
  });

  auto export_schedule_args = std::make_shared<std::array<std::string, 2>>();
  CLI::App* exs = reviews->add_subcommand(
      "export-schedule", "Write the cycle's stored schedule to a JSON file (the scheduler's format)");
  exs->add_option("--cycle", (*export_schedule_args)[0], "Academic year")->required();
  exs->add_option("--out", (*export_schedule_args)[1], "File to write")->required();
  exs->callback([&ctx, export_schedule_args] {
    ctx.SetAction([&ctx, export_schedule_args] {
      return ExportSchedule(ctx, (*export_schedule_args)[0], (*export_schedule_args)[1]);
    });
  });

  auto import_args = std::make_shared<std::array<std::string, 2>>();
  CLI::App* imp = reviews->add_subcommand(
      "import-schedule", "Check a schedule JSON file against the register and store it as the draft");
  imp->add_option("--cycle", (*import_args)[0], "Academic year")->required();
  imp->add_option("FILE", (*import_args)[1], "Schedule file (partnership schedule --out)")->required();
  imp->callback([&ctx, import_args] {
    ctx.SetAction([&ctx, import_args] {
      return ImportSchedule(ctx, (*import_args)[0], (*import_args)[1]);
    });
  });

  auto confirm_cycle = std::make_shared<std::string>();
  CLI::App* confirm = reviews->add_subcommand(
      "confirm", "Make the draft final and record each school's days in the ledger");
  confirm->add_option("--cycle", *confirm_cycle, "Academic year")->required();
  confirm->callback([&ctx, confirm_cycle] {
    ctx.SetAction([&ctx, confirm_cycle] { return Confirm(ctx, *confirm_cycle); });
  });

  auto ledger_school = std::make_shared<std::string>();
  CLI::App* ledger = reviews->add_subcommand(
      "ledger", "Head and deputy days given per confirmed cycle, and the balance carried");
  ledger->add_option("--school", *ledger_school, "Only this school (URN)");
  ledger->callback([&ctx, ledger_school] {
    ctx.SetAction([&ctx, ledger_school] { return Ledger(ctx, *ledger_school); });
  });
  AddConflictCommands(*reviews, ctx);
}

}  // namespace partnership::cli
