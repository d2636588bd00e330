// Checks and converts what the user typed, before any call is made. Every error is a
// UsageError (exit code 2) whose message starts with the flag as the user wrote it:
//   --trained-on: "2027-02-30" is not a date (YYYY-MM-DD)
// Checking locally gives a better message than the server could, and costs no round trip.
#ifndef PARTNERSHIP_CLIENT_ARGUMENTS_H_
#define PARTNERSHIP_CLIENT_ARGUMENTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "partnership/v1/common.pb.h"

namespace partnership::cli {

// A GIAS Unique Reference Number: 1 to 8 digits (as the server accepts). Returns it unchanged.
absl::StatusOr<std::string> ParseUrn(absl::string_view flag, absl::string_view text);

// A local-authority code: three digits, for example "916" (Gloucestershire).
absl::StatusOr<std::string> ParseLaCode(absl::string_view flag, absl::string_view text);

// YYYY-MM-DD naming a real calendar day (2027-02-29 is refused, 2028-02-29 accepted).
absl::StatusOr<std::string> ParseIsoDate(absl::string_view flag, absl::string_view text);

// A comma-separated list of dates ("2027-01-04,2027-01-05"); spaces around commas are
// allowed; an empty text is an empty list. Duplicates are dropped, order kept.
absl::StatusOr<std::vector<std::string>> ParseDateList(absl::string_view flag,
                                                       absl::string_view text);

// The shape of an e-mail address: one '@', something before it, a dotted domain after it,
// no spaces. Whether it is deliverable is not knowable here.
absl::StatusOr<std::string> ParseEmail(absl::string_view flag, absl::string_view text);

// A whole number >= 1 that fits in an int32.
absl::StatusOr<int32_t> ParsePositiveInt(absl::string_view flag, absl::string_view text);

// A whole number >= 0 that fits in a uint64.
absl::StatusOr<uint64_t> ParseUnsigned(absl::string_view flag, absl::string_view text);

// A finite number >= 0, decimals allowed ("12.5"): a weight or a distance.
absl::StatusOr<double> ParseNonNegative(absl::string_view flag, absl::string_view text);

// A number of seconds > 0, decimals allowed ("0.5").
absl::StatusOr<double> ParseSeconds(absl::string_view flag, absl::string_view text);

// Text that must not be empty or only spaces; returns it with outer spaces removed.
absl::StatusOr<std::string> ParseNonEmpty(absl::string_view flag, absl::string_view text);

// Role names as typed: headteacher, deputy-head, governor, la-officer,
// diocesan-representative, coordinator. Case-insensitive; '_' may stand for '-'.
// An unknown name is refused with the list of allowed values.
absl::StatusOr<v1::PersonRole> ParsePersonRole(absl::string_view flag, absl::string_view text);

// Phase names: nursery, primary, middle, secondary, all-through, special,
// alternative-provision, post-16, other. Same rules as ParsePersonRole.
absl::StatusOr<v1::Phase> ParsePhase(absl::string_view flag, absl::string_view text);

// Token roles: coordinator, board-member, school, la-officer, reviewer.
absl::StatusOr<v1::AccessRole> ParseAccessRole(absl::string_view flag, absl::string_view text);

// The command-line spelling of each value ("deputy-head"); "" for UNSPECIFIED and unknown
// numbers, so tables show a blank rather than a made-up word.
std::string PersonRoleName(v1::PersonRole role);
std::string PhaseName(v1::Phase phase);
std::string AccessRoleName(v1::AccessRole role);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_ARGUMENTS_H_
