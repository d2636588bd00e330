#include "client/arguments.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "client/exit_codes.h"

namespace partnership::cli {
namespace {

bool AllDigits(absl::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                       [](char c) { return absl::ascii_isdigit(c); });
}

absl::Status Refuse(absl::string_view flag, absl::string_view text, absl::string_view what) {
  return UsageError(absl::StrCat(flag, ": \"", text, "\" ", what));
}

// One table per enum, in the order the help text lists the values.
template <typename Enum>
using NameTable = std::vector<std::pair<const char*, Enum>>;

const NameTable<v1::PersonRole>& PersonRoles() {
  static const auto* table = new NameTable<v1::PersonRole>{
      {"headteacher", v1::PERSON_ROLE_HEADTEACHER},
      {"deputy-head", v1::PERSON_ROLE_DEPUTY_HEAD},
      {"governor", v1::PERSON_ROLE_GOVERNOR},
      {"la-officer", v1::PERSON_ROLE_LA_OFFICER},
      {"diocesan-representative", v1::PERSON_ROLE_DIOCESAN_REPRESENTATIVE},
      {"coordinator", v1::PERSON_ROLE_COORDINATOR},
  };
  return *table;
}

const NameTable<v1::Phase>& Phases() {
  static const auto* table = new NameTable<v1::Phase>{
      {"nursery", v1::PHASE_NURSERY},
      {"primary", v1::PHASE_PRIMARY},
      {"middle", v1::PHASE_MIDDLE},
      {"secondary", v1::PHASE_SECONDARY},
      {"all-through", v1::PHASE_ALL_THROUGH},
      {"special", v1::PHASE_SPECIAL},
      {"alternative-provision", v1::PHASE_ALTERNATIVE_PROVISION},
      {"post-16", v1::PHASE_POST_16},
      {"other", v1::PHASE_OTHER},
  };
  return *table;
}

const NameTable<v1::AccessRole>& AccessRoles() {
  static const auto* table = new NameTable<v1::AccessRole>{
      {"coordinator", v1::ACCESS_ROLE_COORDINATOR},
      {"board-member", v1::ACCESS_ROLE_BOARD_MEMBER},
      {"school", v1::ACCESS_ROLE_SCHOOL},
      {"la-officer", v1::ACCESS_ROLE_LA_OFFICER},
      {"reviewer", v1::ACCESS_ROLE_REVIEWER},
  };
  return *table;
}

template <typename Enum>
absl::StatusOr<Enum> Lookup(const NameTable<Enum>& table, absl::string_view flag,
                            absl::string_view text) {
  std::string key = absl::AsciiStrToLower(absl::StripAsciiWhitespace(text));
  std::replace(key.begin(), key.end(), '_', '-');
  std::vector<std::string> names;
  for (const auto& [name, value] : table) {
    if (key == name) return value;
    names.push_back(name);
  }
  return Refuse(flag, text, absl::StrCat("is not one of ", absl::StrJoin(names, ", ")));
}

template <typename Enum>
std::string NameOf(const NameTable<Enum>& table, Enum value) {
  for (const auto& [name, v] : table) {
    if (v == value) return name;
  }
  return "";
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

absl::StatusOr<std::string> ParseUrn(absl::string_view flag, absl::string_view text) {
  if (!AllDigits(text) || text.size() > 8) {
    return Refuse(flag, text, "is not a URN (1 to 8 digits, for example 115481)");
  }
  return std::string(text);
}

absl::StatusOr<std::string> ParseLaCode(absl::string_view flag, absl::string_view text) {
  if (!AllDigits(text) || text.size() != 3) {
    return Refuse(flag, text, "is not a local-authority code (three digits, for example 916)");
  }
  return std::string(text);
}

absl::StatusOr<std::string> ParseIsoDate(absl::string_view flag, absl::string_view text) {
  int year = 0, month = 0, day = 0;
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      AllDigits(text.substr(0, 4)) && AllDigits(text.substr(5, 2)) &&
                      AllDigits(text.substr(8, 2)) &&
                      absl::SimpleAtoi(text.substr(0, 4), &year) &&
                      absl::SimpleAtoi(text.substr(5, 2), &month) &&
                      absl::SimpleAtoi(text.substr(8, 2), &day);
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!shaped || year < 1 || month < 1 || month > 12 || day < 1 ||
      day > kDaysInMonth[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0)) {
    return Refuse(flag, text, "is not a date (YYYY-MM-DD)");
  }
  return std::string(text);
}

absl::StatusOr<std::vector<std::string>> ParseDateList(absl::string_view flag,
                                                       absl::string_view text) {
  std::vector<std::string> dates;
  if (absl::StripAsciiWhitespace(text).empty()) return dates;
  for (absl::string_view part : absl::StrSplit(text, ',')) {
    auto date = ParseIsoDate(flag, absl::StripAsciiWhitespace(part));
    if (!date.ok()) return date.status();
    if (std::find(dates.begin(), dates.end(), *date) == dates.end()) dates.push_back(*date);
  }
  return dates;
}

absl::StatusOr<std::string> ParseEmail(absl::string_view flag, absl::string_view text) {
  const size_t at = text.find('@');
  const bool shaped = at != absl::string_view::npos && at > 0 &&
                      text.find('@', at + 1) == absl::string_view::npos &&
                      std::none_of(text.begin(), text.end(),
                                   [](char c) { return absl::ascii_isspace(c) || c == ','; });
  const absl::string_view domain = shaped ? text.substr(at + 1) : absl::string_view();
  const size_t dot = domain.find('.');
  if (!shaped || dot == absl::string_view::npos || dot == 0 || domain.back() == '.' ||
      domain.find("..") != absl::string_view::npos) {
    return Refuse(flag, text, "is not an e-mail address");
  }
  return std::string(text);
}

absl::StatusOr<int32_t> ParsePositiveInt(absl::string_view flag, absl::string_view text) {
  int32_t value = 0;
  if (!AllDigits(text) || !absl::SimpleAtoi(text, &value) || value < 1) {
    return Refuse(flag, text, "is not a positive whole number");
  }
  return value;
}

absl::StatusOr<uint64_t> ParseUnsigned(absl::string_view flag, absl::string_view text) {
  uint64_t value = 0;
  if (!AllDigits(text) || !absl::SimpleAtoi(text, &value)) {
    return Refuse(flag, text, "is not a whole number (0 or more)");
  }
  return value;
}

absl::StatusOr<double> ParseNonNegative(absl::string_view flag, absl::string_view text) {
  double value = 0;
  if (!absl::SimpleAtod(text, &value) || !std::isfinite(value) || value < 0 || value > 1e12) {
    return Refuse(flag, text, "is not a number of 0 or more");
  }
  return value;
}

absl::StatusOr<double> ParseSeconds(absl::string_view flag, absl::string_view text) {
  double value = 0;
  if (!absl::SimpleAtod(text, &value) || !std::isfinite(value) || value <= 0 ||
      value > 365 * 24 * 3600.0) {
    return Refuse(flag, text, "is not a number of seconds greater than 0");
  }
  return value;
}

absl::StatusOr<std::string> ParseNonEmpty(absl::string_view flag, absl::string_view text) {
  absl::string_view stripped = absl::StripAsciiWhitespace(text);
  if (stripped.empty()) return UsageError(absl::StrCat(flag, ": must not be empty"));
  return std::string(stripped);
}

absl::StatusOr<v1::PersonRole> ParsePersonRole(absl::string_view flag, absl::string_view text) {
  return Lookup(PersonRoles(), flag, text);
}

absl::StatusOr<v1::Phase> ParsePhase(absl::string_view flag, absl::string_view text) {
  return Lookup(Phases(), flag, text);
}

absl::StatusOr<v1::AccessRole> ParseAccessRole(absl::string_view flag, absl::string_view text) {
  return Lookup(AccessRoles(), flag, text);
}

std::string PersonRoleName(v1::PersonRole role) { return NameOf(PersonRoles(), role); }
std::string PhaseName(v1::Phase phase) { return NameOf(Phases(), phase); }
std::string AccessRoleName(v1::AccessRole role) { return NameOf(AccessRoles(), role); }

}  // namespace partnership::cli
