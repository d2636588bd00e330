#include "elections/board_election.h"

#include <array>
#include <utility>

namespace partnership::elections {
namespace {

template <typename E, size_t N>
absl::string_view NameOf(const std::array<std::pair<E, const char*>, N>& names, E value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "UNSPECIFIED";
}

template <typename E, size_t N>
std::optional<E> ValueOf(const std::array<std::pair<E, const char*>, N>& names,
                         absl::string_view name) {
  for (const auto& [v, n] : names) {
    if (name == n) return v;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<ElectionStatus, const char*>, 6> kStatuses = {{
    {ElectionStatus::kDraft, "DRAFT"},
    {ElectionStatus::kNominations, "NOMINATIONS"},
    {ElectionStatus::kVoting, "VOTING"},
    {ElectionStatus::kClosed, "CLOSED"},
    {ElectionStatus::kCounted, "COUNTED"},
    {ElectionStatus::kPublished, "PUBLISHED"},
}};

constexpr std::array<std::pair<CountMethod, const char*>, 3> kMethods = {{
    {CountMethod::kPlurality, "PLURALITY"},
    {CountMethod::kInstantRunoff, "INSTANT_RUNOFF"},
    {CountMethod::kScottishStv, "SCOTTISH_STV"},
}};

constexpr std::array<std::pair<Constituency, const char*>, 5> kConstituencies = {{
    {Constituency::kAllMembers, "ALL_MEMBERS"},
    {Constituency::kSecondary, "SECONDARY"},
    {Constituency::kPrimary, "PRIMARY"},
    {Constituency::kSpecial, "SPECIAL"},
    {Constituency::kNamed, "NAMED"},
}};

}  // namespace

absl::string_view ElectionStatusName(ElectionStatus status) { return NameOf(kStatuses, status); }
std::optional<ElectionStatus> ElectionStatusFromName(absl::string_view name) {
  return ValueOf(kStatuses, name);
}
absl::string_view CountMethodName(CountMethod method) { return NameOf(kMethods, method); }
std::optional<CountMethod> CountMethodFromName(absl::string_view name) {
  return ValueOf(kMethods, name);
}
absl::string_view CountMethodCliName(CountMethod method) {
  switch (method) {
    case CountMethod::kPlurality:
      return "plurality";
    case CountMethod::kInstantRunoff:
      return "irv";
    case CountMethod::kScottishStv:
      return "scottish-stv";
    case CountMethod::kUnspecified:
      break;
  }
  return "";
}
absl::string_view ConstituencyName(Constituency constituency) {
  return NameOf(kConstituencies, constituency);
}
std::optional<Constituency> ConstituencyFromName(absl::string_view name) {
  return ValueOf(kConstituencies, name);
}

bool PhaseBelongsTo(Constituency constituency, absl::string_view phase) {
  switch (constituency) {
    case Constituency::kAllMembers:
      return true;
    case Constituency::kSecondary:
      return phase == "SECONDARY" || phase == "ALL_THROUGH" || phase == "MIDDLE" ||
             phase == "POST_16";
    case Constituency::kPrimary:
      return phase == "PRIMARY" || phase == "NURSERY" || phase == "MIDDLE";
    case Constituency::kSpecial:
      return phase == "SPECIAL" || phase == "ALTERNATIVE_PROVISION";
    case Constituency::kNamed:
    case Constituency::kUnspecified:
      break;
  }
  return false;
}

int BoardElection::standing() const {
  int n = 0;
  for (const Candidate& c : candidates) n += c.withdrawn ? 0 : 1;
  return n;
}

const Candidate* BoardElection::candidate(int number) const {
  for (const Candidate& c : candidates) {
    if (c.number == number) return &c;
  }
  return nullptr;
}

}  // namespace partnership::elections
