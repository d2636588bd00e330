#include "elections/scottish_stv.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "elections/ballot_papers.h"
#include "elections/result_sheet.h"
#include "elections/tie_break.h"

namespace partnership::elections {
namespace {

// The state of the count between stages.
class ScottishCount {
 public:
  ScottishCount(const Election& election, CountResult* result)
      : election_(election),
        result_(*result),
        papers_(election),
        lot_(result->lot_seed),
        states_(StartStates(election)),
        continuing_(election.candidates.size(), false) {
    for (size_t c = 0; c < states_.size(); ++c) {
      continuing_[c] = states_[c] == CandidateState::kContinuing;
    }
  }

  void Run() {
    FirstStage();
    while (static_cast<int>(result_.elected.size()) < election_.seats) {
      if (FillLastVacancies()) break;
      const std::vector<int> surpluses = WithSurplus();
      Stage stage = surpluses.empty() ? Exclusion() : SurplusTransfer(surpluses);
      ElectThoseWithQuota(&stage);
      Close(std::move(stage));
    }
  }

 private:
  int Count() const { return static_cast<int>(election_.candidates.size()); }

  Stage NewStage(StageAction action) {
    Stage stage;
    stage.number = static_cast<int>(result_.stages.size()) + 1;
    stage.action = action;
    stage.transfers.assign(Count(), Votes());
    return stage;
  }

  // Rules 45 and 46.
  void FirstStage() {
    Votes set_aside;
    votes_ = papers_.DealFirstPreferences(continuing_, &set_aside);
    Votes valid;
    for (Votes v : votes_) valid += v;
    result_.valid_votes = valid;
    result_.has_quota = true;
    result_.quota =
        Votes::Whole(valid.units() / Votes::kUnitsPerVote / (election_.seats + 1) + 1);
    Stage stage = NewStage(StageAction::kFirstPreferences);
    stage.description = "First preferences";
    stage.transfers = votes_;
    stage.notes.push_back(absl::StrCat("quota = ", valid.ToShortString(), " valid votes / (",
                                       election_.seats, election_.seats == 1 ? " seat" : " seats",
                                       " + 1), ignoring decimals, + 1 = ",
                                       result_.quota.ToShortString(), " (rule 46)"));
    if (set_aside > Votes()) {
      stage.notes.push_back(absl::StrCat(set_aside.ToShortString(),
                                         " ballot papers rank only withdrawn candidates and are "
                                         "not valid votes"));
    }
    ElectThoseWithQuota(&stage);
    Close(std::move(stage));
  }

  // Rule 47: continuing candidates at or above the quota are elected, most votes first.
  void ElectThoseWithQuota(Stage* stage) {
    std::vector<int> reached;
    for (int c = 0; c < Count(); ++c) {
      if (continuing_[c] && votes_[c] >= result_.quota) reached.push_back(c);
    }
    std::vector<int> ordered =
        OrderByVotes(reached, votes_, result_.stages, election_.candidates, lot_,
                     "for the order of election", &stage->notes, &result_.decided_by_lot);
    for (int c : ordered) {
      Elect(c, stage);
      stage->notes.push_back(absl::StrCat(election_.candidates[c], " reached the quota with ",
                                          votes_[c].ToString(), " votes and is elected (rule 47)"));
    }
  }

  void Elect(int c, Stage* stage) {
    continuing_[c] = false;
    states_[c] = CandidateState::kElected;
    result_.elected.push_back(c);
    stage->elected.push_back(c);
  }

  // Rule 52: the last vacancies go to the continuing candidates without further transfers.
  // They are recorded on the last stage, since no new stage is counted.
  bool FillLastVacancies() {
    const int vacancies = election_.seats - static_cast<int>(result_.elected.size());
    std::vector<int> left;
    for (int c = 0; c < Count(); ++c) {
      if (continuing_[c]) left.push_back(c);
    }
    if (static_cast<int>(left.size()) > vacancies) return false;
    Stage& last = result_.stages.back();
    std::vector<int> ordered =
        OrderByVotes(left, votes_, result_.stages, election_.candidates, lot_,
                     "for the order of election", &last.notes, &result_.decided_by_lot);
    for (int c : ordered) {
      Elect(c, &last);
      last.notes.push_back(absl::StrCat(
          election_.candidates[c], " is elected with ", votes_[c].ToString(),
          " votes: the continuing candidates are no more than the vacancies left (rule 52)"));
    }
    if (static_cast<int>(left.size()) < vacancies) {
      last.notes.push_back(absl::StrCat(vacancies - static_cast<int>(left.size()),
                                        " vacancies remain unfilled: no candidates are left"));
    }
    last.states = states_;
    return true;
  }

  std::vector<int> WithSurplus() const {
    std::vector<int> with;
    for (int c = 0; c < Count(); ++c) {
      if (states_[c] == CandidateState::kElected && votes_[c] > result_.quota) with.push_back(c);
    }
    return with;
  }

