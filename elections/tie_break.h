// How a count decides between candidates with equal votes: first by the earlier stages, as
// the Scottish rules say (SSI 2007/42, Schedule 1, rules 49(2)-(3) and 51(2)), and only when
// the candidates were equal at every stage, by lot.
//
// The lot is deterministic so that every recount of the same ballot file draws the same lots:
// its seed is derived from the file itself (LotSeed()), and the draws come from SplitMix64, a
// published 64-bit generator, without modulo bias. A returning officer's lot cannot be
// reproduced; this one can, and the result says when it was used.
#ifndef PARTNERSHIP_ELECTIONS_TIE_BREAK_H_
#define PARTNERSHIP_ELECTIONS_TIE_BREAK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "elections/count_result.h"
#include "elections/election_ballots.h"
#include "elections/votes.h"

namespace partnership::elections {

// The seed of the lot for `election`: the 64-bit FNV-1a hash of its BLT text (ToBlt()), so a
// different ballot, name or seat count draws differently and the same file always the same.
uint64_t LotSeed(const Election& election);

class Lot {
 public:
  explicit Lot(uint64_t seed) : seed_(seed), state_(seed) {}

  // One of `tied` (candidate numbers; at least one), each equally likely. The candidates are
  // put in number order first, so the draw depends only on who is tied.
  int Draw(std::vector<int> tied);

  uint64_t seed() const { return seed_; }

 private:
  uint64_t Next();  // SplitMix64
  uint64_t seed_;
  uint64_t state_;
};

enum class TieDirection { kMost, kFewest };

struct TieOutcome {
  int chosen = -1;
  bool by_lot = false;
  std::string note;  // says who was tied, what decided it and who was chosen
};

// Chooses one of `tied` (two or more candidates whose votes are equal now): the candidate with
// the most (or fewest) votes at the end of the most recent stage in `stages` at which the tied
// candidates' votes were unequal. If several share the most (fewest) there, the same question
// is asked of them at the stages before. If they were equal at every stage, the lot decides.
// `purpose` completes the note: "for exclusion (rule 51)".
TieOutcome BreakTie(const std::vector<int>& tied, TieDirection direction,
                    const std::vector<Stage>& stages, const std::vector<std::string>& names,
                    Lot& lot, absl::string_view purpose);

// `candidates` in order of `votes`, most first; equal votes ordered by BreakTie(kMost).
// The note of each tie broken is appended to `notes`, and *by_lot set if a lot was drawn.
std::vector<int> OrderByVotes(std::vector<int> candidates, const std::vector<Votes>& votes,
                              const std::vector<Stage>& stages,
                              const std::vector<std::string>& names, Lot& lot,
                              absl::string_view purpose, std::vector<std::string>* notes,
                              bool* by_lot);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_TIE_BREAK_H_
