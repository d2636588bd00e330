// The steps every count shares: checking the ballots can be counted, starting the result,
// filling uncontested seats, and closing a stage. Kept apart so that plurality,
// instant-runoff and Scottish STV report the same things the same way.
#ifndef PARTNERSHIP_ELECTIONS_RESULT_SHEET_H_
#define PARTNERSHIP_ELECTIONS_RESULT_SHEET_H_

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "elections/count_result.h"
#include "elections/election_ballots.h"

namespace partnership::elections {

// OK if `election` can be counted: at least one seat and one candidate, no more seats than
// candidates, every ballot of weight 1 or more ranking existing candidates at most once each.
// INVALID_ARGUMENT naming the first problem otherwise. ParseBlt() output always passes.
absl::Status CheckCountable(const Election& election);

// A result for `method` with the election's title, seats, candidates and lot seed filled in.
CountResult StartResult(absl::string_view method, const Election& election);

// The states at the start of a count: withdrawn candidates kWithdrawn, the rest continuing.
std::vector<CandidateState> StartStates(const Election& election);

// If no more candidates stand than there are seats, elects them all without a poll, in
// number order, marks `result` uncontested, notes any seat left unfilled, and returns true.
// Returns false (and changes nothing) if there is a contest.
bool FillWithoutPoll(const Election& election, CountResult* result);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_RESULT_SHEET_H_
