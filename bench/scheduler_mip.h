// An exact MIP of the scheduler's model (shared/spec/scheduler.md), solved by CBC, so the
// benchmark can show our solver's cost beside a general solver's optimum on small problems.
//
// The model is the spec's, constraint for constraint (the encoding of each is described in
// scheduler_mip.cc), with the exact cost. It grows as leaders x reviewees x dates, so it is
// for problems of a few dozen schools and a few dates, not a county.
#ifndef PARTNERSHIP_BENCH_SCHEDULER_MIP_H_
#define PARTNERSHIP_BENCH_SCHEDULER_MIP_H_

#include <string>

#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"

namespace partnership::bench {

struct MipResult {
  bool solved = false;        // CBC ran to the end or to the limit without an error.
  bool has_solution = false;  // CBC found an integer solution (`schedule` is filled).
  bool optimal = false;       // CBC proved `objective` optimal.
  double objective = 0;       // Best solution's cost in the spec's terms (constant included).
  double bound = 0;           // CBC's best bound, same terms.
  double seconds = 0;         // Wall-clock time of build + solve.
  int columns = 0;
  int rows = 0;
  std::string error;          // Set when !solved.
  // CBC's best solution as a schedule: reviews in problem order, the first HEAD leads; every
  // reviewee without a review is listed in `unreviewed`. `cost` is not filled: use Cost().
  scheduler::Schedule schedule;
};

// Builds and solves the MIP of `problem` with CBC, stopping after `time_limit_seconds`.
// Never throws: a CBC error comes back as solved == false with `error` set. `problem` should
// have passed scheduler::Validate (locks, ids); unknown ids in conflicts/history are ignored.
MipResult SolveMip(const scheduler::Problem& problem, double time_limit_seconds);

}  // namespace partnership::bench

#endif  // PARTNERSHIP_BENCH_SCHEDULER_MIP_H_
