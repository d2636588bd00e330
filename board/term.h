// Date arithmetic for terms of office, on ISO "YYYY-MM-DD" dates.
#ifndef PARTNERSHIP_BOARD_TERM_H_
#define PARTNERSHIP_BOARD_TERM_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnership::board {

// The last day of a term of `years` years starting on `from`: the day before the same date
// `years` later (2026-09-01 for 3 years ends 2029-08-31; a term from 29 February ends on
// 28 February). INVALID_ARGUMENT for a date that is not ISO or years outside 1..10.
absl::StatusOr<std::string> TermEnd(absl::string_view from, int years);

// The day before ISO date `date` (which must be valid).
std::string DayBefore(absl::string_view date);

// Today in UTC, ISO.
std::string TodayUtc();

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_TERM_H_
