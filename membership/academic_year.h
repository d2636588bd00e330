// The school year the partnership's membership runs by: 1 September to 31 August, written
// "2026-27".
#ifndef PARTNERSHIP_MEMBERSHIP_ACADEMIC_YEAR_H_
#define PARTNERSHIP_MEMBERSHIP_ACADEMIC_YEAR_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnership::membership {

class AcademicYear {
 public:
  // The year that starts on 1 September `start_year`.
  explicit AcademicYear(int start_year) : start_year_(start_year) {}

  int start_year() const { return start_year_; }
  // "2026-27".
  std::string Name() const;
  // "2026-09-01" and "2027-08-31".
  std::string FirstDay() const;
  std::string LastDay() const;
  AcademicYear Next() const { return AcademicYear(start_year_ + 1); }
  // True if the ISO date `date` falls in this year.
  bool Contains(absl::string_view date) const;

  friend bool operator==(AcademicYear a, AcademicYear b) { return a.start_year_ == b.start_year_; }
  friend bool operator<(AcademicYear a, AcademicYear b) { return a.start_year_ < b.start_year_; }

 private:
  int start_year_;
};

// Reads "2026-27": four digits (1900 to 2998), a hyphen, the last two digits of the next
// year. INVALID_ARGUMENT naming `field` otherwise ("2026-28", "2026/27", "26-27").
absl::StatusOr<AcademicYear> ParseAcademicYear(absl::string_view text, absl::string_view field);

// The academic year an ISO date (already checked with IsIsoDate) falls in.
AcademicYear AcademicYearOf(absl::string_view iso_date);

// Today's date in UTC, "YYYY-MM-DD".
std::string TodayUtc();

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_ACADEMIC_YEAR_H_
