// Where every ballot paper is during a count, and at what value: the parcels a returning
// officer keeps on the table for each candidate. Instant-runoff and Scottish STV move papers
// with it; it never decides who is elected or excluded.
#ifndef PARTNERSHIP_ELECTIONS_BALLOT_PAPERS_H_
#define PARTNERSHIP_ELECTIONS_BALLOT_PAPERS_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "elections/election_ballots.h"
#include "elections/votes.h"

namespace partnership::elections {

class BallotPapers {
 public:
  // `election` must outlive this object.
  explicit BallotPapers(const Election& election);

  // The first stage: gives each ballot to its first preference among the candidates with
  // continuing[c] true, at a value of one vote per paper. Returns each candidate's votes.
  // Ballots ranking no such candidate are set aside; their number goes to *set_aside.
  std::vector<Votes> DealFirstPreferences(const std::vector<bool>& continuing,
                                          Votes* set_aside);

  struct Transfer {
    std::vector<Votes> received;  // per candidate
    Votes non_transferable;       // papers with no next preference, at their new value
  };

  // Moves every paper `from` holds to the next preference on it among the continuing
  // candidates. `revalue` maps a paper's value before the move to its value after, in units
  // of 0.00001 of a vote (identity for an exclusion). Papers without a next preference leave
  // the count as non-transferable. Afterwards `from` holds no papers.
  Transfer MoveAll(int from, const std::vector<bool>& continuing,
                   const std::function<int64_t(int64_t)>& revalue);

 private:
  // `weight` identical papers of one ballot, at `position` in its ranking, each worth `value`.
  struct Bundle {
    int ballot;
    int position;
    int64_t value;
  };

  // The position of the first preference at or after `from` for a continuing candidate, or -1.
  int NextPosition(int ballot, int from, const std::vector<bool>& continuing) const;

  const Election& election_;
  std::vector<std::vector<Bundle>> held_;  // per candidate
};

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_BALLOT_PAPERS_H_
