#include "elections/ballot_rules.h"

#include <algorithm>
#include <map>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/digest.h"

namespace partnership::elections {

absl::StatusOr<std::vector<int>> CheckBallot(const BoardElection& election,
                                             const std::vector<Preference>& preferences) {
  if (preferences.empty()) {
    return absl::InvalidArgumentError("preferences: a ballot must mark at least one candidate");
  }
  if (election.method == CountMethod::kPlurality && preferences.size() > 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "preferences: a plurality ballot marks one candidate; this one marks ",
        preferences.size()));
  }
  std::map<int, int> candidate_at;  // rank -> candidate
  std::map<int, size_t> seen;       // candidate -> index
  for (size_t i = 0; i < preferences.size(); ++i) {
    const Preference& p = preferences[i];
    const std::string where = absl::StrCat("preferences[", i, "]");
    const Candidate* c = election.candidate(p.candidate);
    if (c == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": candidate ", p.candidate,
                                                     " is not standing in this election"));
    }
    if (c->withdrawn) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": candidate ", p.candidate, " (",
                                                     c->name, ") has withdrawn"));
    }
    if (auto it = seen.find(p.candidate); it != seen.end()) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": candidate ", p.candidate,
                                                     " is already ranked at preferences[",
                                                     it->second, "]"));
    }
    if (p.rank < 1) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": rank ", p.rank, " is not a preference (1 is the first)"));
    }
    if (candidate_at.count(p.rank)) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": rank ", p.rank,
                                                     " is given to two candidates"));
    }
    seen[p.candidate] = i;
    candidate_at[p.rank] = p.candidate;
  }
  std::vector<int> order;
  int expected = 1;
  for (const auto& [rank, candidate] : candidate_at) {
    if (rank != expected) {
      return absl::InvalidArgumentError(absl::StrCat(
          "preferences: rank ", expected, " is missing (ranks must run 1, 2, 3, ... without a gap)"));
    }
    order.push_back(candidate);
    ++expected;
  }
  return order;
}

absl::Status CheckBallotKey(absl::string_view key) {
  const bool hex = std::all_of(key.begin(), key.end(), [](char ch) {
    return absl::ascii_isdigit(ch) || (ch >= 'a' && ch <= 'f');
  });
  if (key.size() != 32 || !hex) {
    return absl::InvalidArgumentError(
        "ballot_key: must be 32 lower-case hex digits (128 random bits chosen by the voter's "
        "client)");
  }
  return absl::OkStatus();
}

std::string ReceiptCode(int64_t election_id, absl::string_view ballot_key) {
  const std::string digest =
      Sha256Hex(absl::StrCat("partnership receipt\n", election_id, "\n", ballot_key));
  // Four groups of four, easy to read out and compare: "3f2a-91c0-4b7e-d215".
  return absl::StrCat(digest.substr(0, 4), "-", digest.substr(4, 4), "-", digest.substr(8, 4),
                      "-", digest.substr(12, 4));
}

std::string BallotKeyDigest(int64_t election_id, absl::string_view ballot_key) {
  return Sha256Hex(absl::StrCat("partnership voted\n", election_id, "\n", ballot_key));
}

}  // namespace partnership::elections
