// From an election's stored ballots to its count and its published files. The server counts
// with this; anyone can repeat the count from the published BLT file with `partnership count`
// and get the same result sheet, byte for byte.
#ifndef PARTNERSHIP_ELECTIONS_ELECTION_COUNT_H_
#define PARTNERSHIP_ELECTIONS_ELECTION_COUNT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "elections/board_election.h"
#include "elections/count_result.h"
#include "elections/election_ballots.h"

namespace partnership::elections {

// The ballots as a count and a BLT file take them: candidates in number order, named
// "Ann Lee (Stroud High School)", withdrawn ones marked; one paper of weight 1 per ranking,
// in the order given (the caller gives receipt order, so line i of the file is receipt i).
Election BallotsForCount(const BoardElection& election,
                         const std::vector<std::vector<int>>& rankings);

// Counts `ballots` by `method`. INVALID_ARGUMENT as the counting functions return it.
absl::StatusOr<CountResult> CountBallots(CountMethod method, const Election& ballots);

// A count's publishable output.
struct PublishedCount {
  CountResult result;
  std::string result_json;  // elections::CountJson(result)
  std::string ballot_file;  // ToBlt(ballots)
};

// BallotsForCount + CountBallots + the files. INVALID_ARGUMENT if a name cannot be written
// to a BLT file, or as CountBallots.
absl::StatusOr<PublishedCount> CountElection(const BoardElection& election,
                                             const std::vector<std::vector<int>>& rankings);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_ELECTION_COUNT_H_
