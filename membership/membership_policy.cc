#include "membership/membership_policy.h"

#include "absl/strings/str_cat.h"
#include "access/policy.h"

namespace partnership::membership {
namespace {

using access::AccessRole;

std::string Who(const access::Principal& caller) {
  return absl::StrCat("token ", caller.token_id, " (", access::AccessRoleName(caller.role),
                      caller.school_urn.empty() ? "" : absl::StrCat(" for school ", caller.school_urn),
                      ")");
}

}  // namespace

absl::Status CanActForSchool(const access::Principal& caller, const std::string& school_urn,
                             absl::string_view action) {
  if (caller.Is(AccessRole::kCoordinator)) return absl::OkStatus();
  if (caller.Is(AccessRole::kSchool) && !school_urn.empty() && caller.school_urn == school_urn) {
    return absl::OkStatus();
  }
  return absl::PermissionDeniedError(
      absl::StrCat(Who(caller), " may not ", action, " for school ", school_urn));
}

absl::Status CanReadAgreementsOf(const access::Principal& caller, const std::string& school_urn) {
  if (caller.Is(AccessRole::kCoordinator) || caller.Is(AccessRole::kBoardMember) ||
      caller.Is(AccessRole::kLaOfficer)) {
    return absl::OkStatus();
  }
  if (caller.Is(AccessRole::kSchool)) {
    if (school_urn.empty()) {
      return absl::PermissionDeniedError(absl::StrCat(
          "a SCHOOL token reads its own school's agreements only: give school_urn ",
          caller.school_urn));
    }
    if (school_urn == caller.school_urn) return absl::OkStatus();
  }
  return absl::PermissionDeniedError(absl::StrCat(
      Who(caller), " may not read the agreements of ",
      school_urn.empty() ? "every school" : absl::StrCat("school ", school_urn)));
}

absl::Status CanReadMembershipRegister(const access::Principal& caller) {
  return access::RequireRole(
      caller, {AccessRole::kCoordinator, AccessRole::kBoardMember, AccessRole::kLaOfficer},
      "read the membership register");
}

absl::Status CanReadTermsOfMembership(const access::Principal& caller) {
  return access::CanReadSchools(caller);
}

}  // namespace partnership::membership
