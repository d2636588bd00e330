#include "registry/person_rules.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/iso_date.h"
#include "registry/school.h"

namespace partnership::registry {
namespace {

constexpr size_t kMaxName = 100;

absl::Status Invalid(absl::string_view prefix, absl::string_view field, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(prefix, ".", field, ": ", what));
}

}  // namespace

bool IsPlausibleEmail(absl::string_view email) {
  if (email.size() > 254 || email.size() < 5) return false;
  const size_t at = email.find('@');
  if (at == absl::string_view::npos || at == 0 || email.find('@', at + 1) != email.npos) {
    return false;
  }
  const absl::string_view domain = email.substr(at + 1);
  const size_t dot = domain.find('.');
  if (dot == domain.npos || dot == 0 || domain.back() == '.') return false;
  for (char c : email) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c)) || c == ',' || c == '<' || c == '>') {
      return false;
    }
  }
  return true;
}

absl::Status NormaliseAndCheckPerson(Person& p, absl::string_view prefix) {
  if (p.role == PersonRole::kUnspecified) return Invalid(prefix, "role", "required");
  if (p.given_name.empty()) return Invalid(prefix, "given_name", "required");
  if (p.family_name.empty()) return Invalid(prefix, "family_name", "required");
  if (p.given_name.size() > kMaxName) return Invalid(prefix, "given_name", "longer than 100 characters");
  if (p.family_name.size() > kMaxName) return Invalid(prefix, "family_name", "longer than 100 characters");
  if (p.organisation.size() > 200) return Invalid(prefix, "organisation", "longer than 200 characters");
  if (!IsPlausibleEmail(p.email)) {
    return Invalid(prefix, "email", absl::StrCat("\"", p.email, "\" is not an e-mail address"));
  }
  if (NeedsSchool(p.role) && p.school_urn.empty()) {
    return Invalid(prefix, "school_urn",
                   absl::StrCat("required for a ", PersonRoleName(p.role)));
  }
  if ((p.role == PersonRole::kLaOfficer || p.role == PersonRole::kCoordinator) &&
      !p.school_urn.empty()) {
    return Invalid(prefix, "school_urn",
                   absl::StrCat("a ", PersonRoleName(p.role), " belongs to no school"));
  }
  if (!p.school_urn.empty() && !IsValidUrn(p.school_urn)) {
    return Invalid(prefix, "school_urn",
                   absl::StrCat("\"", p.school_urn, "\" is not a URN (1 to 8 digits)"));
  }
  if (!IsLeader(p.role) && (!p.training_completed_on.empty() || !p.unavailable_dates.empty())) {
    return Invalid(prefix,
                   p.training_completed_on.empty() ? "unavailable_dates" : "training_completed_on",
                   "only headteachers and deputies carry out reviews");
  }
  if (!p.training_completed_on.empty() && !IsIsoDate(p.training_completed_on)) {
    return Invalid(prefix, "training_completed_on",
                   absl::StrCat("\"", p.training_completed_on, "\" is not a date (YYYY-MM-DD)"));
  }
  for (size_t i = 0; i < p.unavailable_dates.size(); ++i) {
    if (!IsIsoDate(p.unavailable_dates[i])) {
      return Invalid(prefix, absl::StrCat("unavailable_dates[", i, "]"),
                     absl::StrCat("\"", p.unavailable_dates[i], "\" is not a date (YYYY-MM-DD)"));
    }
  }
  std::sort(p.unavailable_dates.begin(), p.unavailable_dates.end());
  p.unavailable_dates.erase(std::unique(p.unavailable_dates.begin(), p.unavailable_dates.end()),
                            p.unavailable_dates.end());
  return absl::OkStatus();
}

}  // namespace partnership::registry
