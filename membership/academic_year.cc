#include "membership/academic_year.h"

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace partnership::membership {

std::string AcademicYear::Name() const {
  return absl::StrFormat("%04d-%02d", start_year_, (start_year_ + 1) % 100);
}

std::string AcademicYear::FirstDay() const { return absl::StrFormat("%04d-09-01", start_year_); }

std::string AcademicYear::LastDay() const {
  return absl::StrFormat("%04d-08-31", start_year_ + 1);
}

bool AcademicYear::Contains(absl::string_view date) const {
  // ISO dates of the same length sort as text.
  return date >= FirstDay() && date <= LastDay();
}

absl::StatusOr<AcademicYear> ParseAcademicYear(absl::string_view text, absl::string_view field) {
  auto bad = [&] {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": \"", text, "\" is not an academic year (e.g. 2026-27: a year and the last two "
        "digits of the next)"));
  };
  if (text.size() != 7 || text[4] != '-') return bad();
  for (int i : {0, 1, 2, 3, 5, 6}) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(text[i]))) return bad();
  }
  int start = 0, next = 0;
  if (!absl::SimpleAtoi(text.substr(0, 4), &start) || !absl::SimpleAtoi(text.substr(5, 2), &next)) {
    return bad();
  }
  if (start < 1900 || start > 2998 || (start + 1) % 100 != next) return bad();
  return AcademicYear(start);
}

AcademicYear AcademicYearOf(absl::string_view iso_date) {
  int year = 0, month = 0;
  absl::SimpleAtoi(iso_date.substr(0, 4), &year);
  absl::SimpleAtoi(iso_date.substr(5, 2), &month);
  return AcademicYear(month >= 9 ? year : year - 1);
}

std::string TodayUtc() {
  return absl::FormatTime("%Y-%m-%d", absl::Now(), absl::UTCTimeZone());
}

}  // namespace partnership::membership
