// Independent checking of a schedule against the spec: the proof that an answer is valid.
//
// These functions share no code with the solver's search, so a solver bug cannot hide
// behind a checker bug of the same shape.
#ifndef PARTNERSHIP_SCHEDULER_CHECK_H_
#define PARTNERSHIP_SCHEDULER_CHECK_H_

#include <string>
#include <vector>

#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"

namespace partnership::scheduler {

// Returns one sentence per violated hard constraint (spec, constraints 1-11), each starting
// "constraint N:", in a deterministic order; empty means `schedule` is valid for `problem`.
// Unknown ids in the schedule are reported as violations too. `problem` should have passed
// Validate(); the function does not fail on a malformed problem, it reports what it sees.
std::vector<std::string> CheckSchedule(const Problem& problem, const Schedule& schedule);

// The spec's cost of `schedule` for `problem`, computed from the reviews alone (the
// schedule's own `cost`, `ledger` and `unreviewed` fields are ignored; a school that wants
// a review and has none counts as unreviewed). Ids the problem does not know are skipped.
CostBreakdown Cost(const Problem& problem, const Schedule& schedule);

// Great-circle distance in km between two points (haversine, earth radius 6371.0 km).
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace partnership::scheduler

#endif  // PARTNERSHIP_SCHEDULER_CHECK_H_
