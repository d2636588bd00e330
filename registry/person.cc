#include "registry/person.h"

#include <utility>

namespace partnership::registry {
namespace {

constexpr std::pair<PersonRole, absl::string_view> kRoleNames[] = {
    {PersonRole::kHeadteacher, "HEADTEACHER"},
    {PersonRole::kDeputyHead, "DEPUTY_HEAD"},
    {PersonRole::kGovernor, "GOVERNOR"},
    {PersonRole::kLaOfficer, "LA_OFFICER"},
    {PersonRole::kDiocesanRepresentative, "DIOCESAN_REPRESENTATIVE"},
    {PersonRole::kCoordinator, "COORDINATOR"},
};

}  // namespace

absl::string_view PersonRoleName(PersonRole role) {
  for (const auto& [r, name] : kRoleNames) {
    if (r == role) return name;
  }
  return "UNSPECIFIED";
}

std::optional<PersonRole> PersonRoleFromName(absl::string_view name) {
  for (const auto& [r, n] : kRoleNames) {
    if (n == name) return r;
  }
  return std::nullopt;
}

}  // namespace partnership::registry
