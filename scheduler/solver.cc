#include "partnership/scheduler/solver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "common/status_macros.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/validate.h"
#include "scheduler/component_solver.h"
#include "scheduler/model.h"
#include "scheduler/planner.h"

namespace partnership::scheduler {
namespace {

using internal::Candidate;
using internal::kDeputy;
using internal::kHead;

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

// The spec asks for about a minute on a 2-core machine.
constexpr int kWorkers = 2;
constexpr double kSearchShareOfLimit = 0.95;
// A group's fair share of the time is small (a country's groups get about a fifth of a
// second), and the hardest groups' exact solves need many times that: the slack keeps every
// group below its deadline on a 2-core machine, so a country's schedule is reproducible
// and each group is finished, while the overall deadline still stops a slow machine. (At
// 12, one group of 41 in the second generated country stopped its date-free model at half
// its share, 1.35 s, and two runs gave different schedules; at 24 none does.)
constexpr double kShareSlack = 24.0;

}  // namespace

absl::StatusOr<Schedule> Solve(const Problem& problem, const SolveOptions& options) {
  const absl::Time start = absl::Now();
  RETURN_IF_ERROR(Validate(problem));
  const double limit =
      options.time_limit_seconds > 0 ? options.time_limit_seconds : problem.time_limit_seconds;
  // The search stops a little before the limit: checking and writing out a country's
  // schedule takes a second or two.
  const absl::Time deadline =
      limit > 0 ? start + absl::Seconds(limit * kSearchShareOfLimit) : absl::InfiniteFuture();

  const internal::Model model(problem);
  const int n = model.num_schools();
  std::vector<std::vector<Candidate>> candidates(n);
  for (int b = 0; b < n; ++b) {
    if (problem.schools[b].receives_review) candidates[b] = model.CandidatesFor(b);
  }
  const std::vector<std::vector<int>> components = Components(n, candidates);
  int total_reviewees = 0;
  for (const School& s : problem.schools) total_reviewees += s.receives_review;
  const internal::Effort effort = internal::EffortFor(total_reviewees, options);

  // Components are independent: two workers take them in order, each with its own planner,
  // and every component's result depends on that component alone (its own random stream,
  // its own objective), so the schedule is the same whichever worker solves what. Progress
  // is reported from the calling thread, in component order.
  const int workers = components.size() > 1 ? kWorkers : 1;
  std::vector<std::unique_ptr<internal::Planner>> planners;
  for (int w = 0; w < workers; ++w) {
    planners.push_back(std::make_unique<internal::Planner>(model, candidates));
  }
  std::vector<const internal::Planner*> owner(n, nullptr);  // The planner holding s's review.
  std::vector<std::vector<std::string>> reasons(n);
  std::vector<internal::ComponentResult> results(components.size());
  std::vector<int> component_reviewees(components.size(), 0);
  for (size_t ci = 0; ci < components.size(); ++ci) {
    for (int s : components[ci]) component_reviewees[ci] += problem.schools[s].receives_review;
  }
  std::mutex mu;
  std::condition_variable done_cv;
  std::vector<char> done(components.size(), 0);
  // Each component's best cost and bound so far, once it has a first schedule.
  std::vector<std::optional<internal::ComponentResult>> running(components.size());
  // The biggest components are taken first, so that the workers finish together.
  std::vector<size_t> order(components.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return components[x].size() > components[y].size();
  });
  size_t next = 0;
  int unstarted = total_reviewees;  // Reviewees in components no worker has taken yet.
  auto work = [&](int w) {
    internal::Planner& planner = *planners[w];
    while (true) {
      size_t ci;
      absl::Time component_deadline;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next >= components.size()) return;
        ci = order[next++];
        // A fair share of the time left (this component's part of the reviewees not yet
        // started, with `workers` of them in flight at once), kShareSlack times over: on a
        // machine fast enough for the problem no component reaches it, so the answer is
        // reproducible; on a slow one the last groups still get their turn.
        const int mine = component_reviewees[ci];
        const double left = absl::ToDoubleSeconds(deadline - absl::Now());
        component_deadline = deadline;
        if (deadline != absl::InfiniteFuture() && unstarted > 0) {
          const double share = kShareSlack * left * workers * mine / std::max(unstarted, mine);
          component_deadline = std::min(deadline, absl::Now() + absl::Seconds(share));
        }
        unstarted -= mine;
      }
      for (int s : components[ci]) owner[s] = &planner;
      // What the calling thread reports while it waits on this component.
      auto watch = [&, ci](const internal::ComponentResult& so_far) {
        std::lock_guard<std::mutex> lock(mu);
        running[ci] = so_far;
      };
      results[ci] =
          internal::SolveComponent(model, candidates, components[ci], effort, component_deadline,
                                   problem.seed, planner, reasons, watch);
      {
        std::lock_guard<std::mutex> lock(mu);
        done[ci] = 1;
      }
      done_cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w) threads.emplace_back(work, w);
  // Progress as the groups finish, whichever worker finishes first (the figures are only
  // shown; the schedule's bound below is added up in component order).
  SolveProgress progress;
  progress.groups_total = static_cast<int>(components.size());
  std::vector<char> reported(components.size(), 0);
  while (progress.groups_done < progress.groups_total) {
    std::vector<size_t> finished;
    SolveProgress waiting = progress;
    {
      std::unique_lock<std::mutex> lock(mu);
      const auto any_finished = [&] {
        for (size_t ci = 0; ci < components.size(); ++ci) {
          if (done[ci] && !reported[ci]) return true;
        }
        return false;
      };
      if (done_cv.wait_for(lock, std::chrono::seconds(1), any_finished)) {
        for (size_t ci = 0; ci < components.size(); ++ci) {
          if (done[ci] && !reported[ci]) finished.push_back(ci);
          if (done[ci]) reported[ci] = 1;
        }
      } else {
        waiting.waiting = true;
        for (size_t ci = 0; ci < components.size(); ++ci) {
          if (!running[ci] || done[ci]) continue;
          ++waiting.groups_under_way;
          waiting.under_way_cost += running[ci]->cost;
          waiting.under_way_bound += running[ci]->bound;
        }
      }
    }
    if (finished.empty()) {
      waiting.seconds = absl::ToDoubleSeconds(absl::Now() - start);
      if (options.on_progress) options.on_progress(waiting);
    }
    for (size_t ci : finished) {
      ++progress.groups_done;
      progress.cost += results[ci].cost;
      progress.bound += results[ci].bound;
      progress.seconds = absl::ToDoubleSeconds(absl::Now() - start);
      if (options.on_progress) options.on_progress(progress);
    }
  }
  for (std::thread& t : threads) t.join();
  double bound = 0;
  for (const internal::ComponentResult& result : results) bound += result.bound;

  Schedule schedule;
  schedule.cycle = problem.cycle;
  for (int b = 0; b < n; ++b) {
    const School& school = problem.schools[b];
    if (!school.receives_review) continue;
    const int d = owner[b]->review_date(b);
    if (d < 0) {
      schedule.unreviewed.push_back({school.id, reasons[b]});
      continue;
    }
    Review review;
    review.reviewee = school.id;
    review.date = problem.dates[d];
    bool lead_taken = false;
    for (int l : owner[b]->team(b)) {
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
    entry.head_days_given = owner[s]->days_given(s, kHead);
    entry.deputy_days_given = owner[s]->days_given(s, kDeputy);
    entry.head_days_balance = problem.schools[s].head_days_balance + entry.head_days_given - 1.5;
    entry.deputy_days_balance =
        problem.schools[s].deputy_days_balance + entry.deputy_days_given - 1.5;
    schedule.ledger.push_back(entry);
  }
  schedule.cost = Cost(problem, schedule);
  // The bound is rounded down per arc in millionths; allow for that and for summation.
  const double tolerance = 1e-6 * std::max(1.0, std::abs(schedule.cost.total)) + 1e-3;
  // A proven component's bound is its cost; added up in another order they may differ in
  // the last digits, and a bound is never reported above the cost (checked below).
  schedule.bound = std::min(bound, schedule.cost.total);
  schedule.optimal = schedule.cost.total - bound <= tolerance;
  schedule.solve_seconds = absl::ToDoubleSeconds(absl::Now() - start);

  for (size_t i = 0; i < problem.locked.size(); ++i) {
    const int b = model.SchoolIndex(problem.locked[i].reviewee);
    if (owner[b]->review_date(b) < 0) {
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
