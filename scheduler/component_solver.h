// One component of a problem (schools that can affect one another) bounded, filled and
// improved: the relaxations, the search, the group-by-group rounds and the exact model, in
// that order (README.md, "Method").
//
// Internal to the scheduler; solver.cc runs the components on two workers.
#ifndef PARTNERSHIP_SCHEDULER_COMPONENT_SOLVER_H_
#define PARTNERSHIP_SCHEDULER_COMPONENT_SOLVER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "partnership/scheduler/solver.h"
#include "scheduler/model.h"
#include "scheduler/planner.h"

namespace partnership::scheduler::internal {

// Lagrangian rounds (one min-cost flow each) for the search's starting teams and, once the
// search has a cost to aim at, for the bound, where no MIP solver is at hand (pair_mip.h):
// more rounds tighten the bound slowly, so a country-sized problem gets fewer. With CBC, each
// group's date-free model (a few hundredths of a second per school) gives the bound and the
// starting teams; a country's six hundred groups take about forty seconds on two workers,
// nearly all of it in CBC, so the search keeps its full steps everywhere.
struct Effort {
  int start_rounds, bound_rounds, iterations_per_school;
};
Effort EffortFor(int reviewees, const SolveOptions& options);

struct ComponentResult {
  // Proven lower bound on the component's cost. Where the cost is within the MIPs'
  // tolerances of it (kBoundSlack a group, pair_model.h), the component is proven optimal
  // and this is the cost.
  double bound = 0;
  double cost = 0;  // The cost of the schedule `planner` holds for it.
};

// Told the component's best cost and bound as they improve, from the worker's thread.
using ComponentWatch = std::function<void(const ComponentResult&)>;

// Bounds, fills and improves one component (`schools`, in school order) with `planner`
// (which holds its reviews afterwards) and writes the reasons of its unreviewed schools into
// `reasons` (sized to the model's schools). Depends only on the component, the seed and,
// when it is reached, `deadline`. `watch` (may be empty) is told the cost and bound reached
// after each stage, for progress reports; it cannot change the answer.
ComponentResult SolveComponent(const Model& model,
                               const std::vector<std::vector<Candidate>>& candidates,
                               const std::vector<int>& schools, const Effort& effort,
                               absl::Time deadline, uint64_t seed, Planner& planner,
                               std::vector<std::vector<std::string>>& reasons,
                               const ComponentWatch& watch = nullptr);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_COMPONENT_SOLVER_H_
