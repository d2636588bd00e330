// Prints, per problem size, the scheduler's cost, proven bound, gap, time and peak memory.
//
//   scheduler_bench [county|county-nofocus|county-cross|national|national:N|cycles|all] [seed]
//                   [iterations per school]
//   scheduler_bench county-cross-sweep [first seed] [last seed]   (default: 100 seeds)
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "absl/time/clock.h"
#include "bench/problem_generator.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/solver.h"

namespace {

using partnership::scheduler::Problem;

long PeakMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

int g_iterations = 0;

// FNV-1a over the reviews (reviewee, date, leaders): equal hashes on two runs mean the
// same schedule, which is what the determinism promise is about.
uint64_t ScheduleHash(const partnership::scheduler::Schedule& s) {
  uint64_t h = 1469598103934665603ULL;
  auto mix = [&](const std::string& text) {
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ 0xff) * 1099511628211ULL;
  };
  for (const auto& r : s.reviews) {
    mix(r.reviewee);
    mix(r.date);
    for (const auto& m : r.team) mix(m.leader);
  }
  return h;
}

void Run(const char* name, const Problem& problem) {
  partnership::scheduler::SolveOptions options;
  if (g_iterations > 0) options.iterations_per_school = g_iterations;
  options.on_progress = [](const partnership::scheduler::SolveProgress& p) {
    if (p.waiting) return;
    if (p.groups_done % 100 == 0 || p.groups_done == p.groups_total) {
      std::fprintf(stderr, "  %d/%d groups, cost %.1f, bound %.1f, %.1f s\n", p.groups_done,
                   p.groups_total, p.cost, p.bound, p.seconds);
    }
  };
  const absl::Time start = absl::Now();
  auto schedule = partnership::scheduler::Solve(problem, options);
  const double seconds = absl::ToDoubleSeconds(absl::Now() - start);
  if (!schedule.ok()) {
    std::printf("%-14s FAILED: %s\n", name, std::string(schedule.status().message()).c_str());
    return;
  }
  const auto violations = partnership::scheduler::CheckSchedule(problem, *schedule);
  const double gap = schedule->cost.total != 0
                         ? (schedule->cost.total - schedule->bound) / std::abs(schedule->cost.total)
                         : 0;
  std::printf(
      "%-14s schools %6zu  reviews %6zu  unreviewed %4d  cost %14.1f  bound %14.1f  "
      "gap %7.3f%% (%.4f)  optimal %d  time %7.2f s  peak %5ld MiB  violations %zu\n",
      name, problem.schools.size(), schedule->reviews.size(), schedule->cost.unreviewed,
      schedule->cost.total, schedule->bound, 100 * gap, schedule->cost.total - schedule->bound,
      schedule->optimal, seconds, PeakMiB(), violations.size());
  std::printf("%-14s travel %.1f km, focus matches %d, fairness days %.1f, cross-group %d, "
              "schedule hash %016llx\n",
              "", schedule->cost.travel_km, schedule->cost.focus_matches,
              schedule->cost.fairness_days, schedule->cost.cross_group_assignments,
              static_cast<unsigned long long>(ScheduleHash(*schedule)));
  std::fflush(stdout);
}

// Counties `first` to `last`, cross-group: one line each, then how many meet issue 3's
// target (within 0.1% of the bound in under 2 s) and the spread of times. Ten seeds hide
// the tail: the slowest few in a hundred take several times the median.
void CrossGroupSweep(uint64_t first, uint64_t last) {
  std::vector<double> times;
  int optimal = 0, within = 0, met = 0;
  double slowest = 0;
  uint64_t slowest_seed = first;
  for (uint64_t seed = first; seed <= last; ++seed) {
    const Problem p = partnership::bench::GenerateCrossGroupCounty(seed);
    const absl::Time start = absl::Now();
    auto s = partnership::scheduler::Solve(p);
    const double seconds = absl::ToDoubleSeconds(absl::Now() - start);
    if (!s.ok()) {
      std::printf("seed %3llu FAILED: %s\n", static_cast<unsigned long long>(seed),
                  std::string(s.status().message()).c_str());
      continue;
    }
    const double gap = (s->cost.total - s->bound) / std::max(1.0, std::abs(s->cost.total));
    const bool close = gap <= 0.001;
    optimal += s->optimal;
    within += close;
    met += close && seconds < 2;
    times.push_back(seconds);
    if (seconds > slowest) {
      slowest = seconds;
      slowest_seed = seed;
    }
    std::printf("seed %3llu  cost %9.1f  bound %9.1f  gap %6.3f%%  optimal %d  %6.2f s\n",
                static_cast<unsigned long long>(seed), s->cost.total, s->bound, 100 * gap,
                s->optimal, seconds);
    std::fflush(stdout);
  }
  if (times.empty()) return;
  std::sort(times.begin(), times.end());
  const auto at = [&](double q) { return times[static_cast<size_t>(q * (times.size() - 1))]; };
  std::printf(
      "county-cross seeds %llu-%llu: %zu solved, %d proven optimal, %d within 0.1%%, "
      "%d within 0.1%% in under 2 s; time median %.2f s, 90th percentile %.2f s, "
      "max %.2f s (seed %llu); peak %ld MiB\n",
      static_cast<unsigned long long>(first), static_cast<unsigned long long>(last), times.size(),
      optimal, within, met, at(0.5), at(0.9), slowest,
      static_cast<unsigned long long>(slowest_seed), PeakMiB());
}

}  // namespace

