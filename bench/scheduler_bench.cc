// Prints, per problem size, the scheduler's cost, proven bound, gap, time and peak memory.
//
//   scheduler_bench [county|county-cross|national|national:N|all] [seed] [iterations per school]
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <string>

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

void Run(const char* name, const Problem& problem) {
  partnership::scheduler::SolveOptions options;
  if (g_iterations > 0) options.iterations_per_school = g_iterations;
  options.on_progress = [](const partnership::scheduler::SolveProgress& p) {
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
  std::printf("%-14s schools %6zu  reviews %6zu  unreviewed %4d  cost %14.1f  bound %14.1f  "
              "gap %7.3f%% (%.1f)  optimal %d  time %7.2f s  peak %5ld MiB  violations %zu\n",
              name, problem.schools.size(), schedule->reviews.size(),
              schedule->cost.unreviewed, schedule->cost.total, schedule->bound, 100 * gap, schedule->cost.total - schedule->bound,
              schedule->optimal, seconds, PeakMiB(), violations.size());
  std::printf("%-14s travel %.1f km, focus matches %d, fairness days %.1f, cross-group %d\n",
              "", schedule->cost.travel_km, schedule->cost.focus_matches,
              schedule->cost.fairness_days, schedule->cost.cross_group_assignments);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string which = argc > 1 ? argv[1] : "all";
  const uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  g_iterations = argc > 3 ? std::atoi(argv[3]) : 0;
  if (which == "county" || which == "all") {
    Problem p = partnership::bench::GenerateCounty(seed);
    Run("county", p);
  }
  if (which == "county-cross" || which == "all") {
    Problem p = partnership::bench::GenerateCounty(seed);
    p.policy.cross_group = true;
    p.policy.max_travel_km = 60;
    Run("county-cross", p);
  }
  if (which == "national" || which == "all") {
    Run("national", partnership::bench::GenerateNational(seed));
  }
  if (which.rfind("national:", 0) == 0) {  // national:N, a smaller country for profiling.
    Run("national-part", partnership::bench::GenerateNational(seed, std::atoi(which.c_str() + 9)));
  }
  return 0;
}
