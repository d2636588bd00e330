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

#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "scheduler/model.h"
#include "scheduler/pair_model.h"

namespace partnership::scheduler::internal {

// Each group's last re-solve, keyed by its first school: what was fixed, and the answer.
struct GroupSolutions {
  std::map<int, std::pair<std::vector<int>, PairRelaxation>> entries;
};

// Solves the date-free model of one component (`reviewees` and all its `schools`), of which
// at most `max_reviews` can be reviewed (capacity_check.h). Locks are ignored: the result
// is still a lower bound, and the seats only a starting point. A component whose model
// would have more than 8,000 columns is solved group by group (`by_group`), two groups at
// a time (one on a helper thread; each group's answer depends on that group alone); if a
// group is itself too big, ran == false. Reproducible: CBC stops at node limits. `cache`,
// if not null, is ReoptimiseWithinGroups's: the groups solved by_group that took nobody
// from outside start it.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<PairRelaxation> SolvePairRelaxation(
    const Model& model, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, int max_reviews, absl::Time deadline,
    GroupSolutions* cache = nullptr);

// The joined LP of SolveWithLenders: a county's has 20,000 to 31,000 columns and takes 0.5
// to 2.7 s.
constexpr int kMaxJoinedColumns = 60000;

// What SolveWithLenders leaves for SolveJoinedBelow.
struct JoinedLp {
  LenderPrices lp;  // Not solved if there was none; its bound -infinity if it is no bound.
  // The ceiling the joined MIP last searched below (infinity: none yet; a model too big to
  // search leaves it as it was).
  double searched_below = std::numeric_limits<double>::infinity();
};

// The bound of a component solved group by group (SolvePairRelaxation's `by_group`), made
// tight where it was loose, and teams to match. In `by_group_teams` (that relaxation's
// seats) some groups' reviews took members from other groups (the buying groups), and the
// lending schools gave those days for nothing but travel and the cross-group weight; but a
// day lent costs the lender's group a day more than its share (fairness, or a colleague
// further away), 20 to 50 in a county. So:
//  1. the buying groups are joined to every other group in one LP (exact columns within
//     groups and into the buying groups, open ones elsewhere: a relaxation of the whole
//     component), 0.5 to 2.7 s for a county;
//  2. the members the LP takes across groups, once it has dived until each column between
//     groups is whole (LenderPrices::cross_members), are fixed, and every group is
//     re-solved around them (as ReoptimiseWithinGroups): the first `seats`, teams that
//     fit together (they still need dates);
//  3. the joined model is solved as a MIP, less every column whose reduced cost in the LP
//     is more than those teams' cost less the LP's optimum (such a column is in no
//     cheaper answer: a county keeps one column in four to five), and CBC looks only for
//     answers cheaper than those teams: within a few nodes it proves there are none, or
//     finds one (fitted together as in 2), or at least lifts the bound. Its bound holds
//     below the teams' cost, which caps it. What is left of the model falls apart into
//     groups that neither lend nor borrow, each solved alone (joined_model.h). Not tried
//     past 20,000 columns: CBC's root there can outrun the time limit.
// Where the LP of 1 would have more than `max_joined_columns` columns (every group buys,
// as when fairness weighs far more than travel: a county's would have 170,000), the buying
// groups' reviewees start from their cheapest columns from outside, three per role and
// focus areas covered (as CheapestOutsideColumns, but using the lenders' days), and the
// columns the LP's duals ask for are brought in, a few thousand a round (a county takes
// two to six rounds of 2 to 4 s). If that does not settle within six rounds, the LP is
// no bound and step 3 would not be valid; instead its duals price each school's day, and
// each group is solved alone, buying outside days at arc cost plus price and selling its
// own at price: the groups' optima add up to a Lagrangian bound (valid whatever the
// prices), and the members the groups bought are a second choice for step 2.
// ran == false when no group buys, when even the restricted LP would be too big or has no
// optimum, or without CBC. `cache` (not null) is ReoptimiseWithinGroups's. `joined_lp`, if
// not null, keeps the LP of step 1 for SolveJoinedBelow.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<PairRelaxation> SolveWithLenders(
    const Model& model, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>& by_group_teams, int max_reviews, absl::Time deadline,
    GroupSolutions* cache, int max_joined_columns = kMaxJoinedColumns,
    JoinedLp* joined_lp = nullptr);

// Step 3 of SolveWithLenders again, below a cost in hand cheaper than the ceiling that step
// ran below (or it could not run): a schedule the search found, or teams the groups'
// re-solve fitted together, not dated yet (nothing cheaper without dates is nothing
// cheaper with them). With `ceiling` that cost, the reduced costs leave far fewer columns
// (a county whose first teams fitted badly: 2.9 above the LP rather than 310). bound <=
// ceiling is a lower bound on the component (the ceiling itself where nothing cheaper
// exists); `seats`, only if there is a cheaper answer, are its teams fitted together as in
// step 2 (still without dates), and `objective` their cost. ran == false without a joined
// LP that is a bound, if `ceiling` is not below the last one searched, past 20,000 columns
// (unless `narrow`), or if CBC stopped without a bound. `joined_lp` (not null) remembers
// the ceiling searched below.
// With `narrow`, a model past 20,000 columns is searched below a lower ceiling first, where
// it has 10,000: an answer found there is the best below `ceiling` too (every column of a
// cheaper one is in), and where there is none, that ceiling is a bound and the next is
// twice as far above the LP, up to `ceiling` or 20,000 columns. It is the last resort of
// a component whose cost in hand is far above the LP (a county whose teams fitted badly:
// 705.1 against 674.0, an optimum of 677.0), as each MIP can take seconds.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<PairRelaxation> SolveJoinedBelow(
    const Model& model, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, JoinedLp* joined_lp, double ceiling,
    int max_reviews, absl::Time deadline, GroupSolutions* cache, bool narrow);

// Teams for every reviewee of a component, fitted around a cross-group part, and their cost
// (the spec's, dates aside).
struct TeamsAround {
  double cost = 0;
  std::vector<std::vector<Seat>> teams;  // Per school; empty if a group could not be solved.
};

// The large-neighbourhood step of a component that spans groups: with the members each
// group's reviews take from other groups, and the days each group gives to others, fixed
// as in `teams` (per school: the seats of its current review, empty if none), re-solves
// each group's own part exactly. Returns the new teams (per school, sized to the model's
// schools), cross-group seats included, and their cost (the spec's, dates aside); teams is
// empty if a group could not be solved. The teams still need dates: they are a start for
// the search, which keeps the better. `cache` (not null; one per component, kept between
// calls) spares the groups whose cross-group part is unchanged since the last call.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<TeamsAround> ReoptimiseWithinGroups(
    const Model& model, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>& teams, absl::Time deadline, GroupSolutions* cache);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_PAIR_MIP_H_
