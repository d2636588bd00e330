// The exact MIP (see scheduler_mip.h). Variables:
//   z[b,d]  binary  school b is reviewed on date d (only dates b can host)
//   x[l,b,d] binary leader l reviews b on d (only trained leaders, allowed pairs, free dates)
//   u[a,b]  binary  some leader of school a reviews b (= sum of a's x to b)
//   f[b,k]  binary  focus area k of b is matched by a team member's strength
//   e[a,r]  >= 0    fairness excess of school a in role r
// The lead is not a variable: a team with at least one HEAD can always name one, so
// constraint 3 becomes "at least max(minHeadsPerTeam, 1) HEADs", and the first HEAD leads.
#include "bench/scheduler_mip.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include <coin/CbcModel.hpp>
#include <coin/CoinError.hpp>
#include <coin/CoinFinite.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/OsiClpSolverInterface.hpp>

#include "partnership/scheduler/check.h"

namespace partnership::bench {
namespace {

using scheduler::LeaderRole;
using scheduler::Problem;
using scheduler::School;

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

struct Builder {
  std::vector<double> obj, lb, ub;
  std::vector<char> integer;
  struct Row {
    std::vector<std::pair<int, double>> terms;
    double lo, hi;
  };
  std::vector<Row> rows;

  int Col(double cost, double lo, double hi, bool is_int) {
    obj.push_back(cost);
    lb.push_back(lo);
    ub.push_back(hi);
    integer.push_back(is_int);
    return static_cast<int>(obj.size()) - 1;
  }
  void AddRow(std::vector<std::pair<int, double>> terms, double lo, double hi) {
    rows.push_back({std::move(terms), lo, hi});
  }
};

struct XVar {
  int col, leader_school, leader, reviewee, date;
};

}  // namespace

MipResult SolveMip(const Problem& p, double time_limit_seconds) {
  MipResult out;
  const auto start = std::chrono::steady_clock::now();
  const double inf = COIN_DBL_MAX;
  const int n = static_cast<int>(p.schools.size());
  const int nd = static_cast<int>(p.dates.size());
  std::map<std::string, int> index;
  for (int i = 0; i < n; ++i) index[p.schools[i].id] = i;
  std::set<std::pair<int, int>> conflict, recent;  // Ordered (reviewer, reviewee).
  for (const auto& c : p.conflicts) {
    if (!index.count(c.a) || !index.count(c.b)) continue;
    conflict.insert({index[c.a], index[c.b]});
    conflict.insert({index[c.b], index[c.a]});
  }
  for (const auto& h : p.history) {  // Constraint 6, history.
    if (index.count(h.reviewer) && index.count(h.reviewee) &&
        h.cycles_ago <= p.policy.repeat_window_cycles) {
      recent.insert({index[h.reviewer], index[h.reviewee]});
    }
  }
  auto km = [&](int a, int b) {
    return scheduler::HaversineKm(p.schools[a].lat, p.schools[a].lon, p.schools[b].lat,
                                  p.schools[b].lon);
  };
  // Constraints 2 (own school), 6, 7, 10: a pair that may not review has no variables.
  auto allowed = [&](int a, int b) {
    const School& sa = p.schools[a];
    const School& sb = p.schools[b];
    if (a == b || !sb.receives_review || conflict.count({a, b}) || recent.count({a, b})) {
      return false;
    }
    if (p.policy.avoid_same_trust && !sa.trust.empty() && sa.trust == sb.trust) return false;
    if (!p.policy.cross_group && sa.group != sb.group) return false;
    return !(p.policy.max_travel_km > 0 && km(a, b) > p.policy.max_travel_km);
  };

  Builder m;
  double constant = 0;
  // Constraint 1: z only on dates b can host; at most one date per school.
  std::vector<std::vector<int>> z(n, std::vector<int>(nd, -1));
  for (int b = 0; b < n; ++b) {
    if (!p.schools[b].receives_review) continue;
    constant += p.weights.unreviewed;
    for (int d = 0; d < nd; ++d) {
      if (!Has(p.schools[b].host_unavailable_dates, p.dates[d])) {
        z[b][d] = m.Col(-p.weights.unreviewed, 0, 1, true);
      }
    }
  }
  // Constraints 2 (own school), 4 (trained), 6, 7, 9 (unavailable dates), 10: x only where
  // allowed. Cost: travel and cross-group per assignment.
  std::vector<XVar> xs;
  for (int a = 0; a < n; ++a) {
    const School& sa = p.schools[a];
    for (int li = 0; li < static_cast<int>(sa.leaders.size()); ++li) {
      const auto& l = sa.leaders[li];
      if (!l.trained || l.max_reviews <= 0) continue;
      for (int b = 0; b < n; ++b) {
        if (!allowed(a, b)) continue;
        const double c = p.weights.travel_per_km * km(a, b) +
                         (sa.group != p.schools[b].group ? p.weights.cross_group : 0);
        for (int d = 0; d < nd; ++d) {
          if (z[b][d] < 0 || Has(l.unavailable_dates, p.dates[d])) continue;
          xs.push_back({m.Col(c, 0, 1, true), a, li, b, d});
        }
      }
    }
  }
  // Constraint 2 (one leader per school per team) and 5: u[a,b] = sum of a's x to b, binary.
  std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> pair_terms;
  for (const XVar& v : xs) pair_terms[{v.leader_school, v.reviewee}].push_back({v.col, 1.0});
  std::map<std::pair<int, int>, int> u;
  for (auto& [key, terms] : pair_terms) {
    const int col = m.Col(0, 0, 1, true);
    u[key] = col;
    auto row = terms;
    row.push_back({col, -1.0});
    m.AddRow(std::move(row), 0, 0);
  }
  if (!p.policy.allow_reciprocal) {  // Constraint 5.
    for (const auto& [key, col] : u) {
      auto back = u.find({key.second, key.first});
      if (key.first < key.second && back != u.end()) {
        m.AddRow({{col, 1.0}, {back->second, 1.0}}, -inf, 1);
      }
    }
  }
  // Constraints 1 (team size) and 3 (heads) per (b, d); one review per school.
  std::vector<std::vector<std::vector<std::pair<int, double>>>> team(
      n, std::vector<std::vector<std::pair<int, double>>>(nd)),
      heads = team;
  for (const XVar& v : xs) {
    team[v.reviewee][v.date].push_back({v.col, 1.0});
    if (p.schools[v.leader_school].leaders[v.leader].role == LeaderRole::kHead) {
      heads[v.reviewee][v.date].push_back({v.col, 1.0});
    }
  }
  const int min_heads = std::max(p.policy.min_heads_per_team, 1);
  for (int b = 0; b < n; ++b) {
    std::vector<std::pair<int, double>> once;
    for (int d = 0; d < nd; ++d) {
      if (z[b][d] < 0) continue;
      once.push_back({z[b][d], 1.0});
      auto t = team[b][d];
      t.push_back({z[b][d], -static_cast<double>(p.policy.team_size)});
      m.AddRow(std::move(t), 0, 0);
      auto h = heads[b][d];
      h.push_back({z[b][d], -static_cast<double>(min_heads)});
      m.AddRow(std::move(h), 0, inf);
    }
    if (!once.empty()) m.AddRow(std::move(once), -inf, 1);
  }
  // Constraint 8: per school and role, per leader. Constraint 9: per leader and date (at most
  // one review, none on the own school's review date), leadership cover per school and date.
  std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> role_days, leader_all;
  std::map<std::tuple<int, int, int>, std::vector<std::pair<int, double>>> leader_date;
  std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> school_date;
  for (const XVar& v : xs) {
    const auto role = p.schools[v.leader_school].leaders[v.leader].role;
    role_days[{v.leader_school, role == LeaderRole::kHead ? 0 : 1}].push_back({v.col, 1.0});
    leader_all[{v.leader_school, v.leader}].push_back({v.col, 1.0});
    leader_date[{v.leader_school, v.leader, v.date}].push_back({v.col, 1.0});
    school_date[{v.leader_school, v.date}].push_back({v.col, 1.0});
  }
  for (const auto& [key, terms] : leader_all) {
    m.AddRow(terms, -inf, p.schools[key.first].leaders[key.second].max_reviews);
  }
  for (auto [key, terms] : leader_date) {
    const auto [a, li, d] = key;
    if (z[a][d] >= 0) terms.push_back({z[a][d], 1.0});
    m.AddRow(std::move(terms), -inf, 1);
  }
  if (p.policy.leadership_cover) {
    for (const auto& [key, terms] : school_date) {
      m.AddRow(terms, -inf, static_cast<double>(p.schools[key.first].leaders.size()) - 1);
    }
  }
  // Cost, fairness: e[a,r] >= balance + days - 1.5, e >= 0. With the cap (constraint 8).
  for (int a = 0; a < n; ++a) {
    const School& s = p.schools[a];
    for (int r = 0; r < 2; ++r) {
      const double balance = r == 0 ? s.head_days_balance : s.deputy_days_balance;
      const int cap = r == 0 ? s.head_days_max : s.deputy_days_max;
      auto it = role_days.find({a, r});
      const auto terms = it == role_days.end() ? std::vector<std::pair<int, double>>{}
                                               : it->second;
      if (!terms.empty()) m.AddRow(terms, -inf, cap);
      const int e = m.Col(p.weights.fairness_per_day, 0, inf, false);
      std::vector<std::pair<int, double>> row{{e, 1.0}};
      for (const auto& [col, coef] : terms) row.push_back({col, -1.0});
      m.AddRow(std::move(row), balance - 1.5, inf);
    }
  }
  // Cost, focus: f[b,k] <= sum over schools strong in k of u[a,b].
  for (int b = 0; b < n; ++b) {
    const std::set<std::string> focus(p.schools[b].focus_areas.begin(),
                                      p.schools[b].focus_areas.end());
    for (const std::string& k : focus) {
      std::vector<std::pair<int, double>> row;
      for (int a = 0; a < n; ++a) {
        auto it = u.find({a, b});
        if (it != u.end() && Has(p.schools[a].strengths, k)) row.push_back({it->second, -1.0});
      }
      if (row.empty()) continue;
      row.push_back({m.Col(-p.weights.focus_match, 0, 1, true), 1.0});
      m.AddRow(std::move(row), -inf, 0);
    }
  }
  // Constraint 11: locks.
  for (const auto& lock : p.locked) {
    auto bi = index.find(lock.reviewee);
    if (bi == index.end()) continue;
    const int b = bi->second;
    std::vector<std::pair<int, double>> once;
    for (int d = 0; d < nd; ++d) {
      if (z[b][d] < 0) continue;
      if (!lock.date.empty() && p.dates[d] != lock.date) {
        m.ub[z[b][d]] = 0;
      } else {
        once.push_back({z[b][d], 1.0});
      }
    }
    m.AddRow(std::move(once), 1, 1);
    for (const std::string& id : lock.leaders) {
      std::vector<std::pair<int, double>> row;
      for (const XVar& v : xs) {
        if (v.reviewee == b && p.schools[v.leader_school].leaders[v.leader].id == id) {
          row.push_back({v.col, 1.0});
        }
      }
      m.AddRow(std::move(row), 1, 1);
    }
  }

  out.columns = static_cast<int>(m.obj.size());
  out.rows = static_cast<int>(m.rows.size());
  try {
    CoinPackedMatrix matrix(false, 0, 0);  // Row-ordered.
    matrix.setDimensions(0, out.columns);
    std::vector<double> row_lo, row_hi;
    for (const auto& row : m.rows) {
      std::vector<int> cols;
      std::vector<double> coefs;
      for (const auto& [c, v] : row.terms) {
        cols.push_back(c);
        coefs.push_back(v);
      }
      matrix.appendRow(static_cast<int>(cols.size()), cols.data(), coefs.data());
      row_lo.push_back(row.lo);
      row_hi.push_back(row.hi);
    }
    OsiClpSolverInterface solver;
    solver.loadProblem(matrix, m.lb.data(), m.ub.data(), m.obj.data(), row_lo.data(),
                       row_hi.data());
    for (int c = 0; c < out.columns; ++c) {
      if (m.integer[c]) solver.setInteger(c);
    }
    solver.messageHandler()->setLogLevel(0);
    CbcModel model(solver);
    CbcMain0(model);
    const std::string seconds = std::to_string(time_limit_seconds);
    const char* argv[] = {"mip_compare", "-log", "0", "-seconds", seconds.c_str(), "-solve",
                          "-quit"};
    CbcMain1(7, argv, model);
    out.solved = true;
    out.optimal = model.isProvenOptimal();
    out.bound = model.getBestPossibleObjValue() + constant;
    const double* sol = model.bestSolution();
    if (sol != nullptr) {
      out.has_solution = true;
      out.objective = model.getObjValue() + constant;
      scheduler::Schedule& s = out.schedule;
      s.cycle = p.cycle;
      for (int b = 0; b < n; ++b) {
        int date = -1;
        for (int d = 0; d < nd; ++d) {
          if (z[b][d] >= 0 && sol[z[b][d]] > 0.5) date = d;
        }
        if (date < 0) {
          if (p.schools[b].receives_review) {
            s.unreviewed.push_back({p.schools[b].id, {"the MIP left it unreviewed"}});
          }
          continue;
        }
        scheduler::Review r{p.schools[b].id, p.dates[date], {}};
        bool lead = false;
        for (const XVar& v : xs) {
          if (v.reviewee != b || v.date != date || sol[v.col] < 0.5) continue;
          const auto& l = p.schools[v.leader_school].leaders[v.leader];
          const bool is_lead = !lead && l.role == LeaderRole::kHead;
          lead |= is_lead;
          r.team.push_back({l.id, p.schools[v.leader_school].id, l.role, is_lead});
        }
        s.reviews.push_back(std::move(r));
      }
    }
  } catch (const CoinError& e) {
    out.solved = false;
    out.error = e.message();
  } catch (const std::exception& e) {
    out.solved = false;
    out.error = e.what();
  }
  out.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace partnership::bench
