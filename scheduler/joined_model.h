// The joined model of SolveWithLenders (pair_mip.h), solved by its independent parts.
//
// Internal. Once reduced-cost fixing has dropped most columns that cross between groups,
// the joined model falls apart: a county of twelve groups keeps five to nine that lend to
// or borrow from no other group, each its own MIP. Solved apart they are small (CBC's nodes
// are dear on the whole model), proven at once, and their optima tell the part that is
// left how cheap it must be to beat the cutoff.
#ifndef PARTNERSHIP_SCHEDULER_JOINED_MODEL_H_
#define PARTNERSHIP_SCHEDULER_JOINED_MODEL_H_

#include <map>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "scheduler/model.h"
#include "scheduler/pair_model.h"

namespace partnership::scheduler::internal {

// Solves the date-free model of `reviewees` and `schools` with `exact` and `open` columns
// (Build's joined model: `open` columns use no days) for answers cheaper than `cutoff`
// (spec cost). Groups are joined into one part where an exact column crosses between
// them; if `max_reviews` is below the reviewees' number (a row over all of them), the
// whole is one part. The parts but the biggest are solved first, two at a time (a part
// of one group as the groups are, a part of several with Gomory cuts and `joined_nodes`
// nodes); the biggest then looks only for answers cheaper than `cutoff` less their
// bounds. Before it does, each of its groups whose LP with one of the columns crossing
// between it and another group forced in is at that cutoff or above is cut loose (no
// cheaper answer crosses there), and the part falls apart further: CBC's tree over a
// part is in effect the product of its groups' trees (a county's part of seven groups
// took 48 nodes, without the two of its lenders that could not lend, 6). Returns their
// sum: ran == false if a part stopped without a bound; `seats` and
// `objective` (the sum of the parts') only if every part found an answer below its
// cutoff, and `bound` (the sum of the parts') is the cutoff where the biggest proved it
// has none. The answer is the same whichever thread solves which part.
//
// `closed_optima` (may be null) holds groups' proven optima with nothing crossing (keyed by
// the group's first school in `schools`), as the groups were solved before: a part of one
// such group takes it rather than solve again. That part's model is the group's with
// fewer columns, so the optimum is a bound on it; and a schedule using dropped columns
// costs at least `cutoff`, so below the cutoff the bound is the part's optimum.
//
// INTERNAL if CBC reports an error.
absl::StatusOr<PairRelaxation> SolveJoinedModel(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<PairColumn>& exact,
    const std::vector<PairColumn>& open, int max_reviews, double cutoff, int joined_nodes,
    absl::Time deadline, const std::map<int, PairRelaxation>* closed_optima = nullptr);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_JOINED_MODEL_H_
