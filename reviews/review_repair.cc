// ReviewCycles::Repair: the draft re-planned after a leader drops out.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "access/policy.h"
#include "common/status_macros.h"
#include "partnership/scheduler/repair.h"
#include "reviews/problem_builder.h"
#include "reviews/review_cycles.h"
#include "storage/person_table.h"
#include "storage/review_cycle_table.h"
#include "storage/review_schedule_table.h"

namespace partnership::reviews {

absl::StatusOr<CycleSchedule> ReviewCycles::Repair(const access::Principal& caller,
                                                   const std::string& name,
                                                   const std::string& leader_id, uint64_t seed,
                                                   double time_limit_seconds,
                                                   std::vector<std::string>* changes) {
  RETURN_IF_ERROR(
      access::RequireRole(caller, {access::AccessRole::kCoordinator}, "repair schedules"));
  if (!IsAcademicYear(name)) {
    return absl::InvalidArgumentError(
        absl::StrCat("name: \"", name, "\" is not an academic year such as 2026-27"));
  }
  if (leader_id.empty()) return absl::InvalidArgumentError("leader_id: must not be empty");
  storage::StoredSchedule previous;
  ReviewCycle cycle;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(cycle, storage::ReviewCycleTable(txn).Get(name));
    ASSIGN_OR_RETURN(previous, storage::ReviewScheduleTable(txn).Get(name));
    return absl::OkStatus();
  }));
  if (cycle.status == CycleStatus::kConfirmed) {
    return absl::FailedPreconditionError(
        absl::StrCat("review cycle ", name, " is confirmed; its schedule can no longer change"));
  }
  ASSIGN_OR_RETURN(ProblemInputs in, ReadInputs(name, seed, time_limit_seconds));
  const scheduler::Problem problem = reviews::BuildProblem(in);
  absl::StatusOr<scheduler::Schedule> repaired =
      scheduler::RepairSchedule(problem, previous.schedule, leader_id);
  if (!repaired.ok()) {
    if (absl::IsNotFound(repaired.status())) {
      return absl::NotFoundError(absl::StrCat(
          "leader_id: ", leader_id, " is not a head or deputy taking part in cycle ", name));
    }
    return repaired.status();
  }
  std::vector<std::string> diff = scheduler::Diff(previous.schedule, *repaired);
  const std::string how =
      absl::StrCat("repaired after leader ", leader_id, " withdrew (", diff.size(),
                   " changes; unavailable on the cycle's ", cycle.dates.size(), " dates)");
  if (changes != nullptr) *changes = std::move(diff);
  // The problem's leader ids are person ids (problem_builder.cc), so this one parses.
  int64_t person_id = 0;
  if (!absl::SimpleAtoi(leader_id, &person_id)) {
    return absl::InternalError(absl::StrCat("leader id ", leader_id, " is not a person id"));
  }
  auto mark_unavailable = [&](storage::Transaction& txn) -> absl::Status {
    storage::PersonTable people(txn);
    ASSIGN_OR_RETURN(registry::Person person, people.Get(person_id));
    std::vector<std::string>& dates = person.unavailable_dates;
    dates.insert(dates.end(), cycle.dates.begin(), cycle.dates.end());
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return people.Update(person);
  };
  return SaveDraft(caller, name, in, problem, *std::move(repaired), "SOLVED", how,
                   mark_unavailable);
}

}  // namespace partnership::reviews
