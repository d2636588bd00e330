#include "membership/banding.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "membership/academic_year.h"

namespace partnership::membership {

absl::Status CheckBanding(const Banding& banding) {
  if (auto year = ParseAcademicYear(banding.academic_year, "banding.academic_year"); !year.ok()) {
    return year.status();
  }
  if (banding.la_contribution_pence < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "banding.la_contribution_pence: ", banding.la_contribution_pence, " is negative"));
  }
  if (banding.bands.empty()) {
    return absl::InvalidArgumentError(
        "banding.bands: give at least one band (one band with no max_pupils charges every "
        "school the same)");
  }
  const size_t n = banding.bands.size();
  for (size_t i = 0; i < n; ++i) {
    const Band& b = banding.bands[i];
    const std::string at = absl::StrCat("banding.bands[", i, "]");
    if (i == 0 && b.min_pupils != 0) {
      return absl::InvalidArgumentError(absl::StrCat(
          at, ".min_pupils: the first band must start at 0 pupils, not ", b.min_pupils));
    }
    if (i > 0) {
      const int expected = *banding.bands[i - 1].max_pupils + 1;
      if (b.min_pupils < expected) {
        return absl::InvalidArgumentError(absl::StrCat(
            at, ".min_pupils: ", b.min_pupils, " overlaps band ", i - 1, ", which ends at ",
            expected - 1));
      }
      if (b.min_pupils > expected) {
        return absl::InvalidArgumentError(absl::StrCat(
            at, ".min_pupils: ", b.min_pupils, " leaves a gap after band ", i - 1,
            ", which ends at ", expected - 1, " (start at ", expected, ")"));
      }
    }
    if (i + 1 < n && !b.max_pupils) {
      return absl::InvalidArgumentError(absl::StrCat(
          at, ".max_pupils: only the last band may have no upper bound"));
    }
    if (i + 1 == n && b.max_pupils) {
      return absl::InvalidArgumentError(absl::StrCat(
          at, ".max_pupils: the last band must have no upper bound, so that every school falls "
          "in a band (leave it empty)"));
    }
    if (b.max_pupils && *b.max_pupils < b.min_pupils) {
      return absl::InvalidArgumentError(absl::StrCat(
          at, ".max_pupils: ", *b.max_pupils, " is below min_pupils ", b.min_pupils));
    }
    if (b.annual_pence < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(at, ".annual_pence: ", b.annual_pence, " is negative"));
    }
  }
  return absl::OkStatus();
}

std::optional<int64_t> ContributionFor(const Banding& banding, std::optional<int> pupils) {
  if (!pupils) return std::nullopt;
  for (const Band& b : banding.bands) {
    if (*pupils >= b.min_pupils && (!b.max_pupils || *pupils <= *b.max_pupils)) {
      return b.annual_pence;
    }
  }
  return std::nullopt;
}

std::string FormatPounds(int64_t pence) {
  const bool negative = pence < 0;
  if (negative) pence = -pence;
  std::string pounds = absl::StrCat(pence / 100);
  for (int i = static_cast<int>(pounds.size()) - 3; i > 0; i -= 3) pounds.insert(i, ",");
  return absl::StrFormat("%s£%s.%02d", negative ? "-" : "", pounds, pence % 100);
}

}  // namespace partnership::membership
