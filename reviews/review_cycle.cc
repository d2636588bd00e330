#include "reviews/review_cycle.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/iso_date.h"

namespace partnership::reviews {
namespace {

absl::Status Invalid(absl::string_view field, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat("cycle.", field, ": ", what));
}

}  // namespace

absl::string_view CycleStatusName(CycleStatus status) {
  switch (status) {
    case CycleStatus::kPlanning: return "PLANNING";
    case CycleStatus::kDrafted: return "DRAFTED";
    case CycleStatus::kConfirmed: return "CONFIRMED";
  }
  return "PLANNING";
}

std::optional<CycleStatus> CycleStatusFromName(absl::string_view name) {
  if (name == "PLANNING") return CycleStatus::kPlanning;
  if (name == "DRAFTED") return CycleStatus::kDrafted;
  if (name == "CONFIRMED") return CycleStatus::kConfirmed;
  return std::nullopt;
}

bool IsAcademicYear(absl::string_view name) {
  if (name.size() != 7 || name[4] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6}) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(name[i]))) return false;
  }
  const int first = (name[0] - '0') * 1000 + (name[1] - '0') * 100 + (name[2] - '0') * 10 +
                    (name[3] - '0');
  const int second = (name[5] - '0') * 10 + (name[6] - '0');
  return (first + 1) % 100 == second;
}

absl::Status NormaliseAndCheckCycle(ReviewCycle& c) {
  if (!IsAcademicYear(c.name)) {
    return Invalid("name", absl::StrCat("\"", c.name, "\" is not an academic year such as 2026-27"));
  }
  if (c.dates.empty()) return Invalid("dates", "give at least one date reviews may take place on");
  for (size_t i = 0; i < c.dates.size(); ++i) {
    if (!IsIsoDate(c.dates[i])) {
      return Invalid(absl::StrCat("dates[", i, "]"),
                     absl::StrCat("\"", c.dates[i], "\" is not a date (YYYY-MM-DD)"));
    }
  }
  std::sort(c.dates.begin(), c.dates.end());
  for (size_t i = 1; i < c.dates.size(); ++i) {
    if (c.dates[i] == c.dates[i - 1]) {
      return Invalid("dates", absl::StrCat(c.dates[i], " is given twice"));
    }
  }
  const scheduler::Policy& p = c.policy;
  if (p.team_size < 1 || p.team_size > 6) {
    return Invalid("policy.team_size", absl::StrCat(p.team_size, " is not between 1 and 6"));
  }
  if (p.min_heads_per_team < 0 || p.min_heads_per_team > p.team_size) {
    return Invalid("policy.min_heads_per_team",
                   absl::StrCat(p.min_heads_per_team, " is not between 0 and team_size (",
                                p.team_size, ")"));
  }
  if (p.repeat_window_cycles < 0) {
    return Invalid("policy.repeat_window_cycles", "must not be negative");
  }
  if (p.max_travel_km < 0) return Invalid("policy.max_travel_km", "must not be negative");
  const scheduler::Weights& w = c.weights;
  const std::pair<const char*, double> weights[] = {
      {"travel_per_km", w.travel_per_km},     {"focus_match", w.focus_match},
      {"fairness_per_day", w.fairness_per_day}, {"cross_group", w.cross_group},
      {"unreviewed", w.unreviewed}};
  for (const auto& [name, value] : weights) {
    if (value < 0) return Invalid(absl::StrCat("weights.", name), "must not be negative");
  }
  return absl::OkStatus();
}

}  // namespace partnership::reviews
