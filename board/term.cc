#include "board/term.h"

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/iso_date.h"

namespace partnership::board {
namespace {

absl::CivilDay Parse(absl::string_view date) {
  absl::CivilDay day;
  absl::ParseCivilTime(date, &day);
  return day;
}

}  // namespace

absl::StatusOr<std::string> TermEnd(absl::string_view from, int years) {
  if (!IsIsoDate(from)) {
    return absl::InvalidArgumentError(absl::StrCat("\"", from, "\" is not a date (YYYY-MM-DD)"));
  }
  if (years < 1 || years > 10) {
    return absl::InvalidArgumentError(absl::StrCat(years, " is not a term (1 to 10 years)"));
  }
  const absl::CivilDay start = Parse(from);
  // Anniversary of 29 February in a common year: the term ends on 28 February.
  absl::CivilDay anniversary(start.year() + years, start.month(), start.day());
  if (anniversary.month() != start.month()) {
    anniversary = absl::CivilDay(start.year() + years, start.month() + 1, 1);
  }
  return absl::FormatCivilTime(anniversary - 1);
}

std::string DayBefore(absl::string_view date) { return absl::FormatCivilTime(Parse(date) - 1); }

std::string TodayUtc() {
  return absl::FormatCivilTime(absl::ToCivilDay(absl::Now(), absl::UTCTimeZone()));
}

}  // namespace partnership::board
