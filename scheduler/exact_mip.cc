#include "scheduler/exact_mip.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "absl/time/clock.h"
#include "common/status_macros.h"
#include "scheduler/mip_solver.h"

namespace partnership::scheduler::internal {

bool ExactSolverAvailable() { return MipSolverAvailable(); }

namespace {

// Models with more leader-review-date columns than this are left to the search: the
// branch-and-bound would not finish in a time a coordinator waits for, and a search cut
// short by the clock would make the answer depend on the machine. A group of a dozen
// schools with three dates has about 500; the demo county's secondary clusters with four
// dates, 700 to 1,500 (their nodes take CBC tens of seconds); a county group with thirty
// dates, thousands.
constexpr int kMaxExactColumns = 600;
// CBC's node limit per solve: the reproducible stopping rule (seconds would make the
// answer depend on the machine). A node's work grows with the model, so the limit is a
// budget of nodes times columns, at most kMaxNodes: the demo county's 7-school cluster with
// four dates took 18 s at 5,000 nodes a solve without finding or proving anything more
// (11 s now), while the 10-school cuts of bench/mip_compare_bench keep their optima.
constexpr int kMaxNodes = 5000;
constexpr int64_t kNodeColumnBudget = 1300000;
int NodeLimit(const MipModel& mip) {
  return static_cast<int>(
      std::min<int64_t>(kMaxNodes, kNodeColumnBudget / std::max(1, mip.columns())));
}
// The cutoff sits this far below the search's cost: CBC then only reports schedules that
// are really cheaper, and "none exists" proves the search's schedule optimal to within it.
constexpr double kCutoffSlack = 1e-4;

// The leader-review-date assignments the model allows: trained leaders of allowed schools,
// on dates both the leader and the reviewee are free.
struct Assignment {
  int leader, school, reviewee, date;
};

// Stops early (with more than `limit`) when the model would be too big anyway.
std::vector<Assignment> Assignments(const Model& m, const std::vector<int>& reviewees,
                                    const std::vector<std::vector<Candidate>>& candidates,
                                    int limit) {
  std::vector<Assignment> out;
  for (int b : reviewees) {
    if (static_cast<int>(out.size()) > limit) break;
    for (const Candidate& c : candidates[b]) {
      for (int role = 0; role < 2; ++role) {
        if (m.RoleCap(c.school, role) <= 0) continue;
        for (int l : m.role_leaders(c.school, role)) {
          for (int d = 0; d < m.num_dates(); ++d) {
            if (m.host_free_on(b, d) && m.leader_free_on(l, d)) {
              out.push_back({l, c.school, b, d});
            }
          }
        }
      }
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<ExactResult> SolveComponentExactly(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, double incumbent_cost,
    const std::vector<ExactReview>& incumbent, absl::Time deadline) {
  ExactResult result;
  if (reviewees.empty()) return result;
  const std::vector<Assignment> xs = Assignments(m, reviewees, candidates, kMaxExactColumns);
  if (static_cast<int>(xs.size()) > kMaxExactColumns) return result;
  const Problem& p = m.problem();
  const Policy& pol = p.policy;
  const Weights& w = p.weights;
  const int D = m.num_dates();

  MipModel mip;
  auto col = [&](double cost, double lo, double hi, bool integer) {
    return mip.AddColumn(cost, lo, hi, integer);
  };
  auto add_row = [&](std::vector<std::pair<int, double>> t, double lo, double hi) {
    mip.AddRow(std::move(t), lo, hi);
  };
  double constant = 0;

  // z[b, d]: b is reviewed on d.
  std::map<std::pair<int, int>, int> z;
  for (int b : reviewees) {
    constant += w.unreviewed;
    for (int d = 0; d < D; ++d) {
      if (m.host_free_on(b, d)) z[{b, d}] = col(-w.unreviewed, 0, 1, true);
    }
  }
  auto z_of = [&](int b, int d) {
    auto it = z.find({b, d});
    return it == z.end() ? -1 : it->second;
  };
  // x[l, b, d], with the travel and cross-group cost of the assignment.
  std::vector<int> x(xs.size());
  std::map<std::tuple<int, int, int>, int> x_of;  // (l, b, d) -> x
  std::map<std::pair<int, int>, std::vector<int>> team, heads;       // (b, d) -> x
  std::map<std::tuple<int, int, int>, std::vector<int>> school_team;  // (a, b, d) -> x
  std::map<std::pair<int, int>, std::vector<int>> pair;               // (a, b) -> x
  std::map<int, std::vector<int>> by_leader;                          // l -> x
  std::map<std::pair<int, int>, std::vector<int>> leader_date, school_date, role_days;
  std::map<std::pair<int, int>, double> arc_cost;
  for (int b : reviewees) {
    for (const Candidate& c : candidates[b]) arc_cost[{c.school, b}] = c.arc_cost;
  }
  for (size_t i = 0; i < xs.size(); ++i) {
    const Assignment& a = xs[i];
    x[i] = col(arc_cost[{a.school, a.reviewee}], 0, 1, true);
    x_of[{a.leader, a.reviewee, a.date}] = x[i];
    const int role = m.leader_role(a.leader);
    team[{a.reviewee, a.date}].push_back(x[i]);
    if (role == kHead) heads[{a.reviewee, a.date}].push_back(x[i]);
    school_team[{a.school, a.reviewee, a.date}].push_back(x[i]);
    pair[{a.school, a.reviewee}].push_back(x[i]);
    by_leader[a.leader].push_back(x[i]);
    leader_date[{a.leader, a.date}].push_back(x[i]);
    school_date[{a.school, a.date}].push_back(x[i]);
    role_days[{a.school, role}].push_back(x[i]);
  }
  auto ones = [](const std::vector<int>& cols) {
    std::vector<std::pair<int, double>> t;
    for (int c : cols) t.push_back({c, 1.0});
    return t;
  };
  const double inf = MipModel::kInfinity;
  // Constraint 1 and 11: one review at most (exactly one, on its date, when locked).
  std::map<int, const Lock*> locks;
  for (const Lock& lock : p.locked) locks[m.SchoolIndex(lock.reviewee)] = &lock;
  for (int b : reviewees) {
    std::vector<std::pair<int, double>> once;
    auto lock = locks.find(b);
    const int lock_date = lock != locks.end() && !lock->second->date.empty()
                              ? m.DateIndex(lock->second->date)
                              : -1;
    for (int d = 0; d < D; ++d) {
      const int zc = z_of(b, d);
      if (zc < 0) continue;
      if (lock_date >= 0 && d != lock_date) mip.SetUpper(zc, 0);
      once.push_back({zc, 1.0});
    }
    add_row(once, lock != locks.end() ? 1.0 : -inf, 1.0);
    if (lock != locks.end()) {
      for (const std::string& id : lock->second->leaders) {
        const int l = m.LeaderIndex(id);
        std::vector<std::pair<int, double>> t;
        for (size_t i = 0; i < xs.size(); ++i) {
          if (xs[i].leader == l && xs[i].reviewee == b) t.push_back({x[i], 1.0});
        }
        add_row(t, 1.0, 1.0);
      }
    }
  }
  // Constraints 1 and 3: a team of teamSize with enough heads on the review's date.
  const int min_heads = std::max(1, pol.min_heads_per_team);
  for (const auto& [key, zc] : z) {
    auto t = ones(team[key]);
    t.push_back({zc, -static_cast<double>(pol.team_size)});
    add_row(t, 0, 0);
    auto h = ones(heads[key]);
    h.push_back({zc, -static_cast<double>(min_heads)});
    add_row(h, 0, inf);
  }
  // Constraint 2: one leader per school per team (per date: tighter than per review).
  for (const auto& [key, cols] : school_team) {
    auto t = ones(cols);
    t.push_back({z_of(std::get<1>(key), std::get<2>(key)), -1.0});
    add_row(t, -inf, 0);
  }
  for (const auto& [key, cols] : pair) add_row(ones(cols), -inf, 1);
  // Constraint 5: no reciprocal pairs.
  if (!pol.allow_reciprocal) {
    for (const auto& [key, cols] : pair) {
      auto back = pair.find({key.second, key.first});
      if (key.first < key.second && back != pair.end()) {
        auto t = ones(cols);
        for (int c : back->second) t.push_back({c, 1.0});
        add_row(t, -inf, 1);
      }
    }
  }
  // Constraint 8: per leader, per school and role.
  for (const auto& [l, cols] : by_leader) {
    add_row(ones(cols), -inf, static_cast<double>(m.leader_max_reviews(l)));
  }
  // Constraint 9: one review per leader per date, none while the own school is reviewed;
  // leadership cover: with the school reviewed that day, nobody is away at all.
  for (const auto& [key, cols] : leader_date) {
    auto t = ones(cols);
    const int zc = z_of(m.leader_school(key.first), key.second);
    if (zc >= 0) t.push_back({zc, 1.0});
    add_row(t, -inf, 1);
  }
  if (pol.leadership_cover) {
    for (const auto& [key, cols] : school_date) {
      const double others = static_cast<double>(m.school_leaders(key.first).size()) - 1;
      auto t = ones(cols);
      const int zc = z_of(key.first, key.second);
      if (zc >= 0) t.push_back({zc, others});
      add_row(t, -inf, others);
    }
  }
  // Fairness: e[a, r] >= balance + days - 1.5, e >= 0, days within the cap.
  std::map<std::pair<int, int>, int> e_of;
  for (int a : schools) {
    for (int role = 0; role < 2; ++role) {
      const int e = col(w.fairness_per_day, 0, inf, false);
      e_of[{a, role}] = e;
      std::vector<std::pair<int, double>> t{{e, 1.0}};
      auto it = role_days.find({a, role});
      if (it != role_days.end()) {
        add_row(ones(it->second), -inf, static_cast<double>(m.RoleCap(a, role)));
        for (int c : it->second) t.push_back({c, -1.0});
      }
      add_row(t, m.RoleBalance(a, role) - 1.5, inf);
    }
  }
  // Focus: f[b, k] <= [some member's school is strong in k], f <= [b reviewed].
  std::map<std::pair<int, int>, int> f_of;
  for (int b : reviewees) {
    for (int k : m.focus(b)) {
      std::vector<std::pair<int, double>> t;
      for (const Candidate& c : candidates[b]) {
        const auto& st = m.strengths(c.school);
        if (!std::binary_search(st.begin(), st.end(), k)) continue;
        auto it = pair.find({c.school, b});
        if (it == pair.end()) continue;
        for (int xc : it->second) t.push_back({xc, -1.0});
      }
      if (t.empty() || w.focus_match <= 0) continue;
      const int f = col(-w.focus_match, 0, 1, false);
      f_of[{b, k}] = f;
      t.push_back({f, 1.0});
      add_row(t, -inf, 0);
      std::vector<std::pair<int, double>> reviewed{{f, 1.0}};
      for (int d = 0; d < D; ++d) {
        if (z_of(b, d) >= 0) reviewed.push_back({z_of(b, d), -1.0});
      }
      add_row(reviewed, -inf, 0);
    }
  }

  // Schedules are compared by how many schools they review first: when the incumbent's
  // other terms are within one unreviewed penalty of the least they could be (every
  // coverable focus area matched, nothing paid), a schedule reviewing fewer schools cannot
  // be cheaper. Then the model may demand as many reviews as the incumbent has, and first
  // looks for a schedule with one more: a question CBC answers far faster than the
  // weighted one, whose LP is blind to the count.
  std::vector<std::pair<int, double>> all_z;
  for (const auto& [key, zc] : z) all_z.push_back({zc, 1.0});
  double floor = 0;
  for (int b : reviewees) {
    for (int k : m.focus(b)) {
      for (const Candidate& c : candidates[b]) {
        const auto& st = m.strengths(c.school);
        if (std::binary_search(st.begin(), st.end(), k)) {
          floor -= w.focus_match;
          break;
        }
      }
    }
  }
  const int n = static_cast<int>(reviewees.size());
  auto count_decides = [&](double cost, int reviewed) {
    return cost - w.unreviewed * (n - reviewed) - floor < w.unreviewed;
  };
  auto reviewed_in = [&](const MipResult& r) {
    int count = 0;
    for (const auto& [key, zc] : z) count += r.solution[zc] > 0.5;
    return count;
  };
  // The incumbent as a solution of the model, for CBC's local heuristics.
  std::vector<double> start(mip.columns(), 0.0);
  {
    std::map<std::pair<int, int>, int> days;
    for (const ExactReview& r : incumbent) {
      const int zc = z_of(r.reviewee, r.date);
      if (zc >= 0) start[zc] = 1;
      for (int l : r.leaders) {
        auto it = x_of.find({l, r.reviewee, r.date});
        if (it != x_of.end()) start[it->second] = 1;
        ++days[{m.leader_school(l), m.leader_role(l)}];
        const auto& st = m.strengths(m.leader_school(l));
        for (int k : m.focus(r.reviewee)) {
          auto f = f_of.find({r.reviewee, k});
          if (f != f_of.end() && std::binary_search(st.begin(), st.end(), k)) {
            start[f->second] = 1;
          }
        }
      }
    }
    for (const auto& [key, e] : e_of) {
      start[e] = std::max(0.0, m.RoleBalance(key.first, key.second) + days[key] - 1.5);
    }
  }
  const int incumbent_reviewed = static_cast<int>(incumbent.size());
  double cutoff = incumbent_cost - constant - kCutoffSlack;
  MipResult best;
  int reviewed = incumbent_reviewed;
  // Proven: no schedule reviews more than `reviewed`, so every one costs at least this.
  double count_bound = -inf;
  if (reviewed < n && count_decides(incumbent_cost, reviewed)) {
    // Any schedule with one more review will do (it is cheaper), so without costs: CBC
    // answers a question of feasibility far faster than the weighted one.
    MipModel more = mip;
    more.ClearCosts();
    more.AddRow(all_z, reviewed + 1, inf);
    // A third of the time at most: the weighted search below needs the rest.
    const absl::Time now = absl::Now();
    ASSIGN_OR_RETURN(MipResult found, SolveMip(more, MipModel::kInfinity, NodeLimit(more),
                                               now + (deadline - now) / 3));
    if (found.found) found.objective = mip.Objective(found.solution);
    if (found.found && found.objective < cutoff) {
      best = std::move(found);
      cutoff = best.objective - kCutoffSlack;
      reviewed = reviewed_in(best);
      result.ran = true;
      result.bound = -inf;
    } else if (found.proven && !found.found) {
      count_bound = w.unreviewed * (n - reviewed) + floor;
    }
  }
  if (count_decides(cutoff + constant, reviewed)) mip.AddRow(all_z, reviewed, inf);
  ASSIGN_OR_RETURN(MipResult solved, SolveMip(mip, cutoff, NodeLimit(mip), deadline,
                                              best.found ? &best.solution : &start));
  if (solved.ran) {
    result.ran = true;
    result.proven = solved.proven;
    // A hair below CBC's value, for its tolerances.
    result.bound = solved.bound + constant - kCutoffSlack;
    if (solved.found) best = std::move(solved);
  } else if (count_bound > -inf) {
    result.ran = true;
    result.bound = count_bound;
  }
  if (count_bound > -inf) {
    // The count alone bounds the cost, but never above a schedule that exists.
    const double cheapest = (best.found ? best.objective : cutoff) + constant;
    result.bound = std::max(result.bound, std::min(count_bound, cheapest));
  }
  if (best.found) {
    result.improved = true;
    result.cost = best.objective + constant;
    std::map<std::pair<int, int>, std::vector<int>> chosen;  // (b, d) -> leaders
    for (size_t i = 0; i < xs.size(); ++i) {
      if (best.solution[x[i]] > 0.5) {
        chosen[{xs[i].reviewee, xs[i].date}].push_back(xs[i].leader);
      }
    }
    for (auto& [key, leaders] : chosen) {
      result.reviews.push_back({key.first, key.second, std::move(leaders)});
    }
  }
  return result;
}

}  // namespace partnership::scheduler::internal
