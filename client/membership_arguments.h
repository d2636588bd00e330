// What the user types for `partnership membership ...`: academic years, amounts of money and
// the contribution banding's CSV file. Every error is a UsageError naming where the problem
// is (the flag, or the file's row and column), so bad input is refused before anything is
// sent.
#ifndef PARTNERSHIP_CLIENT_MEMBERSHIP_ARGUMENTS_H_
#define PARTNERSHIP_CLIENT_MEMBERSHIP_ARGUMENTS_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "partnership/v1/membership.pb.h"

namespace partnership::cli {

// "2026-27": a year and the last two digits of the next. Returns it unchanged.
absl::StatusOr<std::string> ParseAcademicYear(absl::string_view flag, absl::string_view text);

// The academic year today (UTC) falls in: from 1 September, the one starting that year.
std::string CurrentAcademicYear();

// Parses a banding CSV:
//
//   min_pupils,max_pupils,annual_amount
//   0,199,250.00
//   200,599,500
//   600,,1000
//
// The header names the columns, in any order: min_pupils, max_pupils, and either
// annual_amount (pounds, up to 2 decimals, an optional leading "£" and thousands commas
// inside quotes) or annual_pence (whole pence). Blank lines are skipped; fields may be
// quoted. The bands must read as the server requires: the first starts at 0, each starts one
// above the previous max_pupils, only the last has an empty max_pupils. Returns the bands in
// file order. A problem is a UsageError naming the file, the row (the header is row 1) and
// the column: `bands.csv row 3, column min_pupils: 250 leaves a gap after row 2, which ends
// at 199 (start at 200)`.
absl::StatusOr<google::protobuf::RepeatedPtrField<v1::Band>> ParseBandingCsv(
    absl::string_view file_name, absl::string_view contents);

// "37500", "37,500.50", "£37500.5" -> pence. UsageError naming `what` for anything else,
// negative amounts included.
absl::StatusOr<int64_t> ParsePounds(absl::string_view what, absl::string_view text);

// 3750050 -> "£37,500.50".
std::string FormatPence(int64_t pence);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_MEMBERSHIP_ARGUMENTS_H_
