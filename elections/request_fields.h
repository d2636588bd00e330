// What BoardElections' verbs share in reading a request: ids given as text, as on the wire,
// and people named as they appear on ballots and in the audit trail.
#ifndef PARTNERSHIP_ELECTIONS_REQUEST_FIELDS_H_
#define PARTNERSHIP_ELECTIONS_REQUEST_FIELDS_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "registry/person.h"

namespace partnership::elections {

// The positive number in `text`. INVALID_ARGUMENT ("id: \"x\" is not an election id (a
// positive number)") naming `field` and `what` otherwise.
absl::StatusOr<int64_t> ParseId(const std::string& text, absl::string_view field,
                                absl::string_view what);

// "Ann Lee".
std::string PersonName(const registry::Person& person);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_REQUEST_FIELDS_H_
