// The ballots of one election, as a count needs them: who stood, how many seats, and every
// ballot paper's ranking. This is what a BLT file holds (elections/blt_file.h) and what the
// counts (plurality, instant-runoff, Scottish STV) take. It says nothing about who voted.
#ifndef PARTNERSHIP_ELECTIONS_ELECTION_BALLOTS_H_
#define PARTNERSHIP_ELECTIONS_ELECTION_BALLOTS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace partnership::elections {

// `weight` identical ballot papers: most preferred candidate first. Candidates are numbered
// from 0 here (a BLT file numbers them from 1). A valid ranking names each candidate at most
// once; ParseBlt() guarantees it.
struct Ballot {
  int64_t weight = 1;
  std::vector<int> preferences;
};

struct Election {
  std::string title;
  int seats = 0;
  std::vector<std::string> candidates;
  // withdrawn[i]: candidate i withdrew before the poll; rankings skip them. Empty means none.
  std::vector<bool> withdrawn;
  std::vector<Ballot> ballots;

  bool is_withdrawn(int candidate) const {
    return candidate < static_cast<int>(withdrawn.size()) && withdrawn[candidate];
  }

  // The candidates still standing: all of them less the withdrawn.
  int standing_count() const {
    int n = 0;
    for (int c = 0; c < static_cast<int>(candidates.size()); ++c) n += is_withdrawn(c) ? 0 : 1;
    return n;
  }
};

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_ELECTION_BALLOTS_H_
