// A person the partnership works with: leaders, governors, officers, the coordinator.
#ifndef PARTNERSHIP_REGISTRY_PERSON_H_
#define PARTNERSHIP_REGISTRY_PERSON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace partnership::registry {

enum class PersonRole {
  kUnspecified = 0,
  kHeadteacher,
  kDeputyHead,
  kGovernor,
  kLaOfficer,
  kDiocesanRepresentative,
  kCoordinator,
};

// "HEADTEACHER", "DEPUTY_HEAD", "GOVERNOR", "LA_OFFICER", "DIOCESAN_REPRESENTATIVE",
// "COORDINATOR".
absl::string_view PersonRoleName(PersonRole role);
std::optional<PersonRole> PersonRoleFromName(absl::string_view name);

// Headteachers and deputies are the leaders who carry out peer reviews.
inline bool IsLeader(PersonRole role) {
  return role == PersonRole::kHeadteacher || role == PersonRole::kDeputyHead;
}
// Roles that belong to exactly one school.
inline bool NeedsSchool(PersonRole role) {
  return IsLeader(role) || role == PersonRole::kGovernor;
}

struct Person {
  int64_t id = 0;  // assigned by the register
  std::string school_urn;
  PersonRole role = PersonRole::kUnspecified;
  std::string given_name;
  std::string family_name;
  std::string email;
  std::string organisation;
  std::string training_completed_on;            // ISO date, leaders only
  std::vector<std::string> unavailable_dates;   // ISO dates, sorted, leaders only
  std::string update_time;
};

}  // namespace partnership::registry

#endif  // PARTNERSHIP_REGISTRY_PERSON_H_
