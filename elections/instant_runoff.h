// Instant-runoff (the alternative vote) for one seat: a candidate with more than half of the
// votes still in the count wins; otherwise the candidate with the fewest votes is excluded and
// their ballot papers go to the next preference for a continuing candidate.
#ifndef PARTNERSHIP_ELECTIONS_INSTANT_RUNOFF_H_
#define PARTNERSHIP_ELECTIONS_INSTANT_RUNOFF_H_

#include "absl/status/statusor.h"
#include "elections/count_result.h"
#include "elections/election_ballots.h"

namespace partnership::elections {

// Counts `election` for its one seat, one round (stage) per exclusion.
//
// Returns the winner and every round. Exhausted papers (no continuing preference left) leave
// the count, so the majority is of the votes still in it; the last continuing candidate wins
// even without one. Equal lowest candidates are resolved as the Scottish rules resolve them
// (rule 51: the fewest votes at the most recent round at which they differed), then by the
// deterministic lot of elections/tie_break.h, which the result reports. With one standing
// candidate, they are elected without a poll and there are no rounds.
// INVALID_ARGUMENT if election.seats is not 1 (use Scottish STV for several seats) or if
// CheckCountable(election) fails.
absl::StatusOr<CountResult> CountInstantRunoff(const Election& election);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_INSTANT_RUNOFF_H_
