// Prints, per small problem, our solver's cost, bound and time beside an exact MIP of the
// same model solved by CBC (issue 3): CBC's best objective, best bound, status and time, and
// whether our cost is within CBC's optimum. CBC's solution is turned back into a Schedule
// and re-checked with CheckSchedule and Cost(): zero violations and a cost equal to the MIP
// objective show the MIP is the spec's model. Exit status 1 if any such check fails.
//
//   mip_compare_bench [seed] [CBC seconds per instance] [our seconds per instance]
//
// Instances: one group of the generated county, its first N schools (7-12), its first D
// dates (1-3); conflicts and history kept where both schools are kept; one more with a lock.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "bench/problem_generator.h"
#include "bench/scheduler_mip.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/solver.h"

namespace {

using partnership::scheduler::Problem;

// Keeps schools [0, n) of `group` and the first `dates` dates; drops what refers to the rest.
Problem Cut(const Problem& county, const std::string& group, int n, int dates) {
  Problem p = county;
  p.schools.clear();
  p.dates.assign(county.dates.begin(), county.dates.begin() + dates);
  const std::set<std::string> kept_dates(p.dates.begin(), p.dates.end());
  auto keep_dates = [&](std::vector<std::string>& v) {
    std::vector<std::string> out;
    for (const auto& d : v) {
      if (kept_dates.count(d)) out.push_back(d);
    }
    v = out;
  };
  std::set<std::string> ids;
  for (const auto& s : county.schools) {
    if (s.group != group || static_cast<int>(p.schools.size()) >= n) continue;
    p.schools.push_back(s);
    ids.insert(s.id);
    keep_dates(p.schools.back().host_unavailable_dates);
    for (auto& l : p.schools.back().leaders) keep_dates(l.unavailable_dates);
  }
  p.conflicts.clear();
  for (const auto& c : county.conflicts) {
    if (ids.count(c.a) && ids.count(c.b)) p.conflicts.push_back(c);
  }
  p.history.clear();
  for (const auto& h : county.history) {
    if (ids.count(h.reviewer) && ids.count(h.reviewee)) p.history.push_back(h);
  }
  p.locked.clear();
  return p;
}

bool Run(const std::string& name, const Problem& p, double mip_seconds, double our_seconds) {
  partnership::scheduler::SolveOptions options;
  options.time_limit_seconds = our_seconds;
  auto ours = partnership::scheduler::Solve(p, options);
  const auto mip = partnership::bench::SolveMip(p, mip_seconds);
  std::printf("%-22s schools %2zu dates %d |", name.c_str(), p.schools.size(),
              static_cast<int>(p.dates.size()));
  if (ours.ok()) {
    std::printf(" ours cost %10.2f bound %10.2f %6.2f s |", ours->cost.total, ours->bound,
                ours->solve_seconds);
  } else {
    std::printf(" ours FAILED (%s) |", std::string(ours.status().message()).c_str());
  }
  if (!mip.solved) {
    std::printf(" CBC error: %s\n", mip.error.c_str());
    return false;
  }
  std::printf(" CBC %dx%d obj %10.2f bound %10.2f %-10s %6.2f s |", mip.columns, mip.rows,
              mip.has_solution ? mip.objective : NAN, mip.bound,
              mip.optimal ? "optimal" : "time limit", mip.seconds);
  bool ok = true;
  if (mip.has_solution) {
    const auto violations = partnership::scheduler::CheckSchedule(p, mip.schedule);
    const auto cost = partnership::scheduler::Cost(p, mip.schedule);
    const bool agree =
        std::abs(cost.total - mip.objective) <= 1e-6 * std::max(1.0, std::abs(cost.total));
    ok = violations.empty() && agree;
    std::printf(" check: %zu violations, Cost() %.6f %s |", violations.size(), cost.total,
                agree ? "= MIP" : "!= MIP");
    for (const auto& v : violations) std::fprintf(stderr, "  %s: %s\n", name.c_str(), v.c_str());
  }
  if (ours.ok() && mip.has_solution) {
    const double tol = 1e-6 * std::max(1.0, std::abs(mip.objective));
    if (mip.optimal) {
      std::printf(" ours %s optimum (+%.2f)", ours->cost.total <= mip.objective + tol
                                                  ? "= CBC" : "above CBC",
                  ours->cost.total - mip.objective);
      // Our bound must not exceed a proven optimum.
      if (ours->bound > mip.objective + tol) {
        std::printf(" OUR BOUND EXCEEDS OPTIMUM");
        ok = false;
      }
    } else {
      std::printf(" ours - CBC best %+.2f (CBC not proven)", ours->cost.total - mip.objective);
    }
  }
  std::printf("\n");
  std::fflush(stdout);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  const uint64_t seed = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1;
  const double mip_seconds = argc > 2 ? std::atof(argv[2]) : 60;
  const double our_seconds = argc > 3 ? std::atof(argv[3]) : 10;
  const Problem county = partnership::bench::GenerateCounty(seed);
  struct Case {
    const char* group;
    int schools, dates;
  };
  const Case cases[] = {
      {"Primary partnership 1", 7, 1},  {"Primary partnership 1", 7, 2},
      {"Primary partnership 1", 9, 2},  {"Primary partnership 2", 10, 2},
      {"Special schools", 12, 1},       {"Secondary cluster 1", 8, 3},
      {"Primary partnership 3", 12, 3}, {"Primary partnership 4", 10, 3},
      {"Secondary cluster 2", 10, 3},   {"Special schools", 12, 3},
  };
  bool ok = true;
  for (const Case& c : cases) {
    const std::string group = c.group;
    const std::string name = group.substr(0, 9) + "/" + group.back() + " n" +
                             std::to_string(c.schools) + " d" + std::to_string(c.dates);
    ok &= Run(name, Cut(county, c.group, c.schools, c.dates), mip_seconds, our_seconds);
  }
  // Constraint 11 in the MIP: lock the last review of our schedule of a cut (its date and
  // its lead), so both solvers are held to it.
  Problem locked = Cut(county, "Primary partnership 1", 9, 2);
  auto base = partnership::scheduler::Solve(locked);
  if (base.ok() && !base->reviews.empty()) {
    const auto& r = base->reviews.back();
    locked.locked.push_back({r.reviewee, r.date, {r.team.front().leader}});
    ok &= Run("Primary p/1 n9 d2 lock", locked, mip_seconds, our_seconds);
  }
  return ok ? 0 : 1;
}
