// The large-neighbourhood search over a Planner's reviews, and its start from the lower
// bound's teams. Separate from planner.cc, which keeps the state and the insertion move.
#include <algorithm>

#include "scheduler/planner.h"

namespace partnership::scheduler::internal {
namespace {
// Late acceptance's memory, in steps.
constexpr int kLateAcceptance = 20;
constexpr int64_t kLateAcceptanceMinStepsPerSchool = 100;
// Steps every component gets even when its share of the time is spent (in steps per
// school), so that the local search reaches every group.
constexpr int64_t kMinStepsPerSchool = 2;
}  // namespace

// Places b's review with the given seats on the first date they can all be filled.
bool Planner::PlaceSeats(int b, std::vector<Seat> seats, Rng& rng) {
  const Policy& pol = m_.problem().policy;
  if (date_[b] >= 0 || locked_[b] || static_cast<int>(seats.size()) != pol.team_size) {
    return false;
  }
  // The flow does not know the head minimum: promote seats to heads where the school has
  // head days to spare.
  int heads = 0;
  for (const Seat& s : seats) heads += s.role == kHead;
  for (Seat& s : seats) {
    if (heads >= std::max(1, pol.min_heads_per_team)) break;
    if (s.role == kDeputy && given_[2 * s.school + kHead] < m_.RoleCap(s.school, kHead)) {
      s.role = kHead;
      ++heads;
    }
  }
  if (heads < std::max(1, pol.min_heads_per_team)) return false;
  for (size_t i = 0; i < seats.size(); ++i) {
    const Seat& s = seats[i];
    for (size_t j = 0; j < i; ++j) {
      if (seats[j].school == s.school) return false;
    }
    if (given_[2 * s.school + s.role] >= m_.RoleCap(s.school, s.role)) return false;
    if (!pol.allow_reciprocal && Reviews(b, s.school)) return false;
  }
  std::vector<int> team;
  const int start = rng.Uniform(D_);
  for (int i = 0; i < D_; ++i) {
    const int d = (start + i) % D_;
    if (!m_.host_free_on(b, d) || away_[static_cast<size_t>(b) * D_ + d] > 0) continue;
    team.clear();
    for (const Seat& s : seats) {
      const int l = PickLeader(s.school, s.role, d);
      if (l < 0 || !LeaderFits(l, d, b)) break;
      team.push_back(l);
    }
    if (team.size() != seats.size()) continue;
    std::stable_partition(team.begin(), team.end(),
                          [&](int l) { return m_.leader_role(l) == kHead; });
    Place(b, d, team);
    return true;
  }
  return false;
}

int64_t Planner::Improve(const std::vector<int>& reviewees, const std::vector<int>& schools,
                         const std::vector<std::vector<Seat>>& seats, int64_t iterations,
                         double bound, absl::Time deadline, Rng& rng) {
  // The running objective covers this component only: other components are solved
  // independently (possibly by another planner), and summing their terms in would make
  // this component's accept/reject decisions depend on floating-point rounding of theirs.
  travel_focus_total_ = 0;
  fairness_total_ = 0;
  unreviewed_total_ = 0;
  for (int b : reviewees) {
    unreviewed_total_ += locked_[b] ? kLockedMissPenalty : m_.problem().weights.unreviewed;
  }
  spread_total_ = 0;
  for (int s : schools) {
    fairness_total_ += m_.Fairness(s, kHead, given_[2 * s]) +
                       m_.Fairness(s, kDeputy, given_[2 * s + 1]);
    spread_total_ += Spread(s, kHead, given_[2 * s]) + Spread(s, kDeputy, given_[2 * s + 1]);
  }
  // Construction: locked reviews first, then the schools with the fewest possible
  // reviewers, which are the easiest to strand.
  std::vector<int> order = reviewees;
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    if (locked_[x] != locked_[y]) return locked_[x] > locked_[y];
    return candidates_[x].size() < candidates_[y].size();
  });
  for (int b : order) {
    if (locked_[b]) Insert(b, rng);
  }
  for (int b : order) {
    if (!seats.empty() && !seats[b].empty()) PlaceSeats(b, seats[b], rng);
  }
  for (int b : order) Insert(b, rng, seats.empty() ? nullptr : &seats[b]);
  if (reviewees.empty()) return 0;

  const double tolerance = 1e-6 * std::max(1.0, std::abs(bound));
  struct Saved {
    int school, date;
    std::vector<int> team;
  };
  std::vector<Saved> saved;
  std::vector<int> destroy, unreviewed, touched;
  // Late acceptance: a step that makes things worse is still kept if the result is no
  // worse than the schedule of kLateAcceptance steps ago, which lets the search leave a
  // local optimum; the best schedule seen is kept aside and restored at the end.
  // Only a long search comes back down from what late acceptance lets it climb: a short
  // one (a country's groups get 20 steps a school) descends strictly.
  const int late_steps =
      iterations >= kLateAcceptanceMinStepsPerSchool * static_cast<int64_t>(reviewees.size())
          ? kLateAcceptance
          : 1;
  std::vector<double> history(late_steps, Objective());
  double best_objective = Objective();
  std::vector<Saved> best;
  auto keep_best = [&] {
    best_objective = Objective();
    best.clear();
    for (int b : reviewees) {
      if (date_[b] >= 0) best.push_back({b, date_[b], team_[b]});
    }
  };
  keep_best();
  const int64_t min_steps =
      std::min<int64_t>(iterations, kMinStepsPerSchool * static_cast<int64_t>(reviewees.size()));
  int64_t step = 0;
  for (; step < iterations; ++step) {
    if ((step & 63) == 0 && step >= min_steps && absl::Now() > deadline) break;
    const double before = Objective();
    const int64_t spread_before = spread_total_;
    unreviewed.clear();
    for (int b : reviewees) {
      if (date_[b] < 0) unreviewed.push_back(b);
    }
    if (before <= bound + tolerance) break;  // Objective() is this component's cost.
    // Destroy: a seed review and reviews tied to it through the schools near it.
    const int seed = !unreviewed.empty() && rng.Uniform(2) == 0
                         ? unreviewed[rng.Uniform(static_cast<int>(unreviewed.size()))]
                         : reviewees[rng.Uniform(static_cast<int>(reviewees.size()))];
    const int k = 2 + rng.Uniform(5);
    destroy.clear();
    if (date_[seed] >= 0) destroy.push_back(seed);
    for (int tries = 0; static_cast<int>(destroy.size()) < k && tries < 4 * k; ++tries) {
      const auto& cands = candidates_[seed];
      if (cands.empty()) break;
      const int a = cands[rng.Uniform(static_cast<int>(cands.size()))].school;
      // Either a review that a's leaders sit on, or a's own review.
      int victim = date_[a] >= 0 ? a : -1;
      const auto& leaders = m_.school_leaders(a);
      if (!leaders.empty() && rng.Uniform(3) != 0) {
        const int l = leaders[rng.Uniform(static_cast<int>(leaders.size()))];
        for (int d = 0; d < D_; ++d) {
          const int r = busy_[static_cast<size_t>(l) * D_ + d];
          if (r >= 0 && rng.Uniform(2) == 0) victim = r;
        }
      }
      if (victim >= 0 && std::find(destroy.begin(), destroy.end(), victim) == destroy.end()) {
        destroy.push_back(victim);
      }
    }
    saved.clear();
    for (int b : destroy) {
      saved.push_back({b, date_[b], team_[b]});
      Remove(b);
    }
    touched = destroy;
    for (int t = 0; t < 4 && !unreviewed.empty(); ++t) {
      const int u = unreviewed[rng.Uniform(static_cast<int>(unreviewed.size()))];
      if (std::find(touched.begin(), touched.end(), u) == touched.end()) touched.push_back(u);
    }
    for (size_t i = touched.size(); i > 1; --i) {
      std::swap(touched[i - 1], touched[rng.Uniform(static_cast<int>(i))]);
    }
    if (rng.Uniform(2) == 0) {
      std::stable_sort(touched.begin(), touched.end(), [&](int x, int y) {
        return locked_[x] > locked_[y];
      });
    }
    for (int b : touched) Insert(b, rng);
    // Keep a better schedule, or an equal one whose ledger is no more spread, or (late
    // acceptance) one no worse than that of kLateAcceptance steps ago.
    const double after = Objective();
    double& late = history[step % late_steps];
    const bool keep = after < before - 1e-9 ||
                      (after <= before + 1e-9 && spread_total_ <= spread_before) ||
                      after < late - 1e-9;
    if (!keep) {
      for (int b : touched) Remove(b);
      for (const Saved& s : saved) Place(s.school, s.date, s.team);
    }
    late = Objective();
    if (Objective() < best_objective - 1e-9) {
      keep_best();
    }
  }
  if (Objective() > best_objective + 1e-9) {
    for (int b : reviewees) Remove(b);
    for (const Saved& s : best) Place(s.school, s.date, s.team);
  }
  return step;
}

}  // namespace partnership::scheduler::internal
