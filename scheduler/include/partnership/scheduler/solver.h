// The peer-review scheduler: a problem in, a valid schedule with a proven bound out.
#ifndef PARTNERSHIP_SCHEDULER_SOLVER_H_
#define PARTNERSHIP_SCHEDULER_SOLVER_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/statusor.h"
#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"

namespace partnership::scheduler {

// What the solver reports while it works, for a progress line on stderr.
struct SolveProgress {
  int groups_done = 0;
  int groups_total = 0;
  double cost = 0;   // Sum over the groups solved so far, in the order they finished.
  double bound = 0;  // Likewise.
  double seconds = 0;
  // True in the reports made while groups are still being solved and none has finished
  // for a second (a county with cross-group reviewers is one group of 300 schools): the
  // groups under way that have a first schedule, and the sums of their best costs and of
  // their bounds so far, which are not in `cost` and `bound`.
  bool waiting = false;
  int groups_under_way = 0;
  double under_way_cost = 0;
  double under_way_bound = 0;
};

struct SolveOptions {
  // Improvement steps of the local search per school to be reviewed; 0 picks by size (300,
  // or 20 above 5,000 schools to review). Counting steps, not seconds, keeps results
  // reproducible: the search stops after a fixed amount of work.
  int iterations_per_school = 0;
  // Hard stop in wall-clock seconds; 0 takes the problem's timeLimitSeconds. Reaching it
  // keeps the answer valid but may make it depend on machine speed.
  double time_limit_seconds = 0;
  // Called after each independent group is solved (in the order they finish), and about
  // once a second while none finishes (`waiting`), from the calling thread. May be empty.
  // What it is told has no effect on the schedule.
  std::function<void(const SolveProgress&)> on_progress;
};

// Schedules `problem`.
//
// On success every hard constraint of the spec holds in the returned schedule (the solver
// re-checks its answer with CheckSchedule before returning it); every school that wants a
// review and gets none is in `unreviewed` with reasons a coordinator can act on; `bound` is
// a proven lower bound on the cost of any valid schedule and `optimal` is true only when the
// cost equals it. Same problem and seed give the same schedule, except `solveSeconds`
// (and except when the wall-clock limit cut the search short).
//
// INVALID_ARGUMENT (path-named, see Validate) if the problem is malformed or a lock cannot
// hold on its own; FAILED_PRECONDITION naming the lock if locks that are each valid cannot
// all be completed into teams together; INTERNAL if the answer failed its own check (a bug).
absl::StatusOr<Schedule> Solve(const Problem& problem, const SolveOptions& options = {});

}  // namespace partnership::scheduler

#endif  // PARTNERSHIP_SCHEDULER_SOLVER_H_
