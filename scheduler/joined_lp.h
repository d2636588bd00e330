// The joined LP of SolveWithLenders (pair_mip.h): the borrowing groups joined to every
// other group, a relaxation of the whole component whose duals price each school's day.
#ifndef PARTNERSHIP_SCHEDULER_JOINED_LP_H_
#define PARTNERSHIP_SCHEDULER_JOINED_LP_H_

#include <set>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "scheduler/model.h"
#include "scheduler/pair_model.h"

namespace partnership::scheduler::internal {

// The tolerance on the LP's reduced costs (CLP's are exact to about 1e-7).
constexpr double kReducedCostSlack = 1e-6;

// Solves the joined LP: exact columns within each group and into the
// `buying` groups, open ones elsewhere. Where that would have more than `max_columns`
// columns (every group buys), the buying groups' reviewees start from their cheapest
// columns from outside (as CheapestOutsideColumns, but using the lenders' days), and the
// others are brought in while the LP's duals ask for them: once none does, the LP is the
// whole one's optimum, and the columns left out are listed with their reduced costs. If
// the rounds or the time run out first, the prices are still good prices, but the LP is
// no bound (bound == -infinity).
//
// INTERNAL if CLP reports an error.
absl::StatusOr<LenderPrices> PriceByJoinedLp(const Model& m, const std::vector<int>& reviewees,
                                             const std::vector<int>& schools,
                                             const std::vector<std::vector<Candidate>>& candidates,
                                             const std::set<int>& buying, int max_reviews,
                                             int max_columns, absl::Time deadline);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_JOINED_LP_H_
