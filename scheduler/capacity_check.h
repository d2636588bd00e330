// The counting check the spec asks for before any search: per group (independent
// component) and role, can supply meet demand at all, and if not, what would fix it.
//
// Internal. Every limit here is a proof, not a guess: `max_reviews` is an upper bound on
// how many of the component's schools any valid schedule can review, so the lower bound may
// charge `weights.unreviewed` for the rest.
#ifndef PARTNERSHIP_SCHEDULER_CAPACITY_CHECK_H_
#define PARTNERSHIP_SCHEDULER_CAPACITY_CHECK_H_

#include <map>
#include <string>
#include <vector>

#include "scheduler/model.h"

namespace partnership::scheduler::internal {

struct CapacityReport {
  int max_reviews = 0;                                 // Upper bound on reviews possible.
  std::vector<std::string> group_reasons;              // Apply to every school left out.
  std::map<int, std::vector<std::string>> school_reasons;  // School -> its own blockers.
};

// `reviewees` and `schools` are one component's schools that want a review and all its
// schools; `candidates[b]` lists who may review b.
CapacityReport CheckCapacity(const Model& model, const std::vector<int>& reviewees,
                             const std::vector<int>& schools,
                             const std::vector<std::vector<Candidate>>& candidates);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_CAPACITY_CHECK_H_
