#include "access/policy.h"

#include "absl/strings/str_cat.h"

namespace partnership::access {
namespace {

absl::Status Denied(const Principal& caller, absl::string_view action) {
  return absl::PermissionDeniedError(
      absl::StrCat("a ", AccessRoleName(caller.role), " token may not ", action));
}

bool ReadsEveryone(const Principal& caller) {
  return caller.Is(AccessRole::kCoordinator) || caller.Is(AccessRole::kLaOfficer) ||
         caller.Is(AccessRole::kBoardMember);
}

}  // namespace

absl::Status RequireRole(const Principal& caller, std::initializer_list<AccessRole> roles,
                         absl::string_view action) {
  for (AccessRole r : roles) {
    if (caller.role == r) return absl::OkStatus();
  }
  return Denied(caller, action);
}

absl::Status CanReadSchools(const Principal& caller) {
  if (caller.role == AccessRole::kUnspecified) return Denied(caller, "read the register");
  return absl::OkStatus();
}

absl::Status CanReadPerson(const Principal& caller, const std::string& school_urn,
                           int64_t person_id) {
  if (ReadsEveryone(caller)) return absl::OkStatus();
  if (caller.Is(AccessRole::kSchool) && !school_urn.empty() && school_urn == caller.school_urn) {
    return absl::OkStatus();
  }
  if (caller.Is(AccessRole::kReviewer) && person_id != 0 && person_id == caller.person_id) {
    return absl::OkStatus();
  }
  return absl::PermissionDeniedError(absl::StrCat(
      "token ", caller.token_id, " (", AccessRoleName(caller.role),
      caller.school_urn.empty() ? "" : absl::StrCat(" for school ", caller.school_urn),
      ") may not read ",
      school_urn.empty() ? "people outside its school" : absl::StrCat("people of school ", school_urn)));
}

absl::Status CanChangePeopleOf(const Principal& caller, const std::string& school_urn) {
  if (caller.Is(AccessRole::kCoordinator)) return absl::OkStatus();
  if (caller.Is(AccessRole::kSchool) && !school_urn.empty() && school_urn == caller.school_urn) {
    return absl::OkStatus();
  }
  return absl::PermissionDeniedError(absl::StrCat(
      "token ", caller.token_id, " (", AccessRoleName(caller.role),
      caller.school_urn.empty() ? "" : absl::StrCat(" for school ", caller.school_urn),
      ") may not change ",
      school_urn.empty() ? "people outside a school" : absl::StrCat("people of school ", school_urn)));
}

absl::Status CanListPeople(const Principal& caller, const std::string& school_urn) {
  if (ReadsEveryone(caller)) return absl::OkStatus();
  if (caller.Is(AccessRole::kSchool)) {
    if (school_urn.empty()) {
      return absl::PermissionDeniedError(absl::StrCat(
          "a SCHOOL token lists its own school's people only: give school_urn ",
          caller.school_urn));
    }
    return CanReadPerson(caller, school_urn, 0);
  }
  return Denied(caller, "list people");
}

}  // namespace partnership::access
