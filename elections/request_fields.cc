#include "elections/request_fields.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace partnership::elections {

absl::StatusOr<int64_t> ParseId(const std::string& text, absl::string_view field,
                                absl::string_view what) {
  int64_t id = 0;
  if (!absl::SimpleAtoi(text, &id) || id <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", text, "\" is not ", what, " id (a positive number)"));
  }
  return id;
}

std::string PersonName(const registry::Person& person) {
  return absl::StrCat(person.given_name, " ", person.family_name);
}

}  // namespace partnership::elections
