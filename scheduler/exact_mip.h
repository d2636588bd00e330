// An exact solve of one small component: the spec's model as a mixed-integer program, solved
// by CBC (Debian coinor-libcbc-dev) when the library was built with it.
//
// Internal. The local search is fast but cannot prove anything, and the flow bound ignores
// dates and leadership cover, which are exactly what binds when a group has few dates. For
// components small enough (see kMaxExactColumns in exact_mip.cc) the solver hands CBC the
// full model with the search's cost as a cutoff: either CBC finds something cheaper, or it
// proves that nothing is, and the schedule is optimal.
//
// Reproducible: CBC runs single-threaded under a node limit, so the same component gives
// the same answer on any machine; the wall-clock deadline is only a guard (reaching it
// keeps the answer valid but may make it depend on machine speed, like the search's). The
// hardest small problems (a dozen schools, three dates) do reach it within ten seconds.
#ifndef PARTNERSHIP_SCHEDULER_EXACT_MIP_H_
#define PARTNERSHIP_SCHEDULER_EXACT_MIP_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "scheduler/model.h"

namespace partnership::scheduler::internal {

// One review of an exact solution, in the Model's indices.
struct ExactReview {
  int reviewee = -1;
  int date = -1;
  std::vector<int> leaders;
};

struct ExactResult {
  // CBC was run on the component (false: not built with CBC, or the component too big).
  bool ran = false;
  // The search finished: `bound` is the component's optimum (up to the cutoff's slack).
  bool proven = false;
  // CBC found a schedule cheaper than `incumbent_cost`: `reviews` holds all of it.
  bool improved = false;
  double cost = 0;   // Component cost of `reviews` when `improved`.
  double bound = 0;  // Proven lower bound on the component's cost (valid when `ran`).
  std::vector<ExactReview> reviews;
};

// True when the library was built with CBC.
bool ExactSolverAvailable();

// Solves the component (`reviewees` and all its `schools`, in school order) exactly, given a
// valid schedule of cost `incumbent_cost` (the spec's cost over the component, as
// Planner::ComponentCost computes it) whose reviews are `incumbent`. Returns ran == false
// without doing anything when CBC is missing or the model would be too big to prove
// quickly (kMaxExactColumns in exact_mip.cc). When the incumbent's other terms cannot
// outweigh one unreviewed school, first asks CBC, without costs, for a schedule reviewing
// one school more (a third of the time at most), then searches the weighted model among
// schedules reviewing at least as many, starting from the best schedule known.
//
// INTERNAL if CBC reports an error (the caller keeps its own schedule).
absl::StatusOr<ExactResult> SolveComponentExactly(
    const Model& model, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, double incumbent_cost,
    const std::vector<ExactReview>& incumbent, absl::Time deadline);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_EXACT_MIP_H_
