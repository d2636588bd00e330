#include "partnership/scheduler/solver.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "common/status_macros.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/validate.h"
#include "scheduler/capacity_check.h"
#include "scheduler/lower_bound.h"
#include "scheduler/model.h"
#include "scheduler/planner.h"

namespace partnership::scheduler {
namespace {

using internal::Candidate;
using internal::kDeputy;
using internal::kHead;

// Lagrangian rounds (one min-cost flow each) for the search's starting teams and, once the
// search has a cost to aim at, for the bound. More rounds tighten the bound slowly; a
// country-sized problem gets fewer so that it finishes in about a minute.
struct Effort {
  int start_rounds, bound_rounds, iterations_per_school;
};
Effort EffortFor(int reviewees, const SolveOptions& options) {
  const bool large = reviewees > 5000;
  Effort e{large ? 2 : 6, large ? 4 : 20, large ? 20 : 300};
  if (options.iterations_per_school > 0) e.iterations_per_school = options.iterations_per_school;
  return e;
}

// Schools that can affect one another: linked by any pair that may review. Components
// come out in order of their first school, each listing its schools in school order.
std::vector<std::vector<int>> Components(int n,
                                         const std::vector<std::vector<Candidate>>& candidates) {
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (int b = 0; b < n; ++b) {
    for (const Candidate& c : candidates[b]) {
      const int x = find(b), y = find(c.school);
      if (x != y) parent[std::max(x, y)] = std::min(x, y);
    }
  }
  std::vector<int> slot(n, -1);
  std::vector<std::vector<int>> out;
  for (int s = 0; s < n; ++s) {
    const int root = find(s);
    if (slot[root] < 0) {
      slot[root] = static_cast<int>(out.size());
      out.emplace_back();
    }
    out[slot[root]].push_back(s);
  }
  return out;
}

}  // namespace

absl::StatusOr<Schedule> Solve(const Problem& problem, const SolveOptions& options) {
  const absl::Time start = absl::Now();
  RETURN_IF_ERROR(Validate(problem));
  const double limit =
      options.time_limit_seconds > 0 ? options.time_limit_seconds : problem.time_limit_seconds;
  const absl::Time deadline =
      limit > 0 ? start + absl::Seconds(limit) : absl::InfiniteFuture();

  const internal::Model model(problem);
  const int n = model.num_schools();
  std::vector<std::vector<Candidate>> candidates(n);
  for (int b = 0; b < n; ++b) {
    if (problem.schools[b].receives_review) candidates[b] = model.CandidatesFor(b);
  }
  const std::vector<std::vector<int>> components = Components(n, candidates);
  internal::Planner planner(model, candidates);
  int total_reviewees = 0;
  for (const School& s : problem.schools) total_reviewees += s.receives_review;
  const Effort effort = EffortFor(total_reviewees, options);

  std::vector<std::vector<std::string>> reasons(n);
  double bound = 0;
  SolveProgress progress;
  progress.groups_total = static_cast<int>(components.size());
  for (size_t ci = 0; ci < components.size(); ++ci) {
    const std::vector<int>& schools = components[ci];
    std::vector<int> reviewees;
    for (int s : schools) {
      if (problem.schools[s].receives_review) reviewees.push_back(s);
    }
    const internal::CapacityReport capacity =
        internal::CheckCapacity(model, reviewees, schools, candidates);
    // First a quick relaxation for the search to start from, then, knowing the cost the
    // search reached, the rounds that tighten the bound towards it.
    std::vector<std::vector<internal::Seat>> seats;
    double component_bound = internal::ComponentLowerBound(
        model, reviewees, schools, candidates, capacity.max_reviews,
        std::numeric_limits<double>::infinity(), effort.start_rounds, deadline, &seats);
    // Each component has its own random stream, so adding a group elsewhere does not
    // change this one's schedule.
    internal::Rng rng(problem.seed * 0x9e3779b97f4a7c15ULL + schools.front() + 1);
    planner.Improve(reviewees, schools, seats,
                    static_cast<int64_t>(effort.iterations_per_school) *
                        static_cast<int64_t>(reviewees.size()),
                    component_bound, deadline, rng);
    const double reached = planner.ComponentCost(reviewees, schools);
    if (reached > component_bound + 1e-6 && absl::Now() < deadline) {
      component_bound = std::max(
          component_bound, internal::ComponentLowerBound(model, reviewees, schools, candidates,
                                                         capacity.max_reviews, reached,
                                                         effort.bound_rounds, deadline, nullptr));
    }
    for (int b : reviewees) {
      if (planner.review_date(b) >= 0) continue;
      auto own = capacity.school_reasons.find(b);
      if (own != capacity.school_reasons.end()) {
        reasons[b] = own->second;
      } else {
        reasons[b] = capacity.group_reasons;
        if (reasons[b].empty()) reasons[b].push_back(planner.ExplainUnreviewed(b));
      }
    }
    bound += component_bound;
    progress.groups_done = static_cast<int>(ci + 1);
    progress.cost += planner.ComponentCost(reviewees, schools);
    progress.bound += component_bound;
    progress.seconds = absl::ToDoubleSeconds(absl::Now() - start);
    if (options.on_progress) options.on_progress(progress);
  }

  Schedule schedule;
  schedule.cycle = problem.cycle;
  for (int b = 0; b < n; ++b) {
    const School& school = problem.schools[b];
    if (!school.receives_review) continue;
    const int d = planner.review_date(b);
    if (d < 0) {
      schedule.unreviewed.push_back({school.id, reasons[b]});
      continue;
    }
    Review review;
    review.reviewee = school.id;
    review.date = problem.dates[d];
    bool lead_taken = false;
    for (int l : planner.team(b)) {
      TeamMember member;
      member.leader = model.leader(l).id;
      member.school = problem.schools[model.leader_school(l)].id;
      member.role = model.leader(l).role;
      member.lead = !lead_taken && member.role == LeaderRole::kHead;
      lead_taken |= member.lead;
      review.team.push_back(std::move(member));
    }
    schedule.reviews.push_back(std::move(review));
  }
  for (int s = 0; s < n; ++s) {
    DaysLedger entry;
    entry.school = problem.schools[s].id;
    entry.head_days_given = planner.days_given(s, kHead);
    entry.deputy_days_given = planner.days_given(s, kDeputy);
    entry.head_days_balance = problem.schools[s].head_days_balance + entry.head_days_given - 1.5;
    entry.deputy_days_balance =
        problem.schools[s].deputy_days_balance + entry.deputy_days_given - 1.5;
    schedule.ledger.push_back(entry);
  }
  schedule.cost = Cost(problem, schedule);
  schedule.bound = bound;
  // The bound is rounded down per arc in millionths; allow for that and for summation.
  const double tolerance = 1e-6 * std::max(1.0, std::abs(schedule.cost.total)) + 1e-3;
  schedule.optimal = schedule.cost.total - bound <= tolerance;
  schedule.solve_seconds = absl::ToDoubleSeconds(absl::Now() - start);

  for (size_t i = 0; i < problem.locked.size(); ++i) {
    const int b = model.SchoolIndex(problem.locked[i].reviewee);
    if (planner.review_date(b) < 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "locked[", i, "]: the review of ", problem.locked[i].reviewee,
          " cannot be completed together with the other locks: ",
          absl::StrJoin(reasons[b], "; ")));
    }
  }
  if (bound > schedule.cost.total + tolerance) {
    return absl::InternalError(absl::StrCat("lower bound ", bound, " exceeds the cost ",
                                            schedule.cost.total, " of a valid schedule"));
  }
  const std::vector<std::string> violations = CheckSchedule(problem, schedule);
  if (!violations.empty()) {
    return absl::InternalError(absl::StrCat("scheduler produced an invalid schedule: ",
                                            absl::StrJoin(violations, "; ")));
  }
  return schedule;
}

}  // namespace partnership::scheduler
