#include "elections/instant_runoff.h"

#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "elections/ballot_papers.h"
#include "elections/result_sheet.h"
#include "elections/tie_break.h"

namespace partnership::elections {
namespace {

// The continuing candidate with the fewest votes; ties as rule 51 of the Scottish rules.
int Lowest(const std::vector<bool>& continuing, const std::vector<Votes>& votes,
           const CountResult& result, Lot& lot, Stage* stage, bool* by_lot) {
  std::vector<int> lowest;
  for (int c = 0; c < static_cast<int>(votes.size()); ++c) {
    if (!continuing[c]) continue;
    if (lowest.empty() || votes[c] < votes[lowest[0]]) {
      lowest = {c};
    } else if (votes[c] == votes[lowest[0]]) {
      lowest.push_back(c);
    }
  }
  if (lowest.size() == 1) return lowest[0];
  TieOutcome outcome = BreakTie(lowest, TieDirection::kFewest, result.stages, result.candidates,
                                lot, "for exclusion");
  stage->notes.push_back(outcome.note);
  *by_lot |= outcome.by_lot;
  return outcome.chosen;
}

}  // namespace

absl::StatusOr<CountResult> CountInstantRunoff(const Election& election) {
  RETURN_IF_ERROR(CheckCountable(election));
  if (election.seats != 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("instant-runoff fills one seat; this election has ", election.seats,
                     " (count it with scottish-stv)"));
  }
  CountResult result = StartResult("irv", election);
  if (FillWithoutPoll(election, &result)) return result;

  const int count = static_cast<int>(election.candidates.size());
  std::vector<CandidateState> states = StartStates(election);
  std::vector<bool> continuing(count);
  for (int c = 0; c < count; ++c) continuing[c] = states[c] == CandidateState::kContinuing;
  BallotPapers papers(election);
  Lot lot(result.lot_seed);
  Votes set_aside, exhausted;
  std::vector<Votes> votes = papers.DealFirstPreferences(continuing, &set_aside);
  for (Votes v : votes) result.valid_votes += v;

  Stage stage;
  stage.number = 1;
  stage.action = StageAction::kFirstPreferences;
  stage.description = "First preferences";
  stage.transfers = votes;
  if (set_aside > Votes()) {
    stage.notes.push_back(absl::StrCat(set_aside.ToShortString(),
                                       " ballot papers rank only withdrawn candidates and are "
                                       "not valid votes"));
  }
  while (true) {
    Votes in_count;
    int leader = -1, left = 0;
    for (int c = 0; c < count; ++c) {
      if (!continuing[c]) continue;
      ++left;
      in_count += votes[c];
      if (leader < 0 || votes[c] > votes[leader]) leader = c;
    }
    const bool majority = Votes::FromUnits(votes[leader].units() * 2) > in_count;
    if (majority || left == 1) {
      states[leader] = CandidateState::kElected;
      stage.elected.push_back(leader);
      result.elected.push_back(leader);
      stage.notes.push_back(
          majority ? absl::StrCat(election.candidates[leader], " has ",
                                  votes[leader].ToShortString(), " of the ",
                                  in_count.ToShortString(),
                                  " votes still in the count, more than half, and is elected")
                   : absl::StrCat(election.candidates[leader],
                                  " is the last continuing candidate and is elected"));
    }
    stage.votes = votes;
    stage.states = states;
    stage.non_transferable = exhausted;
    result.stages.push_back(std::move(stage));
    if (!result.elected.empty()) break;

    stage = Stage();
    stage.number = static_cast<int>(result.stages.size()) + 1;
    stage.action = StageAction::kExclusion;
    stage.transfers.assign(count, Votes());
    const int out = Lowest(continuing, votes, result, lot, &stage, &result.decided_by_lot);
    const Votes had = votes[out];
    continuing[out] = false;
    states[out] = CandidateState::kExcluded;
    BallotPapers::Transfer moved =
        papers.MoveAll(out, continuing, [](int64_t value) { return value; });
    stage.subject = out;
    stage.excluded.push_back(out);
    stage.description = absl::StrCat("Exclusion of ", election.candidates[out]);
    stage.notes.push_back(absl::StrCat(election.candidates[out], " has the fewest votes (",
                                       had.ToShortString(), ") and is excluded"));
    for (int c = 0; c < count; ++c) {
      stage.transfers[c] = moved.received[c];
      votes[c] += moved.received[c];
    }
    stage.transfers[out] = -had;
    votes[out] = Votes();
    stage.non_transferable_change = moved.non_transferable;
    exhausted += moved.non_transferable;
  }
  return result;
}

}  // namespace partnership::elections
