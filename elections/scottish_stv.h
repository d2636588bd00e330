// The single transferable vote as Scottish councils count it: The Scottish Local Government
// Elections Order 2007 (SSI 2007/42), Schedule 1, rules 45-52.
//
//  45  Stage 1 sorts the ballot papers by first preference.
//  46  Quota = (valid ballot papers / (seats + 1)), ignoring decimals, + 1 (the Droop quota).
//  47  A candidate whose votes equal or exceed the quota is elected.
//  48  An elected candidate's surplus is transferred: ALL their papers (weighted inclusive
//      Gregory) go to the next continuing preference, each at surplus x (value of the paper
//      when received) / (candidate's total), to five decimal places, the remainder ignored.
//  49  The largest surplus first; equal surpluses: the candidate with the most votes at the
//      most recent preceding stage at which they were unequal; equal at all stages: by lot.
//  50  Otherwise the candidate with the fewest votes is excluded and all their papers move to
//      the next continuing preference at the value each was received at, in one stage.
//  51  Equal lowest: the fewest votes at the most recent preceding stage at which they were
//      unequal is excluded; equal at all stages: by lot.
//  52  When the continuing candidates are no more than the vacancies left, they are all
//      elected, and no further transfer is made.
//
// All arithmetic is exact in units of 0.00001 of a vote (elections/votes.h).
#ifndef PARTNERSHIP_ELECTIONS_SCOTTISH_STV_H_
#define PARTNERSHIP_ELECTIONS_SCOTTISH_STV_H_

#include "absl/status/statusor.h"
#include "elections/count_result.h"
#include "elections/election_ballots.h"

namespace partnership::elections {

// Counts `election` for election.seats seats.
//
// Returns the candidates elected in order (those elected at the same stage most votes first)
// and every stage, with the quota. With no more standing candidates than seats, all are
// elected without a poll and there are no stages. Ballots ranking only withdrawn candidates
// are not valid votes. Ties that no earlier stage breaks are decided by the deterministic lot
// of elections/tie_break.h, and the result says so (decided_by_lot, and a note on the stage).
// INVALID_ARGUMENT if CheckCountable(election) fails.
absl::StatusOr<CountResult> CountScottishStv(const Election& election);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_SCOTTISH_STV_H_
