// A school in the partnership's register, as the domain sees it (no proto, no SQL).
#ifndef PARTNERSHIP_REGISTRY_SCHOOL_H_
#define PARTNERSHIP_REGISTRY_SCHOOL_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace partnership::registry {

enum class Phase {
  kUnspecified = 0,
  kNursery,
  kPrimary,
  kMiddle,
  kSecondary,
  kAllThrough,
  kSpecial,
  kAlternativeProvision,
  kPost16,
  kOther,
};

enum class SchoolStatus { kUnspecified = 0, kOpen, kClosed };

// Stable upper-case names used in storage and messages: "PRIMARY", "SPECIAL", ...
absl::string_view PhaseName(Phase phase);
// Inverse of PhaseName; nullopt for an unknown name.
std::optional<Phase> PhaseFromName(absl::string_view name);
absl::string_view SchoolStatusName(SchoolStatus status);
std::optional<SchoolStatus> SchoolStatusFromName(absl::string_view name);

struct School {
  std::string urn;  // digits only
  std::string name;
  std::string la_code;
  std::string la_name;
  std::string establishment_type;
  std::string establishment_type_group;
  Phase phase = Phase::kUnspecified;
  SchoolStatus status = SchoolStatus::kOpen;
  std::string trust;
  std::string diocese;
  std::string religious_character;
  std::optional<int> pupils;
  std::string postcode;
  std::string town;
  std::string district;
  std::optional<int> easting;    // British National Grid, metres
  std::optional<int> northing;
  std::optional<double> latitude;   // WGS84 degrees
  std::optional<double> longitude;
  std::string review_group;
  bool review_group_set_by_coordinator = false;
  std::string head_name;
  std::string update_time;  // RFC 3339 UTC; set by the register on every change

  // Field-by-field equality of what an import can change (ignores update_time and the
  // coordinator's review-group choice).
  bool SameImportedFieldsAs(const School& other) const;
};

// True if `urn` is 1 to 8 ASCII digits.
bool IsValidUrn(absl::string_view urn);

}  // namespace partnership::registry

#endif  // PARTNERSHIP_REGISTRY_SCHOOL_H_
