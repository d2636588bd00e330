// Checking a problem before any search.
#ifndef PARTNERSHIP_SCHEDULER_VALIDATE_H_
#define PARTNERSHIP_SCHEDULER_VALIDATE_H_

#include "absl/status/status.h"
#include "partnership/scheduler/problem.h"

namespace partnership::scheduler {

// Returns OK if `problem` is well formed and its locks can hold.
//
// INVALID_ARGUMENT otherwise, with a message that starts with the JSON path of the first
// offending field as the user wrote it, for example
//   `schools[12].leaders[1].id: duplicate leader id "115481-d1" (also schools[3].leaders[0])`
//   `history[4].reviewer: unknown school "999999"`
//   `dates[1]: "2027-02-29" is not an ISO date (YYYY-MM-DD, a real calendar day)`
//   `locked[2]: leader "115490-h" is unavailable on 2027-05-04`
// Covers: unknown ids in conflicts, history and locks; duplicate school, leader and date
// ids; non-ISO dates; teamSize < 1; minHeadsPerTeam outside [0, teamSize]; negative
// weights, caps, travel cap or time limit; and every hard constraint a lock breaks on its
// own or together with the other locks (which lock, and why).
absl::Status Validate(const Problem& problem);

}  // namespace partnership::scheduler

#endif  // PARTNERSHIP_SCHEDULER_VALIDATE_H_
