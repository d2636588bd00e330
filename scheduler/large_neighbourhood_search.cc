// The large-neighbourhood search over a Planner's reviews, and its start from the lower
// bound's teams. Separate from planner.cc, which keeps the state and the insertion move.
#include <algorithm>

#include "scheduler/planner.h"

namespace partnership::scheduler::internal {
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
  // Other components do not change while this one is searched: their share of the
  // objective is a constant, so the component's cost is one subtraction away.
  double mine = 0;
  for (int b : reviewees) {
    if (date_[b] >= 0) mine += review_cost_[b];
    else mine += locked_[b] ? kLockedMissPenalty : m_.problem().weights.unreviewed;
  }
  for (int s : schools) {
    mine += m_.Fairness(s, kHead, given_[2 * s]) + m_.Fairness(s, kDeputy, given_[2 * s + 1]);
  }
  const double others = Objective() - mine;
  struct Saved {
    int school, date;
    std::vector<int> team;
  };
  std::vector<Saved> saved;
  std::vector<int> destroy, unreviewed, touched;
  int64_t step = 0;
  for (; step < iterations; ++step) {
    if ((step & 63) == 0 && absl::Now() > deadline) break;
    const double before = Objective();
    unreviewed.clear();
    for (int b : reviewees) {
      if (date_[b] < 0) unreviewed.push_back(b);
    }
    if (before - others <= bound + tolerance) break;
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
    if (Objective() <= before + 1e-9) continue;
    for (int b : touched) Remove(b);
    for (const Saved& s : saved) Place(s.school, s.date, s.team);
  }
  return step;
}

}  // namespace partnership::scheduler::internal
