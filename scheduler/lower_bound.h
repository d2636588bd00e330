// A proven lower bound on the cost of any valid schedule of one component.
//
// Internal. The bound is the optimum of a min-cost flow that relaxes the scheduling
// problem: each review slot is a unit of flow from a reviewer school's head or deputy days
// to a reviewee, through a pair node that lets each school send at most one leader to each
// review; a school's k-th day costs its fairness increment (convex, so the flow charges it
// exactly); an arc costs its travel and cross-group weight; a member may instead pass
// through one of the reviewee's focus areas its school is strong in (one member per area)
// and be credited focusMatch for every area its school is strong in (never less than the
// team's real focus credit, so still a lower bound); an empty slot costs
// unreviewed / teamSize. Dates, leadership cover, the head minimum and locks are dropped;
// the rule that no two schools review each other is priced by Lagrange multipliers; the
// capacity check's upper bound on reviews caps the slots that can be filled.
#ifndef PARTNERSHIP_SCHEDULER_LOWER_BOUND_H_
#define PARTNERSHIP_SCHEDULER_LOWER_BOUND_H_

#include <vector>

#include "absl/time/time.h"

#include "scheduler/model.h"

namespace partnership::scheduler::internal {

// Lower bound on the spec cost (including the component's fairness terms) over
// `reviewees`, given that at most `max_reviews` of them can be reviewed. Reciprocity is
// priced in by up to `rounds` Lagrangian subgradient steps, aimed at `upper_bound` (the
// cost of a known schedule; pass +infinity if none). If `seats` is not null, (*seats)[b]
// receives the relaxation's team for each reviewee b (sized to the number of schools),
// from the round with the fewest reciprocal pairs: a good start for the search. Rounds
// after the first stop at `deadline` (the bound stays valid, only less tight).
double ComponentLowerBound(const Model& model, const std::vector<int>& reviewees,
                           const std::vector<int>& schools,
                           const std::vector<std::vector<Candidate>>& candidates,
                           int max_reviews, double upper_bound, int rounds,
                           absl::Time deadline, std::vector<std::vector<Seat>>* seats);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_LOWER_BOUND_H_
