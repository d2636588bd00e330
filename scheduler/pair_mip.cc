#include "scheduler/pair_mip.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <thread>
#include <utility>

#include "common/status_macros.h"
#include "scheduler/mip_solver.h"

namespace partnership::scheduler::internal {
namespace {

// Components with more school-role-reviewee columns than this keep the flow bound: a
// county group of 45 has about 4,000.
constexpr int kMaxPairColumns = 8000;
// CBC's node limit (reproducible, unlike seconds).
constexpr int kMaxNodes = 5000;
// CBC proves optimality to within its own tolerances; the bound is reported this much
// below its value so that it stays a proof.
constexpr double kBoundSlack = 1e-4;

struct Column {
  int school, role, reviewee;
};

// The model's columns for `reviewees` from reviewers inside the part (all if `inside` is
// null).
std::vector<Column> Columns(const Model& m, const std::vector<int>& reviewees,
                            const std::vector<std::vector<Candidate>>& candidates,
                            const std::vector<char>* inside) {
  std::vector<Column> ys;
  for (int b : reviewees) {
    for (const Candidate& c : candidates[b]) {
      if (inside != nullptr && !(*inside)[c.school]) continue;
      for (int role = 0; role < 2; ++role) {
        if (m.RoleCapacity(c.school, role) > 0) ys.push_back({c.school, role, b});
      }
    }
  }
  return ys;
}

// The columns from outside a part for its reviewees, at their arc cost and using none of
// their schools' days: of the outside schools that send a given role and cover the same
// focus areas of the reviewee, only the three cheapest. Nothing is lost: a team has three
// members at most, one per school, so a team using a dropped column can swap it for a kept
// one of the same role and areas not on the team yet, at no greater cost. Only ever
// cheaper than the real thing, which also costs the lender's group its day.
std::vector<Column> CheapestOutsideColumns(const Model& m, const std::vector<int>& reviewees,
                                           const std::vector<std::vector<Candidate>>& candidates,
                                           const std::vector<char>& inside) {
  constexpr size_t kKeep = 3;
  std::vector<Column> out;
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
          classes[{role, areas}].push_back({c.arc_cost, c.school});
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

// What the rest of a schedule fixes for one group: members from other groups on its
// reviews, and the days its schools give to other groups.
struct Outside {
  std::map<int, std::vector<Seat>> members;  // Reviewee -> seats from other groups.
  std::map<std::pair<int, int>, int> days;   // (school, role) -> days given outside.
};

// The date-free model of `reviewees` and `schools` (a component, or one group of it when
// `inside` marks the group's schools: the rest is fixed as `outside` says, or without it
// open to the part's reviewees as CheapestOutsideColumns).
absl::StatusOr<PairRelaxation> SolvePart(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<Column>& ys,
    const std::vector<char>* inside, const Outside* outside, int max_reviews,
    absl::Time deadline) {
  PairRelaxation out;
  const Policy& pol = m.problem().policy;
  const Weights& w = m.problem().weights;
  const double inf = MipModel::kInfinity;
  MipModel mip;
  double constant = 0;
  std::map<int, int> z;
  std::vector<std::pair<int, double>> reviewed;
  for (int b : reviewees) {
    constant += w.unreviewed;
    bool hostable = false;
    for (int d = 0; d < m.num_dates(); ++d) hostable |= m.host_free_on(b, d);
    z[b] = mip.AddColumn(-w.unreviewed, 0, hostable ? 1 : 0, true);
    reviewed.push_back({z[b], 1.0});
  }
  mip.AddRow(reviewed, -inf, max_reviews);
  std::map<std::pair<int, int>, double> arc_cost;
  for (int b : reviewees) {
    for (const Candidate& c : candidates[b]) arc_cost[{c.school, b}] = c.arc_cost;
  }
  std::vector<int> y(ys.size());
  std::map<int, std::vector<std::pair<int, double>>> team, heads;
  std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> pair, days;
  for (size_t i = 0; i < ys.size(); ++i) {
    const Column& c = ys[i];
    y[i] = mip.AddColumn(arc_cost[{c.school, c.reviewee}], 0, 1, true);
    team[c.reviewee].push_back({y[i], 1.0});
    if (c.role == kHead) heads[c.reviewee].push_back({y[i], 1.0});
    pair[{c.school, c.reviewee}].push_back({y[i], 1.0});
    days[{c.school, c.role}].push_back({y[i], 1.0});
  }
  // Or fixed: their cost is a constant, they fill places and cover focus areas.
  std::map<int, int> fixed_members, fixed_heads;
  std::map<int, std::vector<int>> fixed_areas;
  if (outside != nullptr) {
    for (const auto& [b, seats] : outside->members) {
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
    if (outside == nullptr) return 0;
    auto it = outside->days.find({a, role});
    return it == outside->days.end() ? 0 : it->second;
  };
  // Or open: the cheapest outside columns, at their arc cost, using no outside days.
  std::vector<Column> bought;
  std::vector<int> bought_col;
  if (inside != nullptr && outside == nullptr) {
    bought = CheapestOutsideColumns(m, reviewees, candidates, *inside);
    for (const Column& c : bought) {
      const int v = mip.AddColumn(arc_cost[{c.school, c.reviewee}], 0, 1, true);
      bought_col.push_back(v);
      team[c.reviewee].push_back({v, 1.0});
      if (c.role == kHead) heads[c.reviewee].push_back({v, 1.0});
      pair[{c.school, c.reviewee}].push_back({v, 1.0});
    }
  }
  const int min_heads = std::max(1, pol.min_heads_per_team);
  for (int b : reviewees) {
    auto t = team[b];
    t.push_back({z[b], -static_cast<double>(pol.team_size)});
    mip.AddRow(t, -fixed_members[b], -fixed_members[b]);
    auto h = heads[b];
    h.push_back({z[b], -static_cast<double>(min_heads)});
    mip.AddRow(h, -fixed_heads[b], inf);
  }
  // One leader per school per team, and only on a review that takes place.
  for (const auto& [key, terms] : pair) {
    auto t = terms;
    t.push_back({z[key.second], -1.0});
    mip.AddRow(t, -inf, 0);
  }
  if (!pol.allow_reciprocal) {
    for (const auto& [key, terms] : pair) {
      auto back = pair.find({key.second, key.first});
      if (key.first < key.second && back != pair.end()) {
        auto t = terms;
        t.insert(t.end(), back->second.begin(), back->second.end());
        mip.AddRow(t, -inf, 1);
      }
    }
  }
  // Days within what the role's trained leaders can give; fairness on the days given.
  for (int a : schools) {
    for (int role = 0; role < 2; ++role) {
      const int e = mip.AddColumn(w.fairness_per_day, 0, inf, false);
      std::vector<std::pair<int, double>> t{{e, 1.0}};
      auto it = days.find({a, role});
      const int away = given_outside(a, role);
      if (it != days.end()) {
        mip.AddRow(it->second, -inf, m.RoleCapacity(a, role) - away);
        for (const auto& [c, v] : it->second) t.push_back({c, -1.0});
      }
      mip.AddRow(t, m.RoleBalance(a, role) - 1.5 + away, inf);
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
        mip.AddRow(t, -inf, covered ? 1 : 0);
        mip.AddRow({{f, 1.0}, {z[b], -1.0}}, -inf, 0);
      }
    }
  }
  ASSIGN_OR_RETURN(const MipResult solved,
                   SolveMip(mip, MipModel::kInfinity, kMaxNodes, deadline));
  if (!solved.ran || !std::isfinite(solved.bound)) return out;
  out.ran = true;
  out.proven = solved.proven;
  // CBC's tolerances: a hair below its value, so that the bound stays a proof.
  out.bound = solved.bound + constant - kBoundSlack;
  if (solved.found) {
    out.seats.assign(m.num_schools(), {});
    for (size_t i = 0; i < ys.size(); ++i) {
      if (solved.solution[y[i]] > 0.5) {
        out.seats[ys[i].reviewee].push_back({ys[i].school, ys[i].role});
      }
    }
    if (outside != nullptr) {
      for (const auto& [b, seats] : outside->members) {
        out.seats[b].insert(out.seats[b].end(), seats.begin(), seats.end());
      }
    }
    for (size_t i = 0; i < bought.size(); ++i) {
      if (solved.solution[bought_col[i]] > 0.5) {
        out.seats[bought[i].reviewee].push_back({bought[i].school, bought[i].role});
      }
    }
  }
  return out;
}

// Solves the component group by group, two groups at a time (each group's model and
// result depend on that group alone, so the answer is the same whatever the timing), with
// the other groups' reviewers open at their arc cost, or with `teams` (per school: the seats of its review)
// fixing what crosses between groups. One result per group, in group order.
// `cache`, if not null, keeps each group's last fixed part and answer: a group whose
// cross-group part has not changed is not solved again.
std::vector<absl::StatusOr<PairRelaxation>> SolveGroups(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>* teams, absl::Time deadline,
    GroupSolutions* cache = nullptr) {
  std::map<int, std::vector<int>> part_reviewees, part_schools;
  for (int b : reviewees) part_reviewees[m.group(b)].push_back(b);
  for (int s : schools) part_schools[m.group(s)].push_back(s);
  std::vector<std::pair<std::vector<int>, std::vector<int>>> parts;  // (reviewees, schools)
  for (auto& [g, members] : part_schools) parts.push_back({part_reviewees[g], members});
  std::vector<absl::StatusOr<PairRelaxation>> results(parts.size(), PairRelaxation{});
  std::atomic<size_t> next{0};
  auto work = [&] {
    std::vector<char> inside(m.num_schools(), 0);
    for (size_t i; (i = next++) < parts.size();) {
      const auto& [part, members] = parts[i];
      for (int s : members) inside[s] = 1;
      Outside outside;
      if (teams != nullptr) {
        for (int b : reviewees) {
          for (const Seat& seat : (*teams)[b]) {
            if (inside[b] && !inside[seat.school]) outside.members[b].push_back(seat);
            if (!inside[b] && inside[seat.school]) ++outside.days[{seat.school, seat.role}];
          }
        }
      }
      std::vector<int> key;  // The fixed part, flattened.
      if (cache != nullptr) {
        for (const auto& [b, seats] : outside.members) {
          for (const Seat& seat : seats) key.insert(key.end(), {b, seat.school, seat.role});
        }
        key.push_back(-1);
        for (const auto& [ar, n] : outside.days) key.insert(key.end(), {ar.first, ar.second, n});
        const auto& entry = cache->entries[members.front()];
        if (entry.first == key) {
          results[i] = entry.second;
          for (int s : members) inside[s] = 0;
          continue;
        }
      }
      const std::vector<Column> ys = Columns(m, part, candidates, &inside);
      if (static_cast<int>(ys.size()) <= kMaxPairColumns) {
        results[i] = SolvePart(m, part, members, candidates, ys, &inside,
                               teams != nullptr ? &outside : nullptr,
                               static_cast<int>(part.size()), deadline);
      }
      if (cache != nullptr && results[i].ok()) {
        cache->entries[members.front()] = {key, *results[i]};
      }
      for (int s : members) inside[s] = 0;
    }
  };
  std::thread helper(work);
  work();
  helper.join();
  return results;
}

}  // namespace

absl::StatusOr<PairRelaxation> SolvePairRelaxation(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, int max_reviews,
    absl::Time deadline) {
  if (reviewees.empty() || !MipSolverAvailable()) return PairRelaxation{};
  const std::vector<Column> all = Columns(m, reviewees, candidates, nullptr);
  if (static_cast<int>(all.size()) <= kMaxPairColumns) {
    return SolvePart(m, reviewees, schools, candidates, all, nullptr, nullptr, max_reviews,
                     deadline);
  }
  // Too big whole (a county with cross-group reviewers): one model per group, reviewers
  // from other groups open at their arc cost. The parts' bounds add up to a bound on the
  // whole, and their teams (members from other groups included) are its start.
  std::vector<absl::StatusOr<PairRelaxation>> parts =
      SolveGroups(m, reviewees, schools, candidates, nullptr, deadline);
  PairRelaxation out;
  out.ran = true;
  out.proven = true;
  out.by_group = true;
  out.seats.assign(m.num_schools(), {});
  for (auto& r : parts) {
    if (!r.ok()) return r.status();
    if (!r->ran) return PairRelaxation{};
    out.proven &= r->proven;
    out.bound += r->bound;
    if (r->seats.empty()) continue;
    for (int b : reviewees) {
      if (!r->seats[b].empty()) out.seats[b] = r->seats[b];
    }
  }
  return out;
}

absl::StatusOr<std::vector<std::vector<Seat>>> ReoptimiseWithinGroups(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>& teams, absl::Time deadline, GroupSolutions* cache) {
  if (reviewees.empty() || !MipSolverAvailable()) return std::vector<std::vector<Seat>>{};
  std::vector<absl::StatusOr<PairRelaxation>> parts =
      SolveGroups(m, reviewees, schools, candidates, &teams, deadline, cache);
  std::vector<std::vector<Seat>> out(m.num_schools());
  for (auto& r : parts) {
    if (!r.ok()) return r.status();
    if (!r->ran || r->seats.empty()) return std::vector<std::vector<Seat>>{};
    for (int b : reviewees) {
      if (!r->seats[b].empty()) out[b] = r->seats[b];
    }
  }
  return out;
}

}  // namespace partnership::scheduler::internal
