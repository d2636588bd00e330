#include "client/schedule_command.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "client/arguments.h"
#include "client/cli_context.h"
#include "client/exit_codes.h"
#include "common/status_macros.h"
#include "partnership/scheduler/json.h"
#include "partnership/scheduler/repair.h"
#include "partnership/scheduler/solver.h"

namespace partnership::cli {
namespace {

struct ScheduleArgs {
  std::string problem, out, seed, time_limit, previous, withdraw;
  bool explain = false;
};

// How far the cost is from the bound: a percentage where the bound is positive, else the
// difference itself (costs go below zero with focus credit).
std::string Gap(const scheduler::Schedule& s) {
  if (s.optimal) return "gap 0 (optimal)";
  if (s.bound > 0) return absl::StrFormat("gap %.4f%%", 100.0 * (s.cost.total - s.bound) / s.bound);
  return absl::StrFormat("gap %.2f", s.cost.total - s.bound);
}

// The schedule to repair (--previous), checked to be of the problem's cycle.
absl::StatusOr<scheduler::Schedule> ReadPrevious(const ScheduleArgs& args,
                                                 const scheduler::Problem& problem) {
  ASSIGN_OR_RETURN(std::string text, ReadLocalFile("--previous", args.previous));
  auto parsed = scheduler::ParseScheduleJson(text);
  if (!parsed.ok()) {
    return UsageError(absl::StrCat("--previous: ", args.previous, ": ", parsed.status().message()));
  }
  if (parsed->cycle != problem.cycle) {
    return UsageError(absl::StrCat("--previous: ", args.previous, ": cycle \"", parsed->cycle,
                                   "\" is not the problem's cycle \"", problem.cycle, "\""));
  }
  // A schedule of this problem names every school that wants a review, once: in reviews
  // or in unreviewed. (A problem file given by mistake parses too, with neither.)
  std::map<std::string, int> seen;
  for (const scheduler::Review& r : parsed->reviews) ++seen[r.reviewee];
  for (const scheduler::Unreviewed& u : parsed->unreviewed) ++seen[u.school];
  for (const scheduler::School& school : problem.schools) {
    if (!school.receives_review || seen[school.id] == 1) continue;
    return UsageError(absl::StrCat("--previous: ", args.previous,
                                   " is not a schedule of this problem: school ", school.id,
                                   seen[school.id] == 0 ? " is in neither reviews nor unreviewed"
                                                        : " appears more than once"));
  }
  return parsed;
}

absl::Status Run(CliContext& ctx, const ScheduleArgs& args) {
  if (args.previous.empty() != args.withdraw.empty()) {
    return UsageError("--previous and --withdraw go together: the schedule to repair and the "
                      "leader who has dropped out");
  }
  ASSIGN_OR_RETURN(std::string text, ReadLocalFile("--problem", args.problem));
  auto parsed = scheduler::ParseProblemJson(text);
  if (!parsed.ok()) {
    return UsageError(absl::StrCat("--problem: ", args.problem, ": ", parsed.status().message()));
  }
  scheduler::Problem problem = *std::move(parsed);
  if (!args.seed.empty()) {
    ASSIGN_OR_RETURN(problem.seed, ParseUnsigned("--seed", args.seed));
  }
  scheduler::SolveOptions options;
  if (!args.time_limit.empty()) {
    ASSIGN_OR_RETURN(options.time_limit_seconds, ParseSeconds("--time-limit", args.time_limit));
  }
  // One line, rewritten in place: padded to the last one's length, so that a shorter line
  // leaves nothing of it behind.
  size_t last_length = 0;
  options.on_progress = [&ctx, &last_length](const scheduler::SolveProgress& p) {
    std::string line = absl::StrFormat("solving: %d/%d groups", p.groups_done, p.groups_total);
    if (p.groups_done > 0) absl::StrAppendFormat(&line, ", cost %.1f, bound %.1f", p.cost, p.bound);
    if (p.waiting && p.groups_under_way > 0) {
      absl::StrAppendFormat(&line, "; under way, %d group%s so far: cost %.1f, bound %.1f",
                            p.groups_under_way, p.groups_under_way == 1 ? "" : "s",
                            p.under_way_cost, p.under_way_bound);
    }
    absl::StrAppendFormat(&line, ", %.1f s", p.seconds);
    const size_t length = line.size();
    if (length < last_length) line.append(last_length - length, ' ');
    last_length = length;
    ctx.err() << "\r" << line << std::flush;
  };
  const bool repairing = !args.previous.empty();  // With --withdraw, checked above.
  scheduler::Schedule previous;
  if (repairing) {
    ASSIGN_OR_RETURN(previous, ReadPrevious(args, problem));
    bool known = false;
    for (const scheduler::School& school : problem.schools) {
      for (const scheduler::Leader& leader : school.leaders) known |= leader.id == args.withdraw;
    }
    if (!known) {
      return UsageError(absl::StrCat("--withdraw: no leader \"", args.withdraw, "\" in ",
                                     args.problem));
    }
  }
  auto solved = repairing ? scheduler::RepairSchedule(problem, previous, args.withdraw, options)
                          : scheduler::Solve(problem, options);
  ctx.err() << "\n";
  if (!solved.ok()) {
    if (repairing && absl::IsInvalidArgument(solved.status())) {
      return UsageError(absl::StrCat("--previous: ", args.previous,
                                     " does not fit the problem: ", solved.status().message()));
    }
    return solved.status();
  }
  const scheduler::Schedule& s = *solved;
  RETURN_IF_ERROR(WriteLocalFile("--out", args.out, scheduler::ScheduleToJson(s)));
  ctx.err() << absl::StrFormat(
      "%s: %d reviews, %d unreviewed; cost %.2f, bound %.2f, %s; %.2f s; wrote %s\n", s.cycle,
      s.reviews.size(), s.unreviewed.size(), s.cost.total, s.bound, Gap(s), s.solve_seconds,
      args.out);
  if (repairing) {
    // What the coordinator must tell schools: one line per change, on stdout.
    const std::vector<std::string> changes = scheduler::Diff(previous, s);
    for (const std::string& change : changes) ctx.out() << change << "\n";
    ctx.err() << changes.size() << " change(s) after " << args.withdraw << " withdrew\n";
  }
  if (args.explain) ctx.out() << ExplainSchedule(problem, s);
  return absl::OkStatus();
}

}  // namespace

std::string ExplainSchedule(const scheduler::Problem& problem, const scheduler::Schedule& s) {
  std::string out;
  std::map<std::string, std::string> names;
  for (const scheduler::School& school : problem.schools) names[school.id] = school.name;
  if (s.unreviewed.empty()) {
    out += "Every school that wants a review has one.\n";
  } else {
    absl::StrAppend(&out, s.unreviewed.size(), " school(s) without a review:\n");
    for (const scheduler::Unreviewed& u : s.unreviewed) {
      absl::StrAppend(&out, "  ", u.school, " ", names[u.school], "\n");
      for (const std::string& reason : u.reasons) absl::StrAppend(&out, "    - ", reason, "\n");
    }
  }
  const scheduler::Weights& w = problem.weights;
  const scheduler::CostBreakdown& c = s.cost;
  absl::StrAppend(&out, "\nCost, term by term:\n");
  absl::StrAppend(&out, absl::StrFormat("  unreviewed      %6d x %10.1f = %12.1f\n", c.unreviewed,
                                        w.unreviewed, c.unreviewed * w.unreviewed));
  absl::StrAppend(&out, absl::StrFormat("  travel km   %10.1f x %10.1f = %12.1f\n", c.travel_km,
                                        w.travel_per_km, c.travel_km * w.travel_per_km));
  absl::StrAppend(&out, absl::StrFormat("  cross-group     %6d x %10.1f = %12.1f\n",
                                        c.cross_group_assignments, w.cross_group,
                                        c.cross_group_assignments * w.cross_group));
  absl::StrAppend(&out, absl::StrFormat("  fairness    %10.1f x %10.1f = %12.1f\n", c.fairness_days,
                                        w.fairness_per_day, c.fairness_days * w.fairness_per_day));
  absl::StrAppend(&out, absl::StrFormat("  focus match     %6d x %10.1f = %12.1f\n", c.focus_matches,
                                        -w.focus_match, -c.focus_matches * w.focus_match));
  absl::StrAppend(&out, absl::StrFormat("  total                               %12.1f\n", c.total));
  absl::StrAppend(&out, absl::StrFormat("  proven lower bound                  %12.1f%s\n", s.bound,
                                        s.optimal ? "  (optimal)" : ""));
  return out;
}

CLI::App* AddScheduleCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<ScheduleArgs>();
  CLI::App* cmd = app.add_subcommand(
      "schedule",
      "Solve a peer-review problem file offline (no server, no token) and write the schedule "
      "file; the same problem and seed give the same schedule, byte for byte");
  cmd->add_option("--problem", args->problem,
                  "Problem JSON (shared/spec/scheduler.md; `reviews export-problem` writes one)")
      ->required();
  cmd->add_option("--out", args->out, "Where to write the schedule JSON")->required();
  cmd->add_flag("--explain", args->explain,
                "Print why each unreviewed school is unreviewed and the cost term by term");
  cmd->add_option("--seed", args->seed, "Override the problem's seed");
  cmd->add_option("--time-limit", args->time_limit, "Override the problem's time limit, seconds");
  cmd->add_option("--previous", args->previous,
                  "Repair this schedule (JSON, e.g. from `reviews export-schedule`) instead of "
                  "solving afresh: every review stays as it was where it can; with --withdraw");
  cmd->add_option("--withdraw", args->withdraw,
                  "The leader (id, as in the problem file) who has dropped out; the changes are "
                  "printed one per line");
  cmd->callback([&ctx, args] { ctx.SetAction([&ctx, args] { return Run(ctx, *args); }); });
  return cmd;
}

}  // namespace partnership::cli
