#include "elections/ballot_papers.h"

#include <utility>

namespace partnership::elections {

BallotPapers::BallotPapers(const Election& election)
    : election_(election), held_(election.candidates.size()) {}

int BallotPapers::NextPosition(int ballot, int from, const std::vector<bool>& continuing) const {
  const std::vector<int>& preferences = election_.ballots[ballot].preferences;
  for (int p = from; p < static_cast<int>(preferences.size()); ++p) {
    if (continuing[preferences[p]]) return p;
  }
  return -1;
}

std::vector<Votes> BallotPapers::DealFirstPreferences(const std::vector<bool>& continuing,
                                                      Votes* set_aside) {
  std::vector<Votes> votes(election_.candidates.size());
  *set_aside = Votes();
  for (auto& parcel : held_) parcel.clear();
  for (int b = 0; b < static_cast<int>(election_.ballots.size()); ++b) {
    const Ballot& ballot = election_.ballots[b];
    const int position = NextPosition(b, 0, continuing);
    if (position < 0) {
      *set_aside += Votes::Whole(ballot.weight);
      continue;
    }
    const int candidate = ballot.preferences[position];
    held_[candidate].push_back({b, position, Votes::kUnitsPerVote});
    votes[candidate] += Votes::Whole(ballot.weight);
  }
  return votes;
}

BallotPapers::Transfer BallotPapers::MoveAll(int from, const std::vector<bool>& continuing,
                                             const std::function<int64_t(int64_t)>& revalue) {
  Transfer transfer;
  transfer.received.assign(election_.candidates.size(), Votes());
  std::vector<Bundle> parcel = std::move(held_[from]);
  held_[from].clear();
  for (const Bundle& bundle : parcel) {
    const Ballot& ballot = election_.ballots[bundle.ballot];
    const int64_t value = revalue(bundle.value);
    const Votes worth = Votes::FromUnits(ballot.weight * value);
    const int position = NextPosition(bundle.ballot, bundle.position + 1, continuing);
    if (position < 0) {
      transfer.non_transferable += worth;
      continue;
    }
    const int to = ballot.preferences[position];
    held_[to].push_back({bundle.ballot, position, value});
    transfer.received[to] += worth;
  }
  return transfer;
}

}  // namespace partnership::elections
