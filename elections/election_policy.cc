#include "elections/election_policy.h"

#include "absl/strings/str_cat.h"
#include "access/policy.h"

namespace partnership::elections {

using access::AccessRole;

absl::Status CanRunElections(const access::Principal& caller, absl::string_view action) {
  return access::RequireRole(caller, {AccessRole::kCoordinator}, action);
}

absl::Status CanActForSchool(const access::Principal& caller, const std::string& school_urn,
                             absl::string_view action) {
  if (caller.Is(AccessRole::kCoordinator)) return absl::OkStatus();
  if (caller.Is(AccessRole::kSchool) && caller.school_urn == school_urn) return absl::OkStatus();
  return absl::PermissionDeniedError(absl::StrCat(
      caller.Describe(), " may not ", action, " for school ", school_urn,
      " (the coordinator or that school's own token may)"));
}

absl::Status CanVoteFor(const access::Principal& caller, const std::string& school_urn) {
  if (caller.Is(AccessRole::kSchool) && caller.school_urn == school_urn) return absl::OkStatus();
  return absl::PermissionDeniedError(absl::StrCat(
      caller.Describe(), " may not cast the ballot of school ", school_urn,
      " (only that school's own token may)"));
}

absl::Status CanReadElections(const access::Principal& caller) {
  if (caller.role == AccessRole::kUnspecified) {
    return absl::PermissionDeniedError("an unknown role may not read elections");
  }
  return absl::OkStatus();
}

absl::Status CanReadResult(const access::Principal& caller, const BoardElection& election) {
  if (election.status == ElectionStatus::kPublished) return absl::OkStatus();
  if (election.status == ElectionStatus::kCounted) {
    if (caller.Is(AccessRole::kCoordinator)) return absl::OkStatus();
    return absl::PermissionDeniedError(absl::StrCat(
        "election ", election.id, " is counted but its result is not yet published"));
  }
  return absl::FailedPreconditionError(absl::StrCat(
      "election ", election.id, " has no result yet: it is ",
      ElectionStatusName(election.status), " (results exist once it is COUNTED)"));
}

}  // namespace partnership::elections
