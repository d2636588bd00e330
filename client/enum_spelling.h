// Enum values as the command line spells them: the proto value's name without its prefix,
// lower case, '-' for '_' (MEMBERSHIP_STATUS_NOT_MEMBER is "not-member").
#ifndef PARTNERSHIP_CLIENT_ENUM_SPELLING_H_
#define PARTNERSHIP_CLIENT_ENUM_SPELLING_H_

#include <algorithm>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "client/exit_codes.h"

namespace partnership::cli {

// The spelling of the value named `name` (as from the generated `<Enum>_Name`), which
// starts with `prefix`.
inline std::string EnumSpelling(absl::string_view name, absl::string_view prefix) {
  name.remove_prefix(std::min(prefix.size(), name.size()));
  return absl::StrReplaceAll(absl::AsciiStrToLower(name), {{"_", "-"}});
}

// Reads `text` as spelled above, in any case and with '_' or '-' alike; `parse` is the
// generated `<Enum>_Parse`. Returns the value; a UsageError naming `flag` and listing the
// `allowed` spellings if `text` is empty, names no value, or names the UNSPECIFIED one.
template <typename Enum>
absl::StatusOr<Enum> ParseEnumSpelling(absl::string_view flag, absl::string_view text,
                                       absl::string_view prefix,
                                       bool (*parse)(const std::string&, Enum*),
                                       absl::string_view allowed) {
  const std::string name = absl::StrCat(
      prefix, absl::AsciiStrToUpper(
                  absl::StrReplaceAll(absl::StripAsciiWhitespace(text), {{"-", "_"}})));
  Enum value;
  if (text.empty() || !parse(name, &value) || absl::EndsWith(name, "UNSPECIFIED")) {
    return UsageError(absl::StrCat(flag, ": \"", text, "\" is not one of ", allowed));
  }
  return value;
}

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_ENUM_SPELLING_H_
