#include "elections/plurality.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "elections/ballot_papers.h"
#include "elections/result_sheet.h"
#include "elections/tie_break.h"

namespace partnership::elections {

absl::StatusOr<CountResult> CountPlurality(const Election& election) {
  RETURN_IF_ERROR(CheckCountable(election));
  CountResult result = StartResult("plurality", election);
  if (FillWithoutPoll(election, &result)) return result;

  const int count = static_cast<int>(election.candidates.size());
  std::vector<CandidateState> states = StartStates(election);
  std::vector<bool> standing(count);
  std::vector<int> candidates;
  for (int c = 0; c < count; ++c) {
    standing[c] = states[c] == CandidateState::kContinuing;
    if (standing[c]) candidates.push_back(c);
  }
  BallotPapers papers(election);
  Votes set_aside;
  const std::vector<Votes> votes = papers.DealFirstPreferences(standing, &set_aside);
  for (Votes v : votes) result.valid_votes += v;

  Stage stage;
  stage.number = 1;
  stage.action = StageAction::kFirstPreferences;
  stage.description = "First preferences";
  stage.transfers = votes;
  stage.votes = votes;
  if (set_aside > Votes()) {
    stage.notes.push_back(absl::StrCat(set_aside.ToShortString(),
                                       " ballot papers rank only withdrawn candidates and are "
                                       "not valid votes"));
  }

  // Those above the votes of the last seat are in; those on exactly that many share what is
  // left, by lot if they are more than the seats left.
  std::vector<int> by_votes = candidates;
  std::stable_sort(by_votes.begin(), by_votes.end(),
                   [&](int a, int b) { return votes[a] > votes[b]; });
  const Votes line = votes[by_votes[election.seats - 1]];
  std::vector<int> winners, on_the_line;
  for (int c : by_votes) {
    if (votes[c] > line) winners.push_back(c);
    if (votes[c] == line) on_the_line.push_back(c);
  }
  Lot lot(result.lot_seed);
  const int places = election.seats - static_cast<int>(winners.size());
  if (static_cast<int>(on_the_line.size()) > places) {
    for (int drawn = 0; drawn < places; ++drawn) {
      TieOutcome outcome =
          BreakTie(on_the_line, TieDirection::kMost, {}, election.candidates, lot,
                   absl::StrCat("on ", line.ToShortString(), " votes for the last ",
                                places - drawn == 1 ? "seat" : "seats"));
      stage.notes.push_back(outcome.note);
      result.decided_by_lot = true;
      winners.push_back(outcome.chosen);
      on_the_line.erase(std::find(on_the_line.begin(), on_the_line.end(), outcome.chosen));
    }
  } else {
    winners.insert(winners.end(), on_the_line.begin(), on_the_line.end());
  }
  for (int c : OrderByVotes(winners, votes, {}, election.candidates, lot,
                            "for the order of election", &stage.notes,
                            &result.decided_by_lot)) {
    stage.elected.push_back(c);
    states[c] = CandidateState::kElected;
    result.elected.push_back(c);
    stage.notes.push_back(absl::StrCat(election.candidates[c], " is elected with ",
                                       votes[c].ToShortString(), " votes"));
  }
  stage.states = states;
  result.stages.push_back(std::move(stage));
  return result;
}

}  // namespace partnership::elections
