// The scheduler's model without dates, solved exactly: a lower bound, and teams to start
// the search from.
//
// Internal. Dropping the dates (and with them leadership cover and "not away on the own
// review day") leaves which school sends a head or a deputy to which review: a MIP of
// schools x reviewees x roles with every other rule of the spec and the exact cost. Its
// optimum is a lower bound on every schedule's cost, and where dates are plentiful (a
// county group has thirty) its teams can nearly always be given dates, so the search starts
// at the bound and the schedule is proven optimal. Integer where the Lagrangian flow
// (lower_bound.h) is only a relaxation: reciprocity and focus credit are exact here.
#ifndef PARTNERSHIP_SCHEDULER_PAIR_MIP_H_
#define PARTNERSHIP_SCHEDULER_PAIR_MIP_H_

#include <map>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "scheduler/model.h"

namespace partnership::scheduler::internal {

struct PairRelaxation {
  bool ran = false;     // Solved (false: no MIP solver, or the component is too big).
  bool proven = false;  // `bound` is the relaxation's optimum, not only CBC's best bound.
  double bound = 0;     // Lower bound on the component's spec cost (valid when `ran`).
  // Per school (sized to the model's schools): the relaxation's team for each reviewee.
  std::vector<std::vector<Seat>> seats;
  // The component was too big for one model: each group was solved with the other
  // groups' reviewers open to its reviewees at their arc cost (each school once per team,
  // using none of its days, the lenders' groups' loss not counted). Still a lower bound.
  bool by_group = false;
};

// Solves the date-free model of one component (`reviewees` and all its `schools`), of which
// at most `max_reviews` can be reviewed (capacity_check.h). Locks are ignored: the result
// is still a lower bound, and the seats only a starting point. A component whose model
// would have more than 8,000 columns is solved group by group (`by_group`), two groups at
// a time (one on a helper thread; each group's answer depends on that group alone); if a
// group is itself too big, ran == false. Reproducible: CBC stops at node limits.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<PairRelaxation> SolvePairRelaxation(
    const Model& model, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, int max_reviews, absl::Time deadline);

// Each group's last re-solve, keyed by its first school: what was fixed, and the answer.
struct GroupSolutions {
  std::map<int, std::pair<std::vector<int>, PairRelaxation>> entries;
};

// The large-neighbourhood step of a component that spans groups: with the members each
// group's reviews take from other groups, and the days each group gives to others, fixed
// as in `teams` (per school: the seats of its current review, empty if none), re-solves
// each group's own part exactly. Returns the new teams (per school, sized to the model's
// schools), cross-group seats included, or an empty vector if a group could not be solved.
// The teams still need dates: they are a start for the search, which keeps the better.
// `cache` (not null; one per component, kept between calls) spares the groups whose
// cross-group part is unchanged since the last call.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<std::vector<std::vector<Seat>>> ReoptimiseWithinGroups(
    const Model& model, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>& teams, absl::Time deadline, GroupSolutions* cache);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_PAIR_MIP_H_
