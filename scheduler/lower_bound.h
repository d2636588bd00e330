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
// the rule that no two schools review each other is priced by Lagrange multipliers, and
// so is "a review with at most two focus areas is credited no more than the areas some
// allowed school is strong in" (which stops a member strong in both areas and a second
// member from being credited three); the capacity check's upper bound on reviews caps the
// slots that can be filled.
#ifndef PARTNERSHIP_SCHEDULER_LOWER_BOUND_H_
#define PARTNERSHIP_SCHEDULER_LOWER_BOUND_H_

#include <vector>

#include "absl/time/time.h"

#include "scheduler/model.h"

namespace partnership::scheduler::internal {

// With `credit_focus` false the flow carries no focus credit and the bound instead
// subtracts, per reviewee, focusMatch for every focus area some allowed school is strong
// in: weaker where focus and travel pull apart, stronger where the per-member credit above
// over-counts (members strong in two areas). The solver takes the better of the two.
//
// Lower bound on the spec cost (including the component's fairness terms) over
// `reviewees`, given that at most `max_reviews` of them can be reviewed. Reciprocity and
// the focus cap are priced in by up to `rounds` Lagrangian subgradient steps (Polyak steps
// aimed half way from the best bound to `upper_bound`, the cost of a known schedule; pass
// +infinity if none); `state`, if not null, starts from and receives the multipliers of
// the best round, so a second call continues where the first stopped without solving its
// best flow again. If `seats` is not null, (*seats)[b]
// receives the relaxation's team for each reviewee b (sized to the number of schools),
// from the round with the fewest reciprocal pairs: a good start for the search. A round
// after the first is not started if, taking as long as the last, it would end after
// `deadline` (the bound stays valid, only less tight).
// The Lagrange multipliers of a bound's best round: pass the same object to a later call on
// the same component to continue from them instead of from zero.
struct Multipliers {
  std::vector<double> lambda;  // Per candidate arc (reciprocity).
  std::vector<double> mu;      // Per reviewee (focus credit at most its coverable areas).
  // The flow at these multipliers, so that a later call need not solve it again.
  double flow_cost = 0;
  std::vector<int> pair_flow, credit;
  absl::Duration round_time;   // How long that flow took.
};

double ComponentLowerBound(const Model& model, const std::vector<int>& reviewees,
                           const std::vector<int>& schools,
                           const std::vector<std::vector<Candidate>>& candidates,
                           int max_reviews, double upper_bound, int rounds,
                           absl::Time deadline, bool credit_focus,
                           std::vector<std::vector<Seat>>* seats,
                           Multipliers* state = nullptr);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_LOWER_BOUND_H_
