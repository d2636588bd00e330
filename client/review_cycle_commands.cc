// `partnership reviews cycle create|update|show|list`: a cycle's dates, rules and weights.
//
// create and update take the same rule and weight options; update changes only what is
// given. The yes/no rules come as pairs (--cross-group / --no-cross-group) so that update
// can turn them either way.

#include <memory>
#include <string>
#include <vector>

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

// A yes/no rule: the value, and whether either of its two flags was given.
struct Switch {
  bool value = false;
  CLI::Option* option = nullptr;
  bool given() const { return option != nullptr && option->count() > 0; }
};

struct CycleFlags {
  std::string cycle, dates, team_size, min_heads, max_travel_km, repeat_window;
  Switch reciprocal, cross_group, leadership_cover, avoid_same_trust;
  std::string travel_per_km, focus_match, fairness_per_day, cross_group_cost, unreviewed_cost;
};

// Sets the policy and weight fields named on the command line; returns which parts of the
// cycle ("dates", "policy", "weights") were given.
absl::StatusOr<std::vector<std::string>> FillCycle(const CycleFlags& f, v1::ReviewCycle* c) {
  std::vector<std::string> given;
  if (!f.dates.empty()) {
    ASSIGN_OR_RETURN(std::vector<std::string> dates, ParseDateList("--dates", f.dates));
    if (dates.empty()) return UsageError("--dates: give at least one date (YYYY-MM-DD,...)");
    for (const std::string& d : dates) c->add_dates(d);
    given.push_back("dates");
  }
  v1::ReviewPolicy* p = c->mutable_policy();
  if (!f.team_size.empty()) {
    ASSIGN_OR_RETURN(int32_t n, ParsePositiveInt("--team-size", f.team_size));
    p->set_team_size(n);
  }
  if (!f.min_heads.empty()) {
    ASSIGN_OR_RETURN(uint64_t n, ParseUnsigned("--min-heads", f.min_heads));
    if (n > 6) return UsageError("--min-heads: at most 6 (teams have at most 6 leaders)");
    p->set_min_heads_per_team(static_cast<int32_t>(n));
  }
  if (!f.max_travel_km.empty()) {
    ASSIGN_OR_RETURN(double km, ParseNonNegative("--max-travel-km", f.max_travel_km));
    p->set_max_travel_km(km);
  }
  if (!f.repeat_window.empty()) {
    ASSIGN_OR_RETURN(uint64_t n, ParseUnsigned("--repeat-window", f.repeat_window));
    if (n > 50) return UsageError("--repeat-window: at most 50 cycles");
    p->set_repeat_window_cycles(static_cast<int32_t>(n));
  }
  if (f.reciprocal.given()) p->set_allow_reciprocal(f.reciprocal.value);
  if (f.cross_group.given()) p->set_cross_group(f.cross_group.value);
  if (f.leadership_cover.given()) p->set_leadership_cover(f.leadership_cover.value);
  if (f.avoid_same_trust.given()) p->set_avoid_same_trust(f.avoid_same_trust.value);
  if (p->ByteSizeLong() > 0) given.push_back("policy");

  v1::ReviewWeights* w = c->mutable_weights();
  const struct {
    const char* flag;
    const std::string& text;
    void (v1::ReviewWeights::*set)(double);
  } weights[] = {
      {"--travel-per-km", f.travel_per_km, &v1::ReviewWeights::set_travel_per_km},
      {"--focus-match", f.focus_match, &v1::ReviewWeights::set_focus_match},
      {"--fairness-per-day", f.fairness_per_day, &v1::ReviewWeights::set_fairness_per_day},
      {"--cross-group-cost", f.cross_group_cost, &v1::ReviewWeights::set_cross_group},
      {"--unreviewed-cost", f.unreviewed_cost, &v1::ReviewWeights::set_unreviewed},
  };
  for (const auto& weight : weights) {
    if (weight.text.empty()) continue;
    ASSIGN_OR_RETURN(double v, ParseNonNegative(weight.flag, weight.text));
    (w->*weight.set)(v);
  }
  if (w->ByteSizeLong() > 0) given.push_back("weights");
  return given;
}

std::string YesNo(bool b) { return b ? "yes" : "no"; }

