// One date-free model (pair_mip.h) built as rows and columns and solved by CBC: the
// building block of the whole-component, group-by-group and joined strategies.
//
// Internal. Columns are "school a sends one leader of role r to review b". Exact columns use
// the school's days (capacity and fairness, constraint 8 and the cost); open columns stand
// for reviewers from outside the part and use none of anyone's days, which only makes the
// model cheaper (a relaxation), never dearer.
#ifndef PARTNERSHIP_SCHEDULER_PAIR_MODEL_H_
#define PARTNERSHIP_SCHEDULER_PAIR_MODEL_H_

#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "scheduler/mip_solver.h"
#include "scheduler/model.h"

namespace partnership::scheduler::internal {

// CBC proves optimality to within its own tolerances; each model's bound is reported this
// much below its value so that it stays a proof. A bound added up over n groups' or parts'
// models is n times this below their optima.
constexpr double kBoundSlack = 1e-4;

struct PairRelaxation {
  bool ran = false;     // Solved (false: no MIP solver, or the component is too big).
  bool proven = false;  // `bound` is the relaxation's optimum, not only CBC's best bound.
  double bound = 0;     // Lower bound on the component's spec cost (valid when `ran`).
  // Per school (sized to the model's schools): the relaxation's team for each reviewee.
  // Empty when no solution below the cutoff was found.
  std::vector<std::vector<Seat>> seats;
  // The component was too big for one model: each group was solved with the other
  // groups' reviewers open to its reviewees at their arc cost (each school once per team,
  // using none of its days, the lenders' groups' loss not counted). Still a lower bound.
  bool by_group = false;
  // A priced part (PairSearch::prices): the days each of its schools sold at their price.
  std::map<std::pair<int, int>, int> sold;
  // The cost of `seats` (when not empty), in spec cost; a priced part's includes the
  // prices of the days it bought and sold.
  double objective = 0;
  // `seats` take an open column (a reviewer standing for any outside the part): without
  // one, they are teams as they are.
  bool uses_open = false;
};

// (school, role) -> the price of one day that school gives outside its part.
using DayPrices = std::map<std::pair<int, int>, double>;

struct PairColumn {
  int school, role, reviewee;
};

// The columns for `reviewees` from their candidates, keeping only reviewers whose school
// `keep(school, reviewee)` accepts; one per role the school can send.
template <typename Keep>
std::vector<PairColumn> PairColumns(const Model& m, const std::vector<int>& reviewees,
                                    const std::vector<std::vector<Candidate>>& candidates,
                                    Keep keep) {
  std::vector<PairColumn> ys;
  for (int b : reviewees) {
    for (const Candidate& c : candidates[b]) {
      if (!keep(c.school, b)) continue;
      for (int role = 0; role < 2; ++role) {
        if (m.RoleCapacity(c.school, role) > 0) ys.push_back({c.school, role, b});
      }
    }
  }
  return ys;
}

// Open columns for `reviewees` from the schools `inside` does not mark: of the schools that
// send a given role and cover the same focus areas of the reviewee, only the three cheapest
// (arc cost plus the day's price in `prices`, if not null). Nothing is lost: a team has three
// members at most, one per school, so a team using a dropped column can swap it for a kept
// one of the same role and areas not on the team yet, at no greater cost (open columns use
// no days and are under no reciprocity rule).
std::vector<PairColumn> CheapestOutsideColumns(
    const Model& m, const std::vector<int>& reviewees,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<char>& inside,
    const DayPrices* prices = nullptr);

// What the rest of a schedule fixes for one part: members from outside on its reviews, and
// the days its schools give outside it.
struct FixedOutside {
  std::map<int, std::vector<Seat>> members;  // Reviewee -> seats from outside the part.
  std::map<std::pair<int, int>, int> days;   // (school, role) -> days given outside.
};

struct PairSearch {
  int max_nodes = 5000;  // CBC's node limit (reproducible, unlike seconds).
  absl::Time deadline = absl::InfiniteFuture();
  // Not null: the part is priced (a Lagrangian subproblem). Open columns cost their arc
  // plus the lending day's price, and each of the part's schools may sell days outside at
  // their price (days it gives, as if on reviews).
  const DayPrices* prices = nullptr;
  // A group's LP is nearly integral (the fairness chords, pair_model.cc): CBC branches
  // rather than cuts. The joined model of SolveWithLenders, whose LP is weaker, is given
  // Gomory cuts back.
  MipTuning tuning{/*gomory_cuts=*/false, /*strong_branching=*/10};
  // Only answers cheaper than this (the spec's cost) are sought; should none be, the bound
  // is this.
  double cutoff = MipModel::kInfinity;
  // Not null: the LP's optimal basis of this very model (CrossingBounds), for CBC's root.
  const LpBasis* basis = nullptr;
};

// Builds and solves the date-free model of `reviewees` and `schools` with `exact` and `open`
// columns, `fixed` (may be null) already in place, and at most `max_reviews` reviews.
// ran == false if CBC stopped without a bound (deadline). The seats include fixed and open
// members.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<PairRelaxation> SolvePairModel(const Model& m, const std::vector<int>& reviewees,
                                              const std::vector<int>& schools,
                                              const std::vector<std::vector<Candidate>>& candidates,
                                              const std::vector<PairColumn>& exact,
                                              const std::vector<PairColumn>& open,
                                              const FixedOutside* fixed, int max_reviews,
                                              const PairSearch& search);

