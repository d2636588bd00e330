// What makes a ballot paper valid for an election, and the codes that let a voter find their
// own ballot in the published ballot file without anything stored linking it to their school.
#ifndef PARTNERSHIP_ELECTIONS_BALLOT_RULES_H_
#define PARTNERSHIP_ELECTIONS_BALLOT_RULES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "elections/board_election.h"

namespace partnership::elections {

// One mark on a ballot paper: candidate `candidate` (their number) at preference `rank`
// (1 = first).
struct Preference {
  int candidate = 0;
  int rank = 0;
};

// Checks `preferences` against `election` and returns the candidate numbers in preference
// order. INVALID_ARGUMENT, naming the entry (`preferences[2]`) and the problem, when: there
// are none; a candidate is not standing in the election (unknown or withdrawn); a candidate
// or a rank appears twice; the ranks are not 1, 2, 3, ... without a gap; or a plurality
// ballot has more than one preference.
absl::StatusOr<std::vector<int>> CheckBallot(const BoardElection& election,
                                             const std::vector<Preference>& preferences);

// A ballot key: the secret a voter's client chooses for one ballot (32 lower-case hex
// digits, 128 random bits). INVALID_ARGUMENT ("ballot_key: ...") for anything else.
absl::Status CheckBallotKey(absl::string_view key);

// The receipt code printed for the voter and stored with their ballot: 16 characters derived
// from the election and the ballot key. Only the key's holder can work it out, and the key is
// never stored, so the receipt cannot be traced back to a school.
std::string ReceiptCode(int64_t election_id, absl::string_view ballot_key);

// What the electorate register keeps for a school that has voted, so that a retried request
// (same key) is recognised and answered with the same receipt: a different one-way digest of
// the key, from which the receipt cannot be derived.
std::string BallotKeyDigest(int64_t election_id, absl::string_view ballot_key);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_BALLOT_RULES_H_
