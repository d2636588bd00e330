// Problem and schedule files: the proto3 JSON mapping of partnership.v1.ScheduleProblem and
// partnership.v1.Schedule (proto/partnership/v1/schedule.proto), as the spec lays them out.
//
// Text in, text out: the caller reads and writes the files.
#ifndef PARTNERSHIP_SCHEDULER_JSON_H_
#define PARTNERSHIP_SCHEDULER_JSON_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"

namespace partnership::scheduler {

// Parses a problem file. Omitted fields take the spec's defaults; unknown fields are
// ignored (the spec allows extra fields).
//
// INVALID_ARGUMENT if the text is not JSON of the right shape (protobuf's message, prefixed
// "problem JSON: "), or if a value is wrong, named by its JSON path as Validate does, e.g.
// `schools[12].leaders[1].role: unknown role "DEPUTYY" (expected HEAD or DEPUTY)`.
// On success the problem has passed Validate().
absl::StatusOr<Problem> ParseProblemJson(absl::string_view text);

// Writes `problem` with every field present, defaults included. Deterministic.
std::string ProblemToJson(const Problem& problem);

// Writes `schedule` with every field present, defaults included, two-space indented, in
// the schedule's own order. Deterministic: the same schedule gives the same bytes.
std::string ScheduleToJson(const Schedule& schedule);

// Parses a schedule file (for import and for comparing answers). INVALID_ARGUMENT if the
// text is not a schedule or a team member's role is not HEAD or DEPUTY.
absl::StatusOr<Schedule> ParseScheduleJson(absl::string_view text);

}  // namespace partnership::scheduler

#endif  // PARTNERSHIP_SCHEDULER_JSON_H_