void PrintCycle(CliContext& ctx, const v1::ReviewCycle& c) {
  const v1::ReviewPolicy& p = c.policy();
  const v1::ReviewWeights& w = c.weights();
  ctx.out() << absl::StrFormat(
      "cycle %s (%s)\n"
      "  dates               %s\n"
      "  team                %d leaders, at least %d head(s)\n"
      "  reciprocal pairs    %s\n"
      "  same trust          %s\n"
      "  repeat window       %d cycle(s)\n"
      "  leadership cover    %s\n"
      "  cross-group         %s\n"
      "  longest journey     %s\n"
      "  weights             travel %g per km, focus match %g, fairness %g per day over "
      "1.5, cross-group %g, unreviewed %g\n",
      c.name(), v1::ReviewCycleStatus_Name(c.status()).substr(20), absl::StrJoin(c.dates(), ", "),
      p.team_size(), p.min_heads_per_team(), p.allow_reciprocal() ? "allowed" : "not allowed",
      p.avoid_same_trust() ? "avoided" : "allowed", p.repeat_window_cycles(),
      p.leadership_cover() ? "one leader stays on site" : "off",
      p.cross_group() ? "allowed (at a cost)" : "not allowed",
      p.max_travel_km() > 0 ? absl::StrCat(p.max_travel_km(), " km") : "no cap",
      w.travel_per_km(), w.focus_match(), w.fairness_per_day(), w.cross_group(), w.unreviewed());
}

absl::Status CreateCycle(CliContext& ctx, const CycleFlags& f) {
  v1::CreateReviewCycleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_cycle()->mutable_name(), ParseAcademicYear("--cycle", f.cycle));
  if (f.dates.empty()) return UsageError("--dates: give at least one date (YYYY-MM-DD,...)");
  RETURN_IF_ERROR(FillCycle(f, req.mutable_cycle()).status());
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewCycle created;
  RETURN_IF_ERROR(ctx.Check(stub->CreateReviewCycle(ctx.NewCall().get(), req, &created)));
  if (ctx.json()) return ctx.PrintJson(created);
  PrintCycle(ctx, created);
  ctx.err() << "created review cycle " << created.name() << "\n";
  return absl::OkStatus();
}

absl::Status UpdateCycle(CliContext& ctx, const CycleFlags& f) {
  v1::UpdateReviewCycleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_cycle()->mutable_name(), ParseAcademicYear("--cycle", f.cycle));
  ASSIGN_OR_RETURN(std::vector<std::string> given, FillCycle(f, req.mutable_cycle()));
  if (given.empty()) {
    return UsageError("nothing to change: give --dates, a rule or a weight (see --help)");
  }
  for (const std::string& path : given) req.mutable_update_mask()->add_paths(path);
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewCycle updated;
  RETURN_IF_ERROR(ctx.Check(stub->UpdateReviewCycle(ctx.NewCall().get(), req, &updated)));
  if (ctx.json()) return ctx.PrintJson(updated);
  PrintCycle(ctx, updated);
  ctx.err() << "updated review cycle " << updated.name() << " (" << absl::StrJoin(given, ", ")
            << ")\n";
  return absl::OkStatus();
}

absl::Status ShowCycle(CliContext& ctx, const std::string& cycle_text) {
  v1::GetReviewCycleRequest req;
  ASSIGN_OR_RETURN(*req.mutable_name(), ParseAcademicYear("--cycle", cycle_text));
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ReviewCycle cycle;
  RETURN_IF_ERROR(ctx.Check(stub->GetReviewCycle(ctx.NewCall().get(), req, &cycle)));
  if (ctx.json()) return ctx.PrintJson(cycle);
  PrintCycle(ctx, cycle);
  return absl::OkStatus();
}

absl::Status ListCycles(CliContext& ctx) {
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ListReviewCyclesResponse resp;
  RETURN_IF_ERROR(ctx.Check(
      stub->ListReviewCycles(ctx.NewCall().get(), v1::ListReviewCyclesRequest(), &resp)));
  if (ctx.json()) return ctx.PrintJson(resp);
  Table t({"CYCLE", "STATUS", "DATES", "TEAM", "RECIPROCAL", "CROSS-GROUP", "FAIRNESS/DAY"});
  for (const v1::ReviewCycle& c : resp.cycles()) {
    t.AddRow({c.name(), v1::ReviewCycleStatus_Name(c.status()).substr(20),
              absl::StrJoin(c.dates(), ","), absl::StrCat(c.policy().team_size()),
              YesNo(c.policy().allow_reciprocal()), YesNo(c.policy().cross_group()),
              absl::StrCat(c.weights().fairness_per_day())});
  }
  ctx.out() << t.Render();
  return absl::OkStatus();
}

