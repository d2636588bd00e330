// What a count returns: who was elected, in order, and every stage that led there, with the
// figures a returning officer's result sheet shows. Plurality, instant-runoff and Scottish STV
// all report in this shape, so the CLI and the server print and publish them one way.
#ifndef PARTNERSHIP_ELECTIONS_COUNT_RESULT_H_
#define PARTNERSHIP_ELECTIONS_COUNT_RESULT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "elections/votes.h"

namespace partnership::elections {

enum class CandidateState { kContinuing, kElected, kExcluded, kWithdrawn };

// "continuing", "elected", "excluded", "withdrawn".
inline const char* CandidateStateName(CandidateState state) {
  switch (state) {
    case CandidateState::kContinuing:
      return "continuing";
    case CandidateState::kElected:
      return "elected";
    case CandidateState::kExcluded:
      return "excluded";
    case CandidateState::kWithdrawn:
      return "withdrawn";
  }
  return "continuing";
}

enum class StageAction {
  kFirstPreferences,  // stage 1 of every count
  kSurplusTransfer,   // Scottish STV rule 48: an elected candidate's surplus moves on
  kExclusion,         // the lowest candidate is excluded and their ballot papers move on
};

// "first-preferences", "surplus-transfer", "exclusion": the names used in JSON.
inline const char* StageActionName(StageAction action) {
  switch (action) {
    case StageAction::kFirstPreferences:
      return "first-preferences";
    case StageAction::kSurplusTransfer:
      return "surplus-transfer";
    case StageAction::kExclusion:
      return "exclusion";
  }
  return "first-preferences";
}

// One stage (a "round" of instant-runoff). Vectors indexed by candidate have one entry per
// candidate of the election, withdrawn ones included.
struct Stage {
  int number = 0;  // 1-based
  StageAction action = StageAction::kFirstPreferences;
  int subject = -1;         // whose surplus was transferred, or who was excluded; -1 at stage 1
  std::string description;  // "Surplus of Craig MacKay (251.00000) transferred"
  // Surplus transfers: the value of a first-preference paper after the transfer (rule 48(3));
  // papers received at lower values move at proportionally lower values. Zero otherwise.
  Votes transfer_value;
  std::vector<Votes> transfers;  // the change at this stage; the subject's is negative
  std::vector<Votes> votes;      // totals at the end of the stage
  std::vector<CandidateState> states;  // at the end of the stage
  // Papers with no further preference for a continuing candidate, at their value: the change
  // at this stage and the running total.
  Votes non_transferable_change;
  Votes non_transferable;
  // Fractions of a surplus lost because transfer values are truncated to five decimal places
  // (rule 48(3)): the change at this stage and the running total. Always zero outside STV.
  Votes rounding_loss_change;
  Votes rounding_loss;
  std::vector<int> elected;   // deemed elected at the end of this stage, in order
  std::vector<int> excluded;  // excluded at this stage
  // Why: quotas reached, majorities, ties and how they were broken, rule 52.
  std::vector<std::string> notes;
};

struct CountResult {
  std::string method;  // "plurality", "irv" or "scottish-stv"
  std::string title;
  int seats = 0;
  std::vector<std::string> candidates;
  // Ballot papers with a first preference for a standing candidate (all BLT ballots but those
  // ranking only withdrawn candidates).
  Votes valid_votes;
  bool has_quota = false;  // Scottish STV only
  Votes quota;
  std::vector<int> elected;  // in the order they were elected
  // True when there were no more standing candidates than seats: all are elected without a
  // poll (Scottish rules, rule 12) and `stages` is empty.
  bool uncontested = false;
  // The seed of the lot used for ties no earlier stage could break, derived from the ballot
  // file (see elections/tie_break.h) so every recount draws the same lots.
  uint64_t lot_seed = 0;
  bool decided_by_lot = false;  // true if any tie that mattered was decided by lot
  std::vector<Stage> stages;
  std::vector<std::string> notes;  // about the count as a whole
};

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_COUNT_RESULT_H_
