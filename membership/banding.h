// What member schools contribute: a banding by pupil numbers for each academic year, beside
// the local authority's contribution (the proposal's "mixed funding model").
#ifndef PARTNERSHIP_MEMBERSHIP_BANDING_H_
#define PARTNERSHIP_MEMBERSHIP_BANDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"

namespace partnership::membership {

// Schools with min_pupils to max_pupils pupils (inclusive) pay annual_pence a year.
struct Band {
  int min_pupils = 0;
  std::optional<int> max_pupils;  // unset: no upper bound (last band only)
  int64_t annual_pence = 0;
};

struct Banding {
  std::string academic_year;  // "2026-27"
  std::vector<Band> bands;    // in order of min_pupils
  int64_t la_contribution_pence = 0;
  std::string update_time;    // RFC 3339 UTC; set by Contributions
  std::string updated_by;     // the token that set it
};

// OK if every school falls in exactly one band: at least one band; the first starts at 0;
// each starts one above the previous band's max_pupils; only the last has no max_pupils and
// it must have none; max_pupils >= min_pupils; amounts and the LA contribution >= 0; the
// academic year is well formed. INVALID_ARGUMENT naming the field otherwise, for example
// "banding.bands[2].min_pupils: 250 leaves a gap after band 1, which ends at 200".
absl::Status CheckBanding(const Banding& banding);

// The annual contribution of a school with `pupils` pupils; nullopt when the number of pupils
// is unknown or no band covers it (a banding that passed CheckBanding covers every number).
std::optional<int64_t> ContributionFor(const Banding& banding, std::optional<int> pupils);

// "£1,250.00".
std::string FormatPounds(int64_t pence);

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_BANDING_H_