// The options create and update share.
void AddRuleOptions(CLI::App* verb, CycleFlags* f, bool creating) {
  verb->add_option("--cycle", f->cycle, "Academic year, e.g. 2026-27")->required();
  auto* dates = verb->add_option("--dates", f->dates,
                                 creating ? "Dates reviews may take place on: D1,D2,..."
                                          : "Replace the dates: D1,D2,...");
  if (creating) dates->required();
  verb->add_option("--team-size", f->team_size, "Leaders per team (default 3)");
  verb->add_option("--min-heads", f->min_heads, "Headteachers per team at least (default 1)");
  verb->add_option("--max-travel-km", f->max_travel_km, "Longest journey, km (0: no cap, the default)");
  verb->add_option("--repeat-window", f->repeat_window,
                   "No school reviews the same school again within this many cycles (default 3)");
  f->reciprocal.option = verb->add_flag("--allow-reciprocal,!--no-reciprocal", f->reciprocal.value,
                                        "Allow (or forbid, the default) A and B reviewing each other");
  f->cross_group.option = verb->add_flag("--cross-group,!--no-cross-group", f->cross_group.value,
                                         "Allow (or forbid, the default) reviewers from other groups, at a cost");
  f->leadership_cover.option =
      verb->add_flag("--leadership-cover,!--no-leadership-cover", f->leadership_cover.value,
                     "Keep a leader of every school on site each day (the default), or not");
  f->avoid_same_trust.option =
      verb->add_flag("--avoid-same-trust,!--allow-same-trust", f->avoid_same_trust.value,
                     "Keep schools of one trust from reviewing each other (the default), or not");
  verb->add_option("--travel-per-km", f->travel_per_km, "Cost of a km travelled (default 1)");
  verb->add_option("--focus-match", f->focus_match,
                   "Credit for a team strong in a focus area of the school (default 25)");
  verb->add_option("--fairness-per-day", f->fairness_per_day,
                   "Cost of a day a school gives beyond its 1.5 a year, balance included "
                   "(default 500: holds every balance within half a day)");
  verb->add_option("--cross-group-cost", f->cross_group_cost,
                   "Cost of a reviewer from another group (default 200)");
  verb->add_option("--unreviewed-cost", f->unreviewed_cost,
                   "Cost of a school left unreviewed (default 100000)");
}

}  // namespace

void AddReviewCycleCommands(CLI::App& reviews, CliContext& ctx) {
  CLI::App* cycle = reviews.add_subcommand("cycle", "Review cycles (one per academic year)");
  cycle->require_subcommand(1);

  auto created = std::make_shared<CycleFlags>();
  CLI::App* create = cycle->add_subcommand("create", "Create a cycle with its dates, rules and weights");
  AddRuleOptions(create, created.get(), /*creating=*/true);
  create->callback([&ctx, created] {
    ctx.SetAction([&ctx, created] { return CreateCycle(ctx, *created); });
  });

  auto updated = std::make_shared<CycleFlags>();
  CLI::App* update = cycle->add_subcommand(
      "update", "Change a cycle's dates, rules or weights (only what is given; before confirmation)");
  AddRuleOptions(update, updated.get(), /*creating=*/false);
  update->callback([&ctx, updated] {
    ctx.SetAction([&ctx, updated] { return UpdateCycle(ctx, *updated); });
  });

  auto shown = std::make_shared<std::string>();
  CLI::App* show = cycle->add_subcommand("show", "Show a cycle's dates, rules and weights");
  show->add_option("--cycle", *shown, "Academic year")->required();
  show->callback([&ctx, shown] { ctx.SetAction([&ctx, shown] { return ShowCycle(ctx, *shown); }); });

  CLI::App* list = cycle->add_subcommand("list", "List the cycles");
  list->callback([&ctx] { ctx.SetAction([&ctx] { return ListCycles(ctx); }); });
}

}  // namespace partnership::cli
