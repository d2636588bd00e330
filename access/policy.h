// Who may do what. Every domain service asks here before it reads or changes a record, so
// that the rules live in one place.
#ifndef PARTNERSHIP_ACCESS_POLICY_H_
#define PARTNERSHIP_ACCESS_POLICY_H_

#include <cstdint>
#include <initializer_list>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "access/principal.h"

namespace partnership::access {

// OK if the caller has one of `roles`; PERMISSION_DENIED naming `action` and the caller's role
// otherwise.
absl::Status RequireRole(const Principal& caller, std::initializer_list<AccessRole> roles,
                         absl::string_view action);

// Reading the register of schools (public GIAS facts plus review groups): every role.
absl::Status CanReadSchools(const Principal& caller);

// Reading the people of school `school_urn` (empty for people of no school): the
// coordinator, LA officers and board members read everyone; a SCHOOL token reads its own
// school's people only; a REVIEWER reads only their own record (`person_id`).
// PERMISSION_DENIED otherwise.
absl::Status CanReadPerson(const Principal& caller, const std::string& school_urn,
                           int64_t person_id);

// Changing people of school `school_urn`: the coordinator, or a SCHOOL token for its own
// school (and then never people of no school). PERMISSION_DENIED otherwise.
absl::Status CanChangePeopleOf(const Principal& caller, const std::string& school_urn);

// Listing people: a SCHOOL token must name its own school; others as CanReadPerson.
absl::Status CanListPeople(const Principal& caller, const std::string& school_urn);

}  // namespace partnership::access

#endif  // PARTNERSHIP_ACCESS_POLICY_H_
