// Plurality ("first past the post"), for one seat or several: the candidates with the most
// first preferences win. Later preferences on a ballot are ignored.
#ifndef PARTNERSHIP_ELECTIONS_PLURALITY_H_
#define PARTNERSHIP_ELECTIONS_PLURALITY_H_

#include "absl/status/statusor.h"
#include "elections/count_result.h"
#include "elections/election_ballots.h"

namespace partnership::elections {

// Counts `election` for election.seats seats: each ballot is one vote (times its weight) for
// its first preference among the standing candidates.
//
// Returns the election.seats candidates with the most votes, most first, in one stage. A tie
// for the last seat (or for the order of those elected) is decided by the deterministic lot
// of elections/tie_break.h, and the result says so (decided_by_lot and a note naming the
// tied candidates and the seed). With no more standing candidates than seats, all are elected
// without a poll and there are no stages. INVALID_ARGUMENT if CheckCountable(election) fails.
absl::StatusOr<CountResult> CountPlurality(const Election& election);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_PLURALITY_H_
