#include "registry/school.h"

#include <utility>

#include "absl/strings/ascii.h"

namespace partnership::registry {
namespace {

constexpr std::pair<Phase, absl::string_view> kPhaseNames[] = {
    {Phase::kNursery, "NURSERY"},
    {Phase::kPrimary, "PRIMARY"},
    {Phase::kMiddle, "MIDDLE"},
    {Phase::kSecondary, "SECONDARY"},
    {Phase::kAllThrough, "ALL_THROUGH"},
    {Phase::kSpecial, "SPECIAL"},
    {Phase::kAlternativeProvision, "ALTERNATIVE_PROVISION"},
    {Phase::kPost16, "POST_16"},
    {Phase::kOther, "OTHER"},
};

}  // namespace

absl::string_view PhaseName(Phase phase) {
  for (const auto& [p, name] : kPhaseNames) {
    if (p == phase) return name;
  }
  return "UNSPECIFIED";
}

std::optional<Phase> PhaseFromName(absl::string_view name) {
  for (const auto& [p, n] : kPhaseNames) {
    if (n == name) return p;
  }
  return std::nullopt;
}

absl::string_view SchoolStatusName(SchoolStatus status) {
  switch (status) {
    case SchoolStatus::kOpen: return "OPEN";
    case SchoolStatus::kClosed: return "CLOSED";
    default: return "UNSPECIFIED";
  }
}

std::optional<SchoolStatus> SchoolStatusFromName(absl::string_view name) {
  if (name == "OPEN") return SchoolStatus::kOpen;
  if (name == "CLOSED") return SchoolStatus::kClosed;
  return std::nullopt;
}

bool School::SameImportedFieldsAs(const School& o) const {
  return urn == o.urn && name == o.name && la_code == o.la_code && la_name == o.la_name &&
         establishment_type == o.establishment_type &&
         establishment_type_group == o.establishment_type_group && phase == o.phase &&
         status == o.status && trust == o.trust && diocese == o.diocese &&
         religious_character == o.religious_character && pupils == o.pupils &&
         postcode == o.postcode && town == o.town && district == o.district &&
         easting == o.easting && northing == o.northing && head_name == o.head_name;
}

bool IsValidUrn(absl::string_view urn) {
  if (urn.empty() || urn.size() > 8) return false;
  for (char c : urn) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace partnership::registry
