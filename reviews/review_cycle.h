// A review cycle: one academic year's round of peer reviews, its dates and its rules.
#ifndef PARTNERSHIP_REVIEWS_REVIEW_CYCLE_H_
#define PARTNERSHIP_REVIEWS_REVIEW_CYCLE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "partnership/scheduler/problem.h"

namespace partnership::reviews {

enum class CycleStatus {
  kPlanning = 0,  // dates and rules being set; no schedule yet
  kDrafted,       // a draft schedule is stored; it may be replaced
  kConfirmed,     // the schedule is final: the days ledger and review history include it
};

absl::string_view CycleStatusName(CycleStatus status);  // "PLANNING", "DRAFTED", "CONFIRMED"
std::optional<CycleStatus> CycleStatusFromName(absl::string_view name);

// The fairness weight of a cycle created without one. The spec's file default (50 a day)
// lets a school fall behind on its days whenever that saves 50 km; at 500, over five
// cycles of a generated county (bench/scheduler_bench cycles), every school with a trained
// head and deputy stays within half a day of its 1.5 a year. The proposal makes the days a
// condition of membership, so the partnership's default puts them before travel.
inline constexpr double kPartnershipFairnessPerDay = 500;

// The scheduler's weights with the partnership's fairness.
inline scheduler::Weights PartnershipWeights() {
  scheduler::Weights w;
  w.fairness_per_day = kPartnershipFairnessPerDay;
  return w;
}

struct ReviewCycle {
  std::string name;                // academic year, "2026-27"
  std::vector<std::string> dates;  // ISO dates reviews may take place on, sorted
  scheduler::Policy policy;
  scheduler::Weights weights = PartnershipWeights();
  CycleStatus status = CycleStatus::kPlanning;
  std::string create_time;
  std::string update_time;
};

// True for "YYYY-YY" where the second year follows the first ("2026-27").
bool IsAcademicYear(absl::string_view name);

// Checks a cycle's own fields and sorts its dates. INVALID_ARGUMENT naming the field
// ("cycle.dates[2]: ...") when: the name is not an academic year; there are no dates, a date
// is not an ISO date or repeats; team_size < 1 or > 6; min_heads_per_team < 0 or greater than
// team_size; repeat_window_cycles < 0; max_travel_km < 0; a weight is negative.
absl::Status NormaliseAndCheckCycle(ReviewCycle& cycle);

}  // namespace partnership::reviews

#endif  // PARTNERSHIP_REVIEWS_REVIEW_CYCLE_H_
