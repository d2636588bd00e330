#include "scheduler/pair_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "common/status_macros.h"
#include "scheduler/mip_solver.h"

namespace partnership::scheduler::internal {

double PriceOf(const DayPrices* prices, int school, int role) {
  if (prices == nullptr) return 0;
  auto it = prices->find({school, role});
  return it == prices->end() ? 0 : it->second;
}

std::vector<PairColumn> CheapestOutsideColumns(
    const Model& m, const std::vector<int>& reviewees,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<char>& inside,
    const DayPrices* prices) {
  constexpr size_t kKeep = 3;
  std::vector<PairColumn> out;
  for (int b : reviewees) {
    // (role, areas covered as a bit mask) -> (arc cost, school), cheapest first.
    std::map<std::pair<int, unsigned>, std::vector<std::pair<double, int>>> classes;
    const std::vector<int>& focus = m.focus(b);
    for (const Candidate& c : candidates[b]) {
      if (inside[c.school]) continue;
      unsigned areas = 0;
      const auto& st = m.strengths(c.school);
      for (size_t k = 0; k < focus.size() && k < 32; ++k) {
        if (std::binary_search(st.begin(), st.end(), focus[k])) areas |= 1u << k;
      }
      for (int role = 0; role < 2; ++role) {
        if (m.RoleCapacity(c.school, role) > 0) {
          const double cost = c.arc_cost + PriceOf(prices, c.school, role);
          classes[{role, areas}].push_back({cost, c.school});
        }
      }
    }
    for (auto& [key, members] : classes) {
      std::sort(members.begin(), members.end());
      for (size_t i = 0; i < members.size() && i < kKeep; ++i) {
        out.push_back({members[i].second, key.first, b});
      }
    }
  }
  return out;
}

namespace {

// A model as rows and columns, with what is needed to read its solution and duals.
struct BuiltModel {
  MipModel mip;
  double constant = 0;  // Spec cost = objective + constant.
  std::vector<PairColumn> all;  // Exact then open; column i of `mip` is all[i].
  // (school, role) -> the rows a day of it appears in, with its coefficient there.
  std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> day_rows;
  std::map<std::pair<int, int>, int> sold;  // (school, role) -> days sold at `prices`.
  int first_column = 0;  // Column of all[0].
  // The rows an exact column (school a, role, reviewee b) would be in, besides a's days':
  // b's team and heads, (a, b)'s one-leader-per-school and reciprocity, b's focus areas.
  std::map<int, int> team_row, head_row;
  std::map<std::pair<int, int>, int> pair_row, reciprocal_row, focus_row;
};

BuiltModel Build(const Model& m, const std::vector<int>& reviewees,
                 const std::vector<int>& schools,
                 const std::vector<std::vector<Candidate>>& candidates,
                 const std::vector<PairColumn>& exact, const std::vector<PairColumn>& open,
                 const FixedOutside* fixed, int max_reviews, const DayPrices* prices) {
  BuiltModel built;
  MipModel& mip = built.mip;
  double& constant = built.constant;
  std::map<int, int> z;  // Reviewee -> "is reviewed".
  auto& all = built.all;
  const Policy& pol = m.problem().policy;
  const Weights& w = m.problem().weights;
  const double inf = MipModel::kInfinity;
  std::vector<std::pair<int, double>> reviewed;
  for (int b : reviewees) {
    constant += w.unreviewed;
    bool hostable = false;
    for (int d = 0; d < m.num_dates(); ++d) hostable |= m.host_free_on(b, d);
    z[b] = mip.AddColumn(-w.unreviewed, 0, hostable ? 1 : 0, true);
    reviewed.push_back({z[b], 1.0});
  }
  mip.AddRow(reviewed, -inf, max_reviews);
  absl::flat_hash_map<std::pair<int, int>, double> arc_cost;  // (school, reviewee)
  for (int b : reviewees) {
    for (const Candidate& c : candidates[b]) arc_cost[{c.school, b}] = c.arc_cost;
  }
  all = exact;
  all.insert(all.end(), open.begin(), open.end());
  built.first_column = mip.columns();
  std::map<int, std::vector<std::pair<int, double>>> team, heads;
  std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> pair, days;
  for (size_t i = 0; i < all.size(); ++i) {
    const PairColumn& c = all[i];
    const double price = i < exact.size() ? 0 : PriceOf(prices, c.school, c.role);
    const int v = mip.AddColumn(arc_cost[{c.school, c.reviewee}] + price, 0, 1, true);
    team[c.reviewee].push_back({v, 1.0});
    if (c.role == kHead) heads[c.reviewee].push_back({v, 1.0});
    pair[{c.school, c.reviewee}].push_back({v, 1.0});
    if (i < exact.size()) days[{c.school, c.role}].push_back({v, 1.0});
  }
  // Fixed members: their cost is a constant, they fill places and cover focus areas.
  std::map<int, int> fixed_members, fixed_heads;
  std::map<int, std::vector<int>> fixed_areas;
  if (fixed != nullptr) {
    for (const auto& [b, seats] : fixed->members) {
      for (const Seat& seat : seats) {
        constant += arc_cost[{seat.school, b}];
        ++fixed_members[b];
        fixed_heads[b] += seat.role == kHead;
        const auto& st = m.strengths(seat.school);
        for (int k : m.focus(b)) {
          if (std::binary_search(st.begin(), st.end(), k)) fixed_areas[b].push_back(k);
        }
      }
    }
  }
  auto given_outside = [&](int a, int role) {
    if (fixed == nullptr) return 0;
    auto it = fixed->days.find({a, role});
    return it == fixed->days.end() ? 0 : it->second;
  };
  const int min_heads = std::max(1, pol.min_heads_per_team);
  for (int b : reviewees) {
    auto t = team[b];
    t.push_back({z[b], -static_cast<double>(pol.team_size)});
    built.team_row[b] = mip.rows();
    mip.AddRow(t, -fixed_members[b], -fixed_members[b]);
    auto h = heads[b];
    h.push_back({z[b], -static_cast<double>(min_heads)});
    built.head_row[b] = mip.rows();
    mip.AddRow(h, -fixed_heads[b], inf);
  }
  // One leader per school per team, and only on a review that takes place. A school that
  // can send either role also gets a column "one of a's leaders reviews b", which CBC
  // branches on before the roles. Its head and deputy columns cost the same arc, so a
  // branch that forbade one left the other to take its place and decided nothing: a group
  // of 43 took CBC 1.4 s, and a cross-group county's joined MIP took 1,000 nodes (30 s) to
  // prove; deciding which schools go first, then their roles, proves it in 50.
  for (const auto& [key, terms] : pair) {
    auto t = terms;
    built.pair_row[key] = mip.rows();
    if (terms.size() > 1) {
      const int sent = mip.AddColumn(0, 0, 1, true);
      mip.SetPriority(sent, MipModel::kDefaultPriority - 1);
      t.push_back({sent, -1.0});
      mip.AddRow(t, 0, 0);
      mip.AddRow({{sent, 1.0}, {z[key.second], -1.0}}, -inf, 0);
    } else {
      t.push_back({z[key.second], -1.0});
      mip.AddRow(t, -inf, 0);
    }
  }
  // Reciprocity binds exact columns only (open ones stand for any of their class).
  if (!pol.allow_reciprocal) {
    std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> exact_pair;
    for (size_t i = 0; i < exact.size(); ++i) {
      exact_pair[{exact[i].school, exact[i].reviewee}].push_back(
          {built.first_column + static_cast<int>(i), 1.0});
    }
    for (const auto& [key, terms] : exact_pair) {
      auto back = exact_pair.find({key.second, key.first});
      if (key.first < key.second && back != exact_pair.end()) {
        auto t = terms;
        t.insert(t.end(), back->second.begin(), back->second.end());
        built.reciprocal_row[key] = mip.rows();
        mip.AddRow(t, -inf, 1);
      }
    }
  }
  // Priced: each school of the part may sell days to the rest at their price (the
  // Lagrangian subproblem of SolveWithLenders).
  if (prices != nullptr) {
    for (int a : schools) {
      for (int role = 0; role < 2; ++role) {
        const double price = PriceOf(prices, a, role);
        if (price <= 0 || m.RoleCapacity(a, role) == 0) continue;
        const int v = mip.AddColumn(-price, 0, m.RoleCapacity(a, role), true);
        built.sold[{a, role}] = v;
        days[{a, role}].push_back({v, 1.0});
      }
    }
  }
  // Days within what the role's trained leaders can give; fairness on the days given:
  // e >= g(days) with g(n) = max(0, balance + n - 1.5) for whole n. Beside e >= 0 and
  // e >= balance + days - 1.5, the chord of g between the two whole numbers around its kink
  // (there is one where the balance is a whole number) holds at every whole n: without it
  // the LP gives such a school 1.5 days at no fairness cost, and a county's LP lies ten
  // times further below its optimum (-1,125 against -158). Most groups' MIPs are faster
  // with them (a county 0.75 s against 1.1 s, a country 41 s against 50 s), a few slower
  // (one county group of 41: 4.8 s against 2.6 s). Given to CBC as stored cuts instead,
  // checked at every node, they cost the country its gap.
  for (int a : schools) {
    for (int role = 0; role < 2; ++role) {
      const int e = mip.AddColumn(w.fairness_per_day, 0, inf, false);
      std::vector<std::pair<int, double>> t{{e, 1.0}};
      auto it = days.find({a, role});
      const int away = given_outside(a, role);
      const double balance = m.RoleBalance(a, role);
      auto& rows = built.day_rows[{a, role}];
      if (it != days.end()) {
        rows.push_back({mip.rows(), 1.0});
        mip.AddRow(it->second, -inf, m.RoleCapacity(a, role) - away);
        for (const auto& [c, v] : it->second) t.push_back({c, -1.0});
        auto g = [&](int n) { return std::max(0.0, balance + n - 1.5); };
        for (int n = away; n < m.RoleCapacity(a, role); ++n) {
          const double slope = g(n + 1) - g(n);
          if (slope <= 1e-9 || slope >= 1 - 1e-9) continue;  // Already one of e's rows.
          std::vector<std::pair<int, double>> chord{{e, 1.0}};
          for (const auto& [c, v] : it->second) chord.push_back({c, -slope});
          rows.push_back({mip.rows(), -slope});
          mip.AddRow(chord, g(n) - slope * (n - away), inf);
        }
      }
      if (it != days.end()) rows.push_back({mip.rows(), -1.0});
      mip.AddRow(t, balance - 1.5 + away, inf);
    }
  }
  // Focus: area k of b is matched if a member's school is strong in it.
  if (w.focus_match > 0) {
    for (int b : reviewees) {
      for (int k : m.focus(b)) {
        std::vector<std::pair<int, double>> t;
        for (const Candidate& c : candidates[b]) {
          const auto& st = m.strengths(c.school);
          if (!std::binary_search(st.begin(), st.end(), k)) continue;
          auto it = pair.find({c.school, b});
          if (it == pair.end()) continue;
          for (const auto& [col, v] : it->second) t.push_back({col, -1.0});
        }
        const bool covered = std::find(fixed_areas[b].begin(), fixed_areas[b].end(), k) !=
                             fixed_areas[b].end();
        if (t.empty() && !covered) continue;
        const int f = mip.AddColumn(-w.focus_match, 0, 1, false);
        t.push_back({f, 1.0});
        built.focus_row[{b, k}] = mip.rows();
        mip.AddRow(t, -inf, covered ? 1 : 0);
        mip.AddRow({{f, 1.0}, {z[b], -1.0}}, -inf, 0);
      }
    }
  }
  return built;
}

}  // namespace

absl::StatusOr<PairRelaxation> SolvePairModel(const Model& m, const std::vector<int>& reviewees,
                                              const std::vector<int>& schools,
                                              const std::vector<std::vector<Candidate>>& candidates,
                                              const std::vector<PairColumn>& exact,
                                              const std::vector<PairColumn>& open,
                                              const FixedOutside* fixed, int max_reviews,
                                              const PairSearch& search) {
  PairRelaxation out;
  const BuiltModel built = Build(m, reviewees, schools, candidates, exact, open, fixed,
                                 max_reviews, search.prices);
  ASSIGN_OR_RETURN(const MipResult solved,
                   SolveMip(built.mip, search.cutoff - built.constant, search.max_nodes,
                            search.deadline, nullptr, search.tuning, search.basis));
  if (!solved.ran || !std::isfinite(solved.bound)) return out;
  out.ran = true;
  out.proven = solved.proven;
  out.bound = solved.bound + built.constant - kBoundSlack;
  if (solved.found) {
    out.objective = solved.objective + built.constant;
    out.seats.assign(m.num_schools(), {});
    for (size_t i = 0; i < built.all.size(); ++i) {
      if (solved.solution[built.first_column + i] > 0.5) {
        out.seats[built.all[i].reviewee].push_back({built.all[i].school, built.all[i].role});
        if (i >= exact.size()) out.uses_open = true;
      }
    }
    if (fixed != nullptr) {
      for (const auto& [b, seats] : fixed->members) {
        out.seats[b].insert(out.seats[b].end(), seats.begin(), seats.end());
      }
    }
    for (const auto& [key, column] : built.sold) {
      const int days = static_cast<int>(std::lround(solved.solution[column]));
      if (days > 0) out.sold[key] = days;
    }
  }
  return out;
}

absl::StatusOr<LenderPrices> PriceLendersByLp(const Model& m, const std::vector<int>& reviewees,
                                              const std::vector<int>& schools,
                                              const std::vector<std::vector<Candidate>>& candidates,
                                              const std::vector<PairColumn>& exact,
                                              const std::vector<PairColumn>& open,
                                              int max_reviews) {
  LenderPrices out;
  const BuiltModel built =
      Build(m, reviewees, schools, candidates, exact, open, nullptr, max_reviews, nullptr);
  // The columns between groups, for the LP to dive on (cross_members).
  std::vector<int> crossing;
  for (size_t i = 0; i < exact.size(); ++i) {
    if (m.group(exact[i].school) != m.group(exact[i].reviewee)) {
      crossing.push_back(built.first_column + static_cast<int>(i));
    }
  }
  ASSIGN_OR_RETURN(const LpResult lp, SolveLp(built.mip, crossing));
  if (!lp.solved) return out;
  const std::vector<double>& members_from = lp.dived.empty() ? lp.values : lp.dived;
  out.solved = true;
  out.bound = lp.objective + built.constant - kBoundSlack;
  out.exact = exact;
  out.open = open;
  out.reduced_costs.assign(lp.reduced_costs.begin() + built.first_column,
                           lp.reduced_costs.begin() + built.first_column + built.all.size());
  out.cross_members.assign(m.num_schools(), {});
  for (size_t i = 0; i < built.all.size(); ++i) {
    const PairColumn& c = built.all[i];
    if (m.group(c.school) == m.group(c.reviewee)) continue;
    if (members_from[built.first_column + i] < 0.5) continue;
    std::vector<Seat>& members = out.cross_members[c.reviewee];
    const bool taken = std::any_of(members.begin(), members.end(),
                                   [&](const Seat& s) { return s.school == c.school; });
    if (!taken) members.push_back({c.school, c.role});
  }
  // A day's reduced cost is its column's cost less the duals of its rows; the days' rows'
  // share of that is the lender's price.
  ColumnDuals& duals = out.duals;
  for (const auto& [key, rows] : built.day_rows) {
    double price = 0;
    for (const auto& [row, coefficient] : rows) price -= lp.duals[row] * coefficient;
    duals.day[key] = price;
    if (price > 1e-9) out.prices[key] = price;
  }
  for (const auto& [b, row] : built.team_row) duals.team[b] = lp.duals[row];
  for (const auto& [b, row] : built.head_row) duals.head[b] = lp.duals[row];
  for (const auto& [key, row] : built.pair_row) duals.pair[key] = lp.duals[row];
  for (const auto& [key, row] : built.reciprocal_row) duals.reciprocal[key] = lp.duals[row];
  for (const auto& [key, row] : built.focus_row) duals.focus[key] = lp.duals[row];
  return out;
}

absl::StatusOr<std::map<int, double>> CrossingBounds(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<PairColumn>& exact,
    const std::vector<PairColumn>& open, int max_reviews, LpBasis* basis) {
  const BuiltModel built =
      Build(m, reviewees, schools, candidates, exact, open, nullptr, max_reviews, nullptr);
  std::map<int, LpProbe> crossing;  // Group -> at least one of its crossing columns.
  for (size_t i = 0; i < exact.size(); ++i) {
    const int from = m.group(exact[i].school), to = m.group(exact[i].reviewee);
    if (from == to) continue;
    const int column = built.first_column + static_cast<int>(i);
    for (int g : {from, to}) {
      crossing[g].terms.push_back({column, 1.0});
      crossing[g].lo = 1;
    }
  }
  std::map<int, double> out;
  if (crossing.empty()) return out;
  std::vector<LpProbe> probes;
  for (const auto& [g, probe] : crossing) probes.push_back(probe);
  ASSIGN_OR_RETURN(const std::vector<double> optima, ProbeLp(built.mip, probes, basis));
  if (optima.size() != probes.size()) return out;
  size_t k = 0;
  for (const auto& [g, probe] : crossing) {
    const double optimum = optima[k++];
    if (optimum == -MipModel::kInfinity) continue;
    out[g] = optimum == MipModel::kInfinity ? optimum : optimum + built.constant;
  }
  return out;
}

double ReducedCost(const Model& m, const ColumnDuals& duals, const PairColumn& c,
                   double arc_cost) {
  auto dual = [](const auto& rows, const auto& key) {
    auto it = rows.find(key);
    return it == rows.end() ? 0.0 : it->second;
  };
  const auto [a, role, b] = c;
  double rc = arc_cost - dual(duals.team, b) + dual(duals.day, std::make_pair(a, role));
  if (role == kHead) rc -= dual(duals.head, b);
  rc -= dual(duals.pair, std::make_pair(a, b));
  rc -= dual(duals.reciprocal, std::make_pair(std::min(a, b), std::max(a, b)));
  // An area no column of the LP covers has no row yet: the column would earn it whole.
  const auto& strengths = m.strengths(a);
  for (int k : m.focus(b)) {
    if (!std::binary_search(strengths.begin(), strengths.end(), k)) continue;
    auto it = duals.focus.find({b, k});
    rc += it != duals.focus.end() ? it->second : -m.problem().weights.focus_match;
  }
  return rc;
}

}  // namespace partnership::scheduler::internal
