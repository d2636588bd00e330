#include "board/seat.h"

#include <array>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace partnership::board {
namespace {

template <typename Enum, size_t N>
absl::string_view NameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
  for (const auto& [e, name] : names) {
    if (e == value) return name;
  }
  return "UNSPECIFIED";
}

template <typename Enum, size_t N>
std::optional<Enum> FromName(const std::array<std::pair<Enum, const char*>, N>& names,
                             absl::string_view name) {
  for (const auto& [e, n] : names) {
    if (name == n) return e;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<Body, const char*>, 4> kBodies = {{
    {Body::kBoard, "BOARD"},
    {Body::kShadowBoard, "SHADOW_BOARD"},
    {Body::kPrimarySubCommittee, "PRIMARY_SUB_COMMITTEE"},
    {Body::kSecondarySubCommittee, "SECONDARY_SUB_COMMITTEE"},
}};
constexpr std::array<std::pair<FillMethod, const char*>, 2> kMethods = {{
    {FillMethod::kElected, "ELECTED"},
    {FillMethod::kAppointed, "APPOINTED"},
}};
constexpr std::array<std::pair<Selector, const char*>, 9> kSelectors = {{
    {Selector::kGash, "GASH"},
    {Selector::kGaph, "GAPH"},
    {Selector::kGassh, "GASSH"},
    {Selector::kTeachingSchools, "TEACHING_SCHOOLS"},
    {Selector::kBoard, "BOARD"},
    {Selector::kLocalAuthority, "LOCAL_AUTHORITY"},
    {Selector::kDiocese, "DIOCESE"},
    {Selector::kSteeringGroup, "STEERING_GROUP"},
    {Selector::kPrimaryPartnership, "PRIMARY_PARTNERSHIP"},
}};

}  // namespace

absl::string_view BodyName(Body body) { return NameOf(kBodies, body); }
std::optional<Body> BodyFromName(absl::string_view name) { return FromName(kBodies, name); }
absl::string_view FillMethodName(FillMethod method) { return NameOf(kMethods, method); }
std::optional<FillMethod> FillMethodFromName(absl::string_view name) {
  return FromName(kMethods, name);
}
absl::string_view SelectorName(Selector selector) { return NameOf(kSelectors, selector); }
std::optional<Selector> SelectorFromName(absl::string_view name) {
  return FromName(kSelectors, name);
}

bool IsConstituency(Selector selector) {
  return selector == Selector::kGash || selector == Selector::kGaph ||
         selector == Selector::kGassh || selector == Selector::kTeachingSchools;
}

std::string DescribeEligibility(const Eligibility& e) {
  if (!e.role && !e.phase && !e.member_school) return "anyone";
  std::string text = e.role ? RoleWithArticle(*e.role) : "anyone";
  if (e.phase || e.member_school) {
    absl::StrAppend(&text, e.role ? " of " : " from ", "a ",
                    e.phase ? absl::StrCat(registry::PhaseName(*e.phase), " ") : "", "school",
                    e.member_school ? " that is an active member" : "");
  }
  return text;
}

std::string RoleWithArticle(registry::PersonRole role) {
  const absl::string_view name = registry::PersonRoleName(role);
  const bool vowel_sound =
      absl::StartsWith(name, "LA_") ||
      (!name.empty() && absl::string_view("AEIOU").find(name.front()) != absl::string_view::npos);
  return absl::StrCat(vowel_sound ? "an " : "a ", name);
}

bool IsValidSeatKey(absl::string_view key) {
  if (key.empty() || key.size() > 60 || !absl::ascii_islower(key.front()) || key.back() == '-') {
    return false;
  }
  char previous = 0;
  for (char c : key) {
    const bool ok = absl::ascii_islower(c) || absl::ascii_isdigit(c) || (c == '-' && previous != '-');
    if (!ok) return false;
    previous = c;
  }
  return true;
}

}  // namespace partnership::board