// Five cycles in a row, each school's balances carried through the ledger as the server
// carries them (balance + given - 1.5, reviews.LedgerFor): prints the widest head and
// deputy balance after each cycle (the issue asks for within +-0.5 day).
//
// The county is run as the partnership would run it: every member school has trained at
// least one head and one deputy (a school with no trained deputy can give no deputy days,
// and its balance falls 1.5 a cycle whatever the scheduler does), and cross-group reviewers
// within 60 km make up for the secondary clusters too small for the repeat window (a
// cluster of 7 runs out of schools that have not reviewed it by the third cycle).
// `fairness_per_day` is the cycle's weight: the partnership's default (500) or the spec
// file's (50), for contrast.
void Cycles(uint64_t seed, double fairness_per_day) {
  Problem p = partnership::bench::GenerateCounty(seed);
  for (auto& school : p.schools) {
    school.head_days_balance = school.deputy_days_balance = 0;
    bool trained[2] = {false, false};
    for (auto& leader : school.leaders) {
      const int role = leader.role == partnership::scheduler::LeaderRole::kHead ? 0 : 1;
      if (!trained[role]) leader.trained = trained[role] = true;
    }
  }
  p.history.clear();
  p.policy.cross_group = true;
  p.policy.max_travel_km = 60;
  p.weights.fairness_per_day = fairness_per_day;
  std::printf("five cycles, fairnessPerDay %.0f, cross-group within 60 km, every school with a "
              "trained head and deputy\n", fairness_per_day);
  for (int cycle = 1; cycle <= 5; ++cycle) {
    partnership::scheduler::SolveOptions options;
    if (g_iterations > 0) options.iterations_per_school = g_iterations;
    auto s = partnership::scheduler::Solve(p, options);
    if (!s.ok()) {
      std::printf("cycle %d FAILED: %s\n", cycle, std::string(s.status().message()).c_str());
      return;
    }
    double head_lo = 0, head_hi = 0, dep_lo = 0, dep_hi = 0;
    int outside = 0;
    for (size_t i = 0; i < p.schools.size(); ++i) {
      const auto& l = s->ledger[i];
      head_lo = std::min(head_lo, l.head_days_balance);
      head_hi = std::max(head_hi, l.head_days_balance);
      dep_lo = std::min(dep_lo, l.deputy_days_balance);
      dep_hi = std::max(dep_hi, l.deputy_days_balance);
      outside += std::abs(l.head_days_balance) > 0.5 + 1e-9;
      outside += std::abs(l.deputy_days_balance) > 0.5 + 1e-9;
      p.schools[i].head_days_balance = l.head_days_balance;
      p.schools[i].deputy_days_balance = l.deputy_days_balance;
    }
    // This cycle's reviews become history for the next.
    for (auto& h : p.history) ++h.cycles_ago;
    for (const auto& r : s->reviews) {
      for (const auto& m : r.team) p.history.push_back({m.school, r.reviewee, 1});
    }
    std::printf("cycle %d  reviews %zu  unreviewed %d  head balance [%+.1f, %+.1f]  deputy "
                "balance [%+.1f, %+.1f]  school-roles outside +-0.5: %d  cost %.1f  bound %.1f  "
                "%.1f s\n",
                cycle, s->reviews.size(), s->cost.unreviewed, head_lo, head_hi, dep_lo, dep_hi,
                outside, s->cost.total, s->bound, s->solve_seconds);
    std::fflush(stdout);
  }
}

int main(int argc, char** argv) {
  const std::string which = argc > 1 ? argv[1] : "all";
  const uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  g_iterations = argc > 3 && which != "county-cross-sweep" ? std::atoi(argv[3]) : 0;
  if (which == "county" || which == "all") {
    Problem p = partnership::bench::GenerateCounty(seed);
    Run("county", p);
  }
  if (which == "county-nofocus") {  // How much of the gap is focus credit.
    Problem p = partnership::bench::GenerateCounty(seed);
    p.weights.focus_match = 0;
    Run("county-nofocus", p);
  }
  if (which == "county-cross" || which == "all") {
    Run("county-cross", partnership::bench::GenerateCrossGroupCounty(seed));
  }
  if (which == "county-cross-sweep") {  // county-cross-sweep FIRST LAST
    CrossGroupSweep(seed, argc > 3 ? std::strtoull(argv[3], nullptr, 10) : seed + 99);
  }
  if (which == "national" || which == "all") {
    Run("national", partnership::bench::GenerateNational(seed));
  }
  if (which == "cycles") {
    Cycles(seed, 500);  // reviews::kPartnershipFairnessPerDay
    Cycles(seed, 50);   // shared/spec/scheduler.md's default
  }
  if (which.rfind("national:", 0) == 0) {  // national:N, a smaller country for profiling.
    Run("national-part", partnership::bench::GenerateNational(seed, std::atoi(which.c_str() + 9)));
  }
  return 0;
}
