#include "access/principal.h"

#include <utility>

namespace partnership::access {
namespace {

constexpr std::pair<AccessRole, absl::string_view> kNames[] = {
    {AccessRole::kCoordinator, "COORDINATOR"},
    {AccessRole::kBoardMember, "BOARD_MEMBER"},
    {AccessRole::kSchool, "SCHOOL"},
    {AccessRole::kLaOfficer, "LA_OFFICER"},
    {AccessRole::kReviewer, "REVIEWER"},
};

}  // namespace

absl::string_view AccessRoleName(AccessRole role) {
  for (const auto& [r, n] : kNames) {
    if (r == role) return n;
  }
  return "UNSPECIFIED";
}

std::optional<AccessRole> AccessRoleFromName(absl::string_view name) {
  for (const auto& [r, n] : kNames) {
    if (n == name) return r;
  }
  return std::nullopt;
}

}  // namespace partnership::access
