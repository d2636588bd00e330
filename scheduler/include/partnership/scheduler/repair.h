// Re-planning after a leader drops out, and saying what changed.
#ifndef PARTNERSHIP_SCHEDULER_REPAIR_H_
#define PARTNERSHIP_SCHEDULER_REPAIR_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"
#include "partnership/scheduler/solver.h"

namespace partnership::scheduler {

// Returns a copy of `problem` without leader `withdrawn_leader`, in which every review of
// `previous` is locked (its date and its remaining leaders), so that Solve on the result
// keeps every other review as it was and only finds a replacement for the withdrawn leader.
// Locks already in `problem` are replaced by those from `previous`.
//
// NOT_FOUND if no school has that leader.
absl::StatusOr<Problem> LockForRepair(const Problem& problem, const Schedule& previous,
                                      const std::string& withdrawn_leader);

// Re-plans `previous` after `withdrawn_leader` drops out, changing as little as it can:
// first with every other review locked as it was (only the withdrawn leader's places are
// refilled); if that cannot be completed, the damaged reviews may also move date; then the
// locks of the reviews nearest the damaged ones are released, 2, 4, 8... at a time, until
// a schedule is found. The result passes CheckSchedule for the problem without the leader.
//
// NOT_FOUND if no school has that leader; INVALID_ARGUMENT if `problem` is malformed;
// otherwise whatever Solve returns when even an unlocked re-solve fails.
absl::StatusOr<Schedule> RepairSchedule(const Problem& problem, const Schedule& previous,
                                        const std::string& withdrawn_leader,
                                        const SolveOptions& options = {});

// One sentence per difference between two schedules of the same cycle, in school order:
// reviews added or dropped, dates moved, leaders joining or leaving a team, a change of
// lead. Empty when the reviews are the same.
std::vector<std::string> Diff(const Schedule& before, const Schedule& after);

}  // namespace partnership::scheduler

#endif  // PARTNERSHIP_SCHEDULER_REPAIR_H_