// For each group with exact columns crossing between it and another group of the model
// SolvePairModel would build (no fixed members, no prices): the LP relaxation's optimum
// (spec cost) with at least one of those columns in use, +infinity if none can be. A
// group whose figure is at or above a cost crosses in no answer cheaper than that (a
// column's reduced cost says less: the LP re-optimises around a column forced in). Groups
// CLP could not settle are left out; empty if the LP has no optimum, or without CBC.
// `basis`, if not null, receives the LP's optimum (a start for SolvePairModel's CBC).
//
// INTERNAL if CLP reports an error.
absl::StatusOr<std::map<int, double>> CrossingBounds(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<PairColumn>& exact,
    const std::vector<PairColumn>& open, int max_reviews, LpBasis* basis = nullptr);

// The LP duals a column's reduced cost is made of (see ReducedCost): per reviewee, its
// team's and heads' rows; per (school, reviewee), its one-leader-per-school row; per pair
// (smaller school first), its reciprocity row; per (reviewee, focus area), its row; per
// (school, role), minus the sum of its days' rows (the day's price, unclipped).
struct ColumnDuals {
  std::map<int, double> team, head;
  std::map<std::pair<int, int>, double> pair, reciprocal, focus, day;
};

struct LenderPrices {
  bool solved = false;
  double bound = 0;   // The LP relaxation's optimum, in spec cost.
  DayPrices prices;   // Each school's day as the LP values it (only those above zero).
  // Per school (sized to the model's schools): the members from other groups on its
  // review, each school once, once the LP has dived until every column between groups is
  // 0 or 1 (SolveLp; should the dive fail, those the optimum takes at one half or more).
  // The optimum's halves rounded up need not fit together: on a county whose groups were
  // then re-solved around them, they cost 1,065.6 against an LP of 469.8; dived, 477.0.
  std::vector<std::vector<Seat>> cross_members;
  // The LP's columns, and each one's reduced cost (exact then open): how much the LP's
  // optimum rises if the column is forced in. A column whose reduced cost is more than a
  // known schedule's cost less `bound` is in no cheaper schedule.
  std::vector<PairColumn> exact, open;
  std::vector<double> reduced_costs;
  ColumnDuals duals;
};

// The reduced cost in that LP of an exact column `c` that was not in it, whose arc costs
// `arc_cost`: how much the optimum would rise per unit of it forced in (below zero, the
// LP would be cheaper with it). Rows the column would be the first in count as slack,
// but for a focus area of the reviewee no column covered yet, whose credit it would earn
// whole: so if no column left out costs less than zero, the LP is the optimum with them
// all.
double ReducedCost(const Model& m, const ColumnDuals& duals, const PairColumn& c,
                   double arc_cost);

// Solves the LP relaxation of the model SolvePairModel would build (no fixed members, no
// prices) and reads from its duals what one more day of each school and role would cost
// the rest: the day's share of a column's reduced cost; and from its values, the members
// it takes across groups. solved == false if CLP found no optimum.
//
// INTERNAL if CLP reports an error.
absl::StatusOr<LenderPrices> PriceLendersByLp(const Model& m, const std::vector<int>& reviewees,
                                              const std::vector<int>& schools,
                                              const std::vector<std::vector<Candidate>>& candidates,
                                              const std::vector<PairColumn>& exact,
                                              const std::vector<PairColumn>& open,
                                              int max_reviews);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_PAIR_MODEL_H_
