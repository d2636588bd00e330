#include "scheduler/component_solver.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>

#include "absl/time/clock.h"
#include "scheduler/capacity_check.h"
#include "scheduler/exact_mip.h"
#include "scheduler/lower_bound.h"
#include "scheduler/pair_mip.h"
#include "scheduler/pair_model.h"

namespace partnership::scheduler::internal {
namespace {

// The relaxation's rounds before the search may use half of the component's time:
// where one flow is slow (one big connected problem), the search needs the rest.
absl::Time StartDeadline(absl::Time start, absl::Time deadline) {
  if (deadline == absl::InfiniteFuture()) return deadline;
  return start + (deadline - start) / 2;
}

// A component whose cost is within this of its bound, plus kBoundSlack for each of its
// groups, is proven optimal (the MIP bounds are reported a hair below CBC's values, and a
// component solved group by group adds up one such bound per group: twelve of them came to
// more than this alone).
constexpr double kProvenSlack = 1e-3;
// Components with fewer reviewees than this get at least kSmallComponentSteps search steps
// (about half a second).
constexpr size_t kSmallComponent = 20;
constexpr int64_t kSmallComponentSteps = 40000;
// A component solved group by group (pair_mip.h) alternates exact re-solves of its groups
// with this many search steps per school, up to kByGroupRounds times.
constexpr int64_t kByGroupStepsPerSchool = 20;
// Its first search only has to bring in the cross-group members: the groups' re-solves
// rebuild the rest.
constexpr int64_t kByGroupFirstSteps = 2;
constexpr int kByGroupRounds = 8;

}  // namespace

Effort EffortFor(int reviewees, const SolveOptions& options) {
  const bool large = reviewees > 5000;
  Effort e{large ? 2 : 3, large ? 4 : 12, 300};
  if (options.iterations_per_school > 0) e.iterations_per_school = options.iterations_per_school;
  return e;
}

ComponentResult SolveComponent(const internal::Model& model,
                               const std::vector<std::vector<Candidate>>& candidates,
                               const std::vector<int>& schools, const Effort& effort,
                               absl::Time deadline, uint64_t seed, internal::Planner& planner,
                               std::vector<std::vector<std::string>>& reasons,
                               const ComponentWatch& watch) {
  const Problem& problem = model.problem();
  const absl::Time start = absl::Now();
  std::vector<int> reviewees;
  for (int s : schools) {
    if (problem.schools[s].receives_review) reviewees.push_back(s);
  }
  const internal::CapacityReport capacity =
      internal::CheckCapacity(model, reviewees, schools, candidates);
  std::set<int> groups;
  for (int s : schools) groups.insert(model.group(s));
  const double proven_slack = kProvenSlack + internal::kBoundSlack * groups.size();
  // First a quick relaxation for the search to start from, then, knowing the cost the
  // search reached, the rounds that tighten the bound towards it.
  std::vector<std::vector<internal::Seat>> seats;
  internal::Multipliers multipliers;
  double component_bound = -std::numeric_limits<double>::infinity();
  // Where a MIP solver is at hand, the date-free model solved exactly gives both a tighter
  // bound and better teams than the flow; the flow is the fallback.
  internal::GroupSolutions group_solutions;
  absl::StatusOr<internal::PairRelaxation> relaxed = internal::SolvePairRelaxation(
      model, reviewees, schools, candidates, capacity.max_reviews, StartDeadline(start, deadline),
      &group_solutions);
  const bool pair_solved = relaxed.ok() && relaxed->ran;
  if (pair_solved) {
    component_bound = relaxed->bound;
    seats = std::move(relaxed->seats);
  }
  if (seats.empty()) {
    component_bound = std::max(component_bound, internal::ComponentLowerBound(
        model, reviewees, schools, candidates, capacity.max_reviews,
        std::numeric_limits<double>::infinity(), effort.start_rounds,
        StartDeadline(start, deadline), /*credit_focus=*/true, &seats, &multipliers));
  }
  // Each component has its own random stream, so adding a group elsewhere does not
  // change this one's schedule.
  internal::Rng rng(seed * 0x9e3779b97f4a7c15ULL + schools.front() + 1);
  // A small component's steps are cheap, and its few dates make it the hardest to pack:
  // it gets a fixed number of steps whatever its size.
  const int64_t steps = std::max<int64_t>(
      reviewees.size() < kSmallComponent ? kSmallComponentSteps : 0,
      static_cast<int64_t>(effort.iterations_per_school) * static_cast<int64_t>(reviewees.size()));
  const bool by_group = pair_solved && relaxed->by_group;
  planner.Improve(reviewees, schools, seats,
                  by_group ? kByGroupFirstSteps * static_cast<int64_t>(reviewees.size()) : steps,
                  component_bound + proven_slack, deadline, rng);
  double reached = planner.ComponentCost(reviewees, schools);
  auto report = [&] {
    if (watch) watch({std::min(component_bound, reached), reached});
  };
  report();
  auto current_teams = [&] {
    std::vector<std::vector<internal::Seat>> teams(model.num_schools());
    for (int b : reviewees) {
      for (int l : planner.team(b)) {
        teams[b].push_back({model.leader_school(l), model.leader_role(l)});
      }
    }
    return teams;
  };
  // Teams from a model (dates aside): the search dates and polishes them, and the better
  // schedule is kept.
  auto try_teams = [&](const std::vector<std::vector<internal::Seat>>& teams) {
    const auto kept = planner.Snapshot(reviewees);
    planner.Adopt(reviewees, {});
    planner.Improve(reviewees, schools, teams,
                    kByGroupStepsPerSchool * static_cast<int64_t>(reviewees.size()),
                    component_bound + proven_slack, deadline, rng);
    const double now = planner.ComponentCost(reviewees, schools);
    if (now < reached - 1e-9) {
      reached = now;
      return true;
    }
    planner.Adopt(reviewees, kept);
    return false;
  };
  // Groups that borrow reviewers from other groups: the groups' own models did not charge
  // the lenders; the joined model does (pair_mip.h), and its teams are the next start.
  internal::JoinedLp joined_lp;
  if (by_group && reached > component_bound + proven_slack) {
    auto priced = internal::SolveWithLenders(model, reviewees, schools, candidates, seats,
                                             capacity.max_reviews, deadline, &group_solutions,
                                             internal::kMaxJoinedColumns, &joined_lp);
    if (priced.ok() && priced->ran) {
      component_bound = std::max(component_bound, std::min(priced->bound, reached));
      if (!priced->seats.empty()) try_teams(priced->seats);
      report();
    }
  }
  // The joined MIP below `ceiling` (a cost in hand, dated or not), if that is below the
  // ceiling it last searched below: either nothing is cheaper, which bounds the component,
  // or cheaper teams come back for the search to date. A model too big with that ceiling is
  // left alone, except in the last look, which narrows it (pair_mip.h).
  auto look_below = [&](double ceiling, bool narrow) {
    if (!by_group || absl::Now() >= deadline) return;
    auto below =
        internal::SolveJoinedBelow(model, reviewees, schools, candidates, &joined_lp, ceiling,
                                   capacity.max_reviews, deadline, &group_solutions, narrow);
    if (below.ok() && below->ran) {
      component_bound = std::max(component_bound, below->bound);
      if (!below->seats.empty()) try_teams(below->seats);
      report();
    }
  };
  // Then each group is re-solved exactly with the cross-group part of the schedule fixed,
  // and the search places and polishes the result. The cross-group part changes only
  // through the search, so a few rounds suffice.
  for (int round = 0; by_group && round < kByGroupRounds; ++round) {
    if (reached <= component_bound + proven_slack || absl::Now() >= deadline) break;
    auto better = internal::ReoptimiseWithinGroups(model, reviewees, schools, candidates,
                                                   current_teams(), deadline, &group_solutions);
    // Teams no cheaper than the schedule in hand: the search has polished it already.
    if (!better.ok() || better->teams.empty() || better->cost >= reached - 1e-6) break;
    // Their cost is a ceiling before the search dates them (0.4 s on a county): the joined
    // MIP may prove it, or find cheaper teams.
    look_below(better->cost, /*narrow=*/false);
    if (reached <= component_bound + proven_slack || better->cost >= reached - 1e-6) break;
    if (!try_teams(better->teams)) break;
    report();
  }
  if (reached > component_bound + proven_slack) look_below(reached, /*narrow=*/true);
  // Small components go to the exact solver with the search's cost as a cutoff: it either
  // finds a cheaper schedule or proves there is none.
  if (reached > component_bound + proven_slack) {
    std::vector<internal::ExactReview> incumbent;
    for (const auto& r : planner.Snapshot(reviewees)) {
      incumbent.push_back({r.reviewee, r.date, r.leaders});
    }
    auto exact = internal::SolveComponentExactly(model, reviewees, schools, candidates,
                                                 reached, incumbent, deadline);
    if (exact.ok() && exact->ran) {
      if (exact->improved) {
        const auto kept = planner.Snapshot(reviewees);
        std::vector<internal::Planner::PlacedReview> found;
        for (const auto& r : exact->reviews) found.push_back({r.reviewee, r.date, r.leaders});
        planner.Adopt(reviewees, found);
        const double now = planner.ComponentCost(reviewees, schools);
        // CBC's tolerances are not ours: keep its schedule only if it really is cheaper.
        if (now < reached - 1e-9) {
          reached = now;
        } else {
          planner.Adopt(reviewees, kept);
        }
      }
      component_bound = std::max(component_bound, std::min(exact->bound, reached));
    }
  }
  // Small components' flows cost next to nothing: give them the rounds to close the gap.
  const int bound_rounds =
      reviewees.size() < 20 ? std::max(effort.bound_rounds, 40) : effort.bound_rounds;
  // The focus-free relaxation is only stronger where the focus cap cannot be priced
  // (reviewees with three or more focus areas; see lower_bound.h).
  bool uncapped = false;
  for (int b : reviewees) uncapped |= model.focus(b).size() > 2;
  for (const bool credit_focus : {true, false}) {
    if (pair_solved && relaxed->proven) break;  // The flow's bound is weaker.
    if (!credit_focus && !uncapped) break;
    if (reached <= component_bound + proven_slack || absl::Now() >= deadline) break;
    component_bound = std::max(
        component_bound, internal::ComponentLowerBound(model, reviewees, schools, candidates,
                                                       capacity.max_reviews, reached,
                                                       bound_rounds, deadline,
                                                       credit_focus, nullptr,
                                                       credit_focus ? &multipliers : nullptr));
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
  // Proven: the bound is the cost (what is left is CBC's tolerance, not a gap).
  if (reached <= component_bound + proven_slack) component_bound = reached;
  return {component_bound, reached};
}

}  // namespace partnership::scheduler::internal
