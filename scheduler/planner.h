// The working schedule the search edits, and the large-neighbourhood search itself.
//
// Internal. A Planner holds one review per school at most, with every hard constraint
// kept true after each step: insertion only ever picks leaders who are free, trained,
// allowed and within every cap, so there is never an infeasible intermediate state to
// repair. Everything is indexed by the Model's integers; iteration is over vectors only, so
// the same seed always gives the same schedule.
#ifndef PARTNERSHIP_SCHEDULER_PLANNER_H_
#define PARTNERSHIP_SCHEDULER_PLANNER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "scheduler/model.h"

namespace partnership::scheduler::internal {

// splitmix64: small, fast and identical on every platform (std distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int Uniform(int n) { return n <= 1 ? 0 : static_cast<int>(Next() % uint64_t(n)); }

 private:
  uint64_t state_;
};

class Planner {
 public:
  // `candidates[b]` lists the schools that may review b (Model::CandidatesFor); it must
  // outlive the planner. Several planners may share a model and candidates, one per thread.
  Planner(const Model& model, const std::vector<std::vector<Candidate>>& candidates);

  // Fills and improves the reviews of `reviewees` (one independent component whose
  // members are `schools`, both in school order) for at most `iterations` search steps or
  // until `deadline` (but at least 2 steps per school), stopping early when the cost
  // reaches `bound`. Steps that do not make the cost worse are kept if they do not spread
  // the ledger (Spread); with 100 or more steps per school, late acceptance also keeps a
  // worse step that beats the schedule of 20 steps earlier. Ends on the best schedule
  // seen. Returns the steps taken.
  // `seats[b]`, if not empty, is a team to try first for b (the lower bound's flow).
  // The component must not have been filled by this planner before. The planner's running
  // objective restarts from the component's own terms, so the result depends only on the
  // component (not on which planner or thread solves it, nor on what it solved before).
  int64_t Improve(const std::vector<int>& reviewees, const std::vector<int>& schools,
                  const std::vector<std::vector<Seat>>& seats, int64_t iterations,
                  double bound, absl::Time deadline, Rng& rng);

  // Spec cost of the component: unreviewed, travel, cross-group, focus and the fairness of
  // `schools` (the component's members).
  double ComponentCost(const std::vector<int>& reviewees, const std::vector<int>& schools) const;

  int review_date(int b) const { return date_[b]; }
  const std::vector<int>& team(int b) const { return team_[b]; }
  int days_given(int s, int role) const { return given_[2 * s + role]; }

  // Replaces the reviews of `reviewees` (one component) with `reviews`, each a reviewee,
  // a date and its leaders, which must together keep every hard constraint (an exact
  // solver's answer). Heads come first on each team, so the first HEAD leads.
  struct PlacedReview {
    int reviewee, date;
    std::vector<int> leaders;
  };
  void Adopt(const std::vector<int>& reviewees, const std::vector<PlacedReview>& reviews);
  // The component's reviews as they stand, for Adopt to restore.
  std::vector<PlacedReview> Snapshot(const std::vector<int>& reviewees) const;

  // Why `b` (unreviewed) could not be fitted now that the search is over, in words.
  std::string ExplainUnreviewed(int b) const;

 private:
  // A locked reviewee left without a review breaks constraint 11: never worth it.
  static constexpr double kLockedMissPenalty = 1e12;

  struct Option {
    int leader, school, role;
    double cost;    // Travel, cross-group and the fairness this day adds.
    uint64_t mask;  // Which of the reviewee's focus areas the school is strong in.
    int spread;     // What this day adds to the ledger spread (see Spread): the tie-break.
    double key;     // cost less the focus credit, as if each hit counted.
    int order;      // Position in the candidates' order: the last tie-break.
  };

  // Gives b the cheapest team on any date as things stand; seats in `prefer` are taken
  // whenever they can be filled. False if no valid team exists now.
  bool Insert(int b, Rng& rng, const std::vector<Seat>* prefer = nullptr);
  bool PlaceSeats(int b, std::vector<Seat> seats, Rng& rng);
  void Remove(int b);
  void Place(int b, int d, const std::vector<int>& leaders);
  bool LeaderFits(int l, int d, int b) const;
  bool Reviews(int x, int y) const;  // A leader of school x is on y's team.
  int PickLeader(int a, int role, int d) const;
  double ArcCost(int a, int b) const;
  int Coverage(int b, const std::vector<int>& schools) const;
  uint64_t FocusMask(int b, int a) const;
  double Objective() const;
  // The secondary preference, never traded against the spec's cost: the square of the
  // school-role's balance after `given` days this cycle, in half days. Among choices of
  // equal cost, the one with the smaller total spread takes days from the schools that
  // owe most, so balances stay near zero over the cycles (the spec's cost only charges
  // giving too much, so it cannot see a school falling behind).
  int64_t Spread(int s, int role, int given) const;

  const Model& m_;
  const std::vector<std::vector<Candidate>>& candidates_;
  const int D_;
  std::vector<int> date_;                 // Per school: review date or -1.
  std::vector<std::vector<int>> team_;    // Per school: leaders on its review.
  std::vector<double> review_cost_;       // Travel + cross-group - focus of each review.
  std::vector<int> busy_;                 // leader * D + date -> reviewee or -1.
  std::vector<int> reviews_done_;         // Per leader.
  std::vector<int> given_;                // 2 * school + role.
  std::vector<int> away_;                 // school * D + date -> leaders away.
  std::vector<int> lock_date_;            // Per school: locked date or -1.
  std::vector<std::vector<int>> lock_leaders_;
  std::vector<char> locked_;
  double travel_focus_total_ = 0, fairness_total_ = 0, unreviewed_total_ = 0;
  int64_t spread_total_ = 0;  // Sum of Spread over the component's school-roles.
};

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_PLANNER_H_