  // Rules 48 and 49.
  Stage SurplusTransfer(const std::vector<int>& with_surplus) {
    Stage stage = NewStage(StageAction::kSurplusTransfer);
    Votes largest = votes_[with_surplus[0]];
    for (int c : with_surplus) largest = std::max(largest, votes_[c]);
    std::vector<int> tied;
    for (int c : with_surplus) {
      if (votes_[c] == largest) tied.push_back(c);
    }
    int from = tied[0];
    if (tied.size() > 1) {
      TieOutcome outcome = BreakTie(tied, TieDirection::kMost, result_.stages,
                                    election_.candidates, lot_,
                                    "for the largest surplus (rule 49)");
      from = outcome.chosen;
      result_.decided_by_lot |= outcome.by_lot;
      stage.notes.push_back(outcome.note);
    }
    const Votes total = votes_[from];
    const Votes surplus = total - result_.quota;
    // A paper's new value: surplus x its value / the candidate's total, remainder ignored.
    // 128 bits, because surplus x value can pass 2^63 units in a very large election.
    auto revalue = [&](int64_t value) {
      return static_cast<int64_t>(static_cast<__int128>(surplus.units()) * value /
                                  total.units());
    };
    BallotPapers::Transfer moved = papers_.MoveAll(from, continuing_, revalue);
    stage.subject = from;
    stage.transfer_value = Votes::FromUnits(revalue(Votes::kUnitsPerVote));
    stage.description = absl::StrCat("Surplus of ", election_.candidates[from], " (",
                                     surplus.ToString(), ") transferred");
    stage.notes.push_back(absl::StrCat(
        "transfer value = surplus ", surplus.ToString(), " / total ", total.ToString(), " = ",
        stage.transfer_value.ToString(),
        " for a first-preference paper, to five decimal places (rule 48(3))"));
    Votes transferred;
    for (int c = 0; c < Count(); ++c) {
      stage.transfers[c] = moved.received[c];
      votes_[c] += moved.received[c];
      transferred += moved.received[c];
    }
    stage.transfers[from] = -surplus;
    votes_[from] = result_.quota;
    stage.non_transferable_change = moved.non_transferable;
    stage.rounding_loss_change = surplus - transferred - moved.non_transferable;
    return stage;
  }

  // Rules 50 and 51.
  Stage Exclusion() {
    Stage stage = NewStage(StageAction::kExclusion);
    std::vector<int> lowest;
    for (int c = 0; c < Count(); ++c) {
      if (!continuing_[c]) continue;
      if (lowest.empty() || votes_[c] < votes_[lowest[0]]) {
        lowest = {c};
      } else if (votes_[c] == votes_[lowest[0]]) {
        lowest.push_back(c);
      }
    }
    int out = lowest[0];
    if (lowest.size() > 1) {
      TieOutcome outcome = BreakTie(lowest, TieDirection::kFewest, result_.stages,
                                    election_.candidates, lot_, "for exclusion (rule 51)");
      out = outcome.chosen;
      result_.decided_by_lot |= outcome.by_lot;
      stage.notes.push_back(outcome.note);
    }
    const Votes had = votes_[out];
    continuing_[out] = false;
    states_[out] = CandidateState::kExcluded;
    BallotPapers::Transfer moved =
        papers_.MoveAll(out, continuing_, [](int64_t value) { return value; });
    stage.subject = out;
    stage.excluded.push_back(out);
    stage.description = absl::StrCat("Exclusion of ", election_.candidates[out]);
    stage.notes.push_back(absl::StrCat(election_.candidates[out], " has the fewest votes (",
                                       had.ToString(), ") and is excluded (rule 50)"));
    for (int c = 0; c < Count(); ++c) {
      stage.transfers[c] = moved.received[c];
      votes_[c] += moved.received[c];
    }
    stage.transfers[out] = -had;
    votes_[out] = Votes();
    stage.non_transferable_change = moved.non_transferable;
    return stage;
  }

  void Close(Stage stage) {
    stage.votes = votes_;
    stage.states = states_;
    non_transferable_ += stage.non_transferable_change;
    rounding_loss_ += stage.rounding_loss_change;
    stage.non_transferable = non_transferable_;
    stage.rounding_loss = rounding_loss_;
    result_.stages.push_back(std::move(stage));
  }

  const Election& election_;
  CountResult& result_;
  BallotPapers papers_;
  Lot lot_;
  std::vector<CandidateState> states_;
  std::vector<bool> continuing_;
  std::vector<Votes> votes_;
  Votes non_transferable_;
  Votes rounding_loss_;
};

}  // namespace

absl::StatusOr<CountResult> CountScottishStv(const Election& election) {
  RETURN_IF_ERROR(CheckCountable(election));
  CountResult result = StartResult("scottish-stv", election);
  if (FillWithoutPoll(election, &result)) return result;
  ScottishCount(election, &result).Run();
  return result;
}

}  // namespace partnership::elections
