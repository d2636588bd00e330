#include "scheduler/planner.h"

#include <algorithm>
#include <cmath>

namespace partnership::scheduler::internal {
namespace {

// Options considered per team slot: enough for focus and head trade-offs, small enough
// that the enumeration of teams stays cheap.
constexpr int kPool = 10;
// Makes a preferred seat (from the lower bound's flow) win whenever it can be filled.
constexpr double kPreferBonus = 1e6;

}  // namespace

Planner::Planner(const Model& model, const std::vector<std::vector<Candidate>>& candidates)
    : m_(model), candidates_(candidates), D_(model.num_dates()) {
  const int S = m_.num_schools(), L = m_.num_leaders();
  date_.assign(S, -1);
  team_.assign(S, {});
  review_cost_.assign(S, 0);
  busy_.assign(static_cast<size_t>(L) * D_, -1);
  reviews_done_.assign(L, 0);
  given_.assign(2 * S, 0);
  away_.assign(static_cast<size_t>(S) * D_, 0);
  lock_date_.assign(S, -1);
  lock_leaders_.assign(S, {});
  locked_.assign(S, 0);
  for (const Lock& lock : m_.problem().locked) {
    const int b = m_.SchoolIndex(lock.reviewee);
    locked_[b] = 1;
    lock_date_[b] = lock.date.empty() ? -1 : m_.DateIndex(lock.date);
    for (const auto& id : lock.leaders) lock_leaders_[b].push_back(m_.LeaderIndex(id));
  }
  for (int s = 0; s < S; ++s) {
    fairness_total_ += m_.Fairness(s, kHead, 0) + m_.Fairness(s, kDeputy, 0);
    if (m_.school(s).receives_review) {
      unreviewed_total_ += locked_[s] ? kLockedMissPenalty : m_.problem().weights.unreviewed;
    }
  }
}

double Planner::Objective() const {
  return travel_focus_total_ + fairness_total_ + unreviewed_total_;
}

int64_t Planner::Spread(int s, int role, int given) const {
  const int64_t half_days =
      std::llround(2 * (m_.RoleBalance(s, role) + given - 1.5));
  return half_days * half_days;
}

double Planner::ArcCost(int a, int b) const {
  const Weights& w = m_.problem().weights;
  return w.travel_per_km * m_.Km(a, b) + (m_.group(a) != m_.group(b) ? w.cross_group : 0);
}

bool Planner::Reviews(int x, int y) const {
  for (int l : team_[y]) {
    if (m_.leader_school(l) == x) return true;
  }
  return false;
}

// Whether leader `l` may join the review of `b` on date `d` as things stand.
bool Planner::LeaderFits(int l, int d, int b) const {
  const int a = m_.leader_school(l);
  const int role = m_.leader_role(l);
  const Policy& pol = m_.problem().policy;
  if (!m_.leader_trained(l) || !m_.leader_free_on(l, d)) return false;
  if (busy_[static_cast<size_t>(l) * D_ + d] >= 0) return false;
  if (reviews_done_[l] >= m_.leader_max_reviews(l)) return false;
  if (given_[2 * a + role] >= m_.RoleCap(a, role)) return false;
  if (date_[a] == d) return false;
  if (pol.leadership_cover &&
      away_[static_cast<size_t>(a) * D_ + d] + 1 >= static_cast<int>(m_.school_leaders(a).size())) {
    return false;
  }
  if (!pol.allow_reciprocal && Reviews(b, a)) return false;
  return true;
}

// The leader of `a` in `role` best kept for this date: free, and with the fewest reviews so
// far, so that a school's days spread over its leaders.
int Planner::PickLeader(int a, int role, int d) const {
  int best = -1;
  for (int l : m_.role_leaders(a, role)) {
    if (!m_.leader_free_on(l, d)) continue;
    if (busy_[static_cast<size_t>(l) * D_ + d] >= 0) continue;
    if (reviews_done_[l] >= m_.leader_max_reviews(l)) continue;
    if (best < 0 || reviews_done_[l] < reviews_done_[best]) best = l;
  }
  return best;
}

uint64_t Planner::FocusMask(int b, int a) const {
  uint64_t mask = 0;
  const auto& f = m_.focus(b);
  const auto& st = m_.strengths(a);
  for (size_t i = 0; i < f.size() && i < 64; ++i) {
    if (std::binary_search(st.begin(), st.end(), f[i])) mask |= uint64_t{1} << i;
  }
  return mask;
}

int Planner::Coverage(int b, const std::vector<int>& schools) const {
  int hits = 0;
  for (int f : m_.focus(b)) {
    for (int s : schools) {
      const auto& st = m_.strengths(s);
      if (std::binary_search(st.begin(), st.end(), f)) {
        ++hits;
        break;
      }
    }
  }
  return hits;
}

void Planner::Place(int b, int d, const std::vector<int>& leaders) {
  const Weights& w = m_.problem().weights;
  date_[b] = d;
  team_[b] = leaders;
  std::vector<int> schools;
  double cost = 0;
  for (int l : leaders) {
    const int a = m_.leader_school(l), role = m_.leader_role(l);
    schools.push_back(a);
    cost += ArcCost(a, b);
    busy_[static_cast<size_t>(l) * D_ + d] = b;
    ++reviews_done_[l];
    fairness_total_ -= m_.Fairness(a, role, given_[2 * a + role]);
    spread_total_ -= Spread(a, role, given_[2 * a + role]);
    ++given_[2 * a + role];
    fairness_total_ += m_.Fairness(a, role, given_[2 * a + role]);
    spread_total_ += Spread(a, role, given_[2 * a + role]);
    ++away_[static_cast<size_t>(a) * D_ + d];
  }
  cost -= w.focus_match * Coverage(b, schools);
  review_cost_[b] = cost;
  travel_focus_total_ += cost;
  unreviewed_total_ -= locked_[b] ? kLockedMissPenalty : w.unreviewed;
}

void Planner::Remove(int b) {
  const int d = date_[b];
  if (d < 0) return;
  for (int l : team_[b]) {
    const int a = m_.leader_school(l), role = m_.leader_role(l);
    busy_[static_cast<size_t>(l) * D_ + d] = -1;
    --reviews_done_[l];
    fairness_total_ -= m_.Fairness(a, role, given_[2 * a + role]);
    spread_total_ -= Spread(a, role, given_[2 * a + role]);
    --given_[2 * a + role];
    fairness_total_ += m_.Fairness(a, role, given_[2 * a + role]);
    spread_total_ += Spread(a, role, given_[2 * a + role]);
    --away_[static_cast<size_t>(a) * D_ + d];
  }
  travel_focus_total_ -= review_cost_[b];
  unreviewed_total_ += locked_[b] ? kLockedMissPenalty : m_.problem().weights.unreviewed;
  review_cost_[b] = 0;
  team_[b].clear();
  date_[b] = -1;
}

bool Planner::Insert(int b, Rng& rng, const std::vector<Seat>* prefer) {
  if (date_[b] >= 0 || !m_.school(b).receives_review || D_ == 0) return false;
  const Policy& pol = m_.problem().policy;
  const Weights& w = m_.problem().weights;
  const std::vector<int>& locked = lock_leaders_[b];
  const int need = pol.team_size - static_cast<int>(locked.size());
  int locked_heads = 0;
  std::vector<int> locked_schools;
  for (int l : locked) {
    locked_heads += m_.leader_role(l) == kHead;
    locked_schools.push_back(m_.leader_school(l));
  }
  const int heads_needed = std::max(0, std::max(1, pol.min_heads_per_team) - locked_heads);
  uint64_t locked_mask = 0;
  for (int a : locked_schools) locked_mask |= FocusMask(b, a);
  // Locked members' travel is the same on every date; fairness is not counted in teams.
  const double locked_cost = 0;

  // Options that do not depend on the date, cheapest first (focus counted as if it added
  // up); each date then keeps the first ones it can staff.
  std::vector<Option> options;
  for (const Candidate& c : candidates_[b]) {
    const int a = c.school;
    if (std::find(locked_schools.begin(), locked_schools.end(), a) != locked_schools.end()) {
      continue;
    }
    if (!pol.allow_reciprocal && Reviews(b, a)) continue;
    for (int role = 0; role < 2; ++role) {
      const int g = given_[2 * a + role];
      if (g >= m_.RoleCap(a, role)) continue;
      double cost = c.arc_cost + m_.Fairness(a, role, g + 1) - m_.Fairness(a, role, g);
      if (prefer != nullptr) {
        for (const Seat& seat : *prefer) {
          if (seat.school == a && seat.role == role) cost -= kPreferBonus;
        }
      }
      options.push_back({-1, a, role, cost, c.focus_mask,
                         static_cast<int>(Spread(a, role, g + 1) - Spread(a, role, g)),
                         cost - w.focus_match * c.focus_hits, static_cast<int>(options.size())});
    }
  }
  // Options are taken in (key, spread) order, ties in the candidates' order, and seldom
  // more than the first few dozen: they are sorted a chunk at a time, as far as the dates
  // look (a full stable sort was a quarter of a county's search time).
  auto before = [](const Option& x, const Option& y) {
    if (x.key != y.key) return x.key < y.key;
    if (x.spread != y.spread) return x.spread < y.spread;
    return x.order < y.order;
  };
  size_t sorted = 0;
  auto sort_past = [&](size_t k) {
    if (k < sorted) return;
    const size_t end = std::min(options.size(), std::max<size_t>(2 * sorted, 32));
    if (end < options.size()) {
      std::nth_element(options.begin() + sorted, options.begin() + end, options.end(), before);
    }
    std::sort(options.begin() + sorted, options.begin() + end, before);
    sorted = end;
  };

  double best_cost = 0;
  int64_t best_spread = 0;
  int best_date = -1;
  std::vector<int> best_team;
  std::vector<Option> pool;
  std::vector<int> pick, pick_schools;
  const int start = rng.Uniform(D_);
  for (int i = 0; i < D_; ++i) {
    const int d = (start + i) % D_;
    if (lock_date_[b] >= 0 && d != lock_date_[b]) continue;
    if (!m_.host_free_on(b, d) || away_[static_cast<size_t>(b) * D_ + d] > 0) continue;
    bool locks_fit = true;
    for (int l : locked) locks_fit = locks_fit && LeaderFits(l, d, b);
    if (!locks_fit) continue;
    pool.clear();
    int pool_heads = 0;
    bool skipped = false;  // Whether this date lost an option the ideal date would keep.
    bool beaten = false;   // Whether an earlier date's best team cannot be beaten here.
    for (size_t k = 0; k < options.size(); ++k) {
      sort_past(k);
      const Option& o = options[k];
      const bool is_head = o.role == kHead;
      const bool wanted = static_cast<int>(pool.size()) < kPool ||
                          (is_head && pool_heads < heads_needed + 2);
      if (!wanted) {
        if (static_cast<int>(pool.size()) >= kPool && pool_heads >= heads_needed + 2) break;
        continue;
      }
      const int a = o.school;
      int l = -1;
      if (date_[a] != d &&
          (!pol.leadership_cover || away_[static_cast<size_t>(a) * D_ + d] + 1 <
                                        static_cast<int>(m_.school_leaders(a).size()))) {
        l = PickLeader(a, o.role, d);
      }
      if (l < 0) {
        skipped = true;
        continue;
      }
      pool.push_back(o);
      pool.back().leader = l;
      pool_heads += is_head;
      if (best_date >= 0 && need > 0 && static_cast<int>(pool.size()) == need) {
        // The pool comes in key order: no team here beats the best of an earlier date if
        // its `need` cheapest options cannot (the enumeration below would prune it all).
        double least = locked_cost - w.focus_match * __builtin_popcountll(locked_mask);
        for (const Option& p : pool) least += p.key;
        if (least > best_cost + 1e-9) {
          beaten = true;
          break;
        }
      }
    }
    if (beaten) continue;
    // Every team of `need` options from distinct schools with enough heads. A team costs
    // at least the sum of its options' keys (focus credit never exceeds the hits), and the
    // pool is sorted by key, which prunes most of the enumeration.
    pick.clear();
    pick_schools = locked_schools;
    const size_t base = pick_schools.size();
    auto search = [&](auto&& self, int from, int heads, double cost, double keys,
                      uint64_t mask, int64_t spread) -> void {
      if (static_cast<int>(pick.size()) == need) {
        if (heads < heads_needed) return;
        const double total = cost - w.focus_match * __builtin_popcountll(mask);
        if (best_date < 0 || total < best_cost - 1e-9 ||
            (total <= best_cost + 1e-9 && spread < best_spread)) {
          best_cost = total;
          best_spread = spread;
          best_date = d;
          best_team = locked;
          for (int k : pick) best_team.push_back(pool[k].leader);
        }
        return;
      }
      const int left = need - static_cast<int>(pick.size());
      for (int k = from; k < static_cast<int>(pool.size()); ++k) {
        if (static_cast<int>(pool.size()) - k < left) break;
        if (best_date >= 0) {
          double least = keys;
          for (int j = k; j < k + left; ++j) least += pool[j].key;
          if (least > best_cost + 1e-9) break;  // Equal cost may still win the tie-break.
        }
        const Option& o = pool[k];
        bool clash = false;
        for (size_t j = base; j < pick_schools.size(); ++j) clash |= pick_schools[j] == o.school;
        if (clash) continue;
        if (heads + (o.role == kHead) + (left - 1) < heads_needed) continue;
        pick.push_back(k);
        pick_schools.push_back(o.school);
        self(self, k + 1, heads + (o.role == kHead), cost + o.cost, keys + o.key, mask | o.mask,
             spread + o.spread);
        pick.pop_back();
        pick_schools.pop_back();
      }
    };
    search(search, 0, 0, locked_cost,
           locked_cost - w.focus_match * __builtin_popcountll(locked_mask), locked_mask, 0);
    // A date that kept every option it wanted cannot be beaten by another date.
    if (!skipped && best_date >= 0) break;
  }
  if (best_date < 0) return false;
  // Heads first, so the lead (the first HEAD) is stable and easy to read.
  std::stable_partition(best_team.begin(), best_team.end(),
                        [&](int l) { return m_.leader_role(l) == kHead; });
  Place(b, best_date, best_team);
  return true;
}

double Planner::ComponentCost(const std::vector<int>& reviewees,
                              const std::vector<int>& schools) const {
  const Weights& w = m_.problem().weights;
  double cost = 0;
  for (int b : reviewees) cost += date_[b] >= 0 ? review_cost_[b] : w.unreviewed;
  for (int s : schools) {
    cost += m_.Fairness(s, kHead, given_[2 * s]) + m_.Fairness(s, kDeputy, given_[2 * s + 1]);
  }
  return cost;
}

void Planner::Adopt(const std::vector<int>& reviewees,
                    const std::vector<PlacedReview>& reviews) {
  for (int b : reviewees) Remove(b);
  for (const PlacedReview& r : reviews) {
    std::vector<int> team = r.leaders;
    std::stable_partition(team.begin(), team.end(),
                          [&](int l) { return m_.leader_role(l) == kHead; });
    Place(r.reviewee, r.date, team);
  }
}

std::vector<Planner::PlacedReview> Planner::Snapshot(const std::vector<int>& reviewees) const {
  std::vector<PlacedReview> out;
  for (int b : reviewees) {
    if (date_[b] >= 0) out.push_back({b, date_[b], team_[b]});
  }
  return out;
}

}  // namespace partnership::scheduler::internal
