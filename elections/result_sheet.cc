#include "elections/result_sheet.h"

#include "absl/strings/str_cat.h"
#include "elections/tie_break.h"

namespace partnership::elections {

absl::Status CheckCountable(const Election& election) {
  const int count = static_cast<int>(election.candidates.size());
  if (count < 1) return absl::InvalidArgumentError("the election has no candidates");
  if (election.seats < 1) return absl::InvalidArgumentError("the election has no seats");
  if (election.seats > count) {
    return absl::InvalidArgumentError(
        absl::StrCat(election.seats, " seats but only ", count, " candidates"));
  }
  for (size_t b = 0; b < election.ballots.size(); ++b) {
    const Ballot& ballot = election.ballots[b];
    if (ballot.weight < 1) {
      return absl::InvalidArgumentError(absl::StrCat("ballot ", b + 1, " has weight ",
                                                     ballot.weight));
    }
    std::vector<bool> seen(count, false);
    for (int c : ballot.preferences) {
      if (c < 0 || c >= count) {
        return absl::InvalidArgumentError(absl::StrCat("ballot ", b + 1, " ranks candidate ",
                                                       c + 1, ", who does not exist"));
      }
      if (seen[c]) {
        return absl::InvalidArgumentError(
            absl::StrCat("ballot ", b + 1, " ranks candidate ", c + 1, " twice"));
      }
      seen[c] = true;
    }
  }
  return absl::OkStatus();
}

CountResult StartResult(absl::string_view method, const Election& election) {
  CountResult result;
  result.method = std::string(method);
  result.title = election.title;
  result.seats = election.seats;
  result.candidates = election.candidates;
  result.lot_seed = LotSeed(election);
  return result;
}

std::vector<CandidateState> StartStates(const Election& election) {
  std::vector<CandidateState> states(election.candidates.size(), CandidateState::kContinuing);
  for (size_t c = 0; c < states.size(); ++c) {
    if (election.is_withdrawn(static_cast<int>(c))) states[c] = CandidateState::kWithdrawn;
  }
  return states;
}

bool FillWithoutPoll(const Election& election, CountResult* result) {
  const int standing = election.standing_count();
  if (standing > election.seats) return false;
  result->uncontested = true;
  for (int c = 0; c < static_cast<int>(election.candidates.size()); ++c) {
    if (!election.is_withdrawn(c)) result->elected.push_back(c);
  }
  result->notes.push_back(absl::StrCat(
      "uncontested: ", standing, standing == 1 ? " candidate stands" : " candidates stand",
      " for ", election.seats, election.seats == 1 ? " seat" : " seats",
      ", so all are elected without a poll"));
  if (standing < election.seats) {
    const int unfilled = election.seats - standing;
    result->notes.push_back(
        absl::StrCat(unfilled, unfilled == 1 ? " seat remains" : " seats remain", " unfilled"));
  }
  return true;
}

}  // namespace partnership::elections
