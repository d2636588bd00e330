// What makes a person record valid, checked the same way on every path that writes one.
#ifndef PARTNERSHIP_REGISTRY_PERSON_RULES_H_
#define PARTNERSHIP_REGISTRY_PERSON_RULES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "registry/person.h"

namespace partnership::registry {

// True for a plausible e-mail address: one '@', a non-empty local part, a dotted domain, no
// spaces, at most 254 characters.
bool IsPlausibleEmail(absl::string_view email);

// Checks the fields of `person` on their own (not whether the school exists). Sorts and
// de-duplicates unavailable_dates in place. INVALID_ARGUMENT naming the field with `prefix`
// (for example "person.email: ...") when: role is unspecified; given or family name is empty
// or longer than 100 characters; e-mail is implausible; school_urn is missing for a
// headteacher, deputy or governor, or given for an LA officer or the coordinator, or is not a
// URN; training date or unavailable dates are given for someone who is not a leader, or are
// not ISO dates.
absl::Status NormaliseAndCheckPerson(Person& person, absl::string_view prefix = "person");

}  // namespace partnership::registry

#endif  // PARTNERSHIP_REGISTRY_PERSON_RULES_H_
