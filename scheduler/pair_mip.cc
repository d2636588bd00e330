#include "scheduler/pair_mip.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <utility>

#include "absl/time/clock.h"
#include "common/status_macros.h"
#include "scheduler/joined_lp.h"
#include "scheduler/joined_model.h"
#include "scheduler/mip_solver.h"
#include "scheduler/two_threads.h"

namespace partnership::scheduler::internal {
namespace {

// Components with more school-role-reviewee columns than this keep the flow bound: a
// county group of 45 has about 4,000.
constexpr int kMaxPairColumns = 8000;
// The joined MIP of SolveWithLenders (step 3): CBC's node limit (a county's proof takes
// 20 or fewer where there is one, and its nodes are dear: 70 ms).
constexpr int kJoinedNodes = 50;
// Past this many columns CBC's root on the joined MIP can outrun the time limit (100 s on
// 100,000 columns); a county's has 2,500 to 11,000.
constexpr size_t kMaxJoinedMipColumns = 20000;
// SolveJoinedBelow's `narrow`: the first MIP has this many columns (a county's that prove
// have 2,500 to 11,000).
constexpr size_t kNarrowedColumns = 10000;

// The columns of `reviewees` from reviewers inside the part (all if `inside` is null).
std::vector<PairColumn> Columns(const Model& m, const std::vector<int>& reviewees,
                                const std::vector<std::vector<Candidate>>& candidates,
                                const std::vector<char>* inside) {
  return PairColumns(m, reviewees, candidates,
                     [&](int school, int) { return inside == nullptr || (*inside)[school]; });
}

// Solves the component group by group, two groups at a time (each group's model and
// result depend on that group alone, so the answer is the same whatever the timing), with
// the other groups' reviewers open at their arc cost (plus their day's price in `prices`,
// if not null, at which the group's own schools may also sell days: SolveWithLenders), or
// with `teams` (per school: the seats of its review) fixing what crosses between groups.
// One result per group, in group order. `cache`, if not null, keeps each group's last fixed
// part and answer: a group whose cross-group part has not changed is not solved again.
// With neither `teams` nor `prices`, a group whose proven optimum takes nobody from outside
// is kept there as solved with nothing crossing.
std::vector<absl::StatusOr<PairRelaxation>> SolveGroups(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>* teams, absl::Time deadline,
    GroupSolutions* cache = nullptr, const DayPrices* prices = nullptr) {
  std::map<int, std::vector<int>> part_reviewees, part_schools;
  for (int b : reviewees) part_reviewees[m.group(b)].push_back(b);
  for (int s : schools) part_schools[m.group(s)].push_back(s);
  std::vector<std::pair<std::vector<int>, std::vector<int>>> parts;  // (reviewees, schools)
  for (auto& [g, members] : part_schools) parts.push_back({part_reviewees[g], members});
  std::vector<absl::StatusOr<PairRelaxation>> results(parts.size(), PairRelaxation{});
  std::vector<size_t> order(parts.size());  // The biggest groups first.
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return parts[x].second.size() > parts[y].second.size();
  });
  // Every group's entry exists before the threads start: they then only write their own.
  if (cache != nullptr) {
    for (const auto& [part, members] : parts) cache->entries[members.front()];
  }
  ForEachOnTwoThreads(order, [&](size_t i) {
    std::vector<char> inside(m.num_schools(), 0);
    const auto& [part, members] = parts[i];
    for (int s : members) inside[s] = 1;
    FixedOutside outside;
    if (teams != nullptr) {
      for (int b : reviewees) {
        for (const Seat& seat : (*teams)[b]) {
          if (inside[b] && !inside[seat.school]) outside.members[b].push_back(seat);
          if (!inside[b] && inside[seat.school]) ++outside.days[{seat.school, seat.role}];
        }
      }
    }
    std::vector<int> key;  // The fixed part, flattened.
    if (cache != nullptr && teams != nullptr) {
      for (const auto& [b, seats] : outside.members) {
        for (const Seat& seat : seats) key.insert(key.end(), {b, seat.school, seat.role});
      }
      key.push_back(-1);
      for (const auto& [ar, n] : outside.days) key.insert(key.end(), {ar.first, ar.second, n});
      const auto& entry = cache->entries.at(members.front());
      if (entry.first == key) {
        results[i] = entry.second;
        return;
      }
    }
    const std::vector<PairColumn> ys = Columns(m, part, candidates, &inside);
    if (static_cast<int>(ys.size()) <= kMaxPairColumns) {
      PairSearch search;
      search.deadline = deadline;
      search.prices = prices;
      results[i] = SolvePairModel(
          m, part, members, candidates, ys,
          teams != nullptr ? std::vector<PairColumn>{}
                           : CheapestOutsideColumns(m, part, candidates, inside, prices),
          teams != nullptr ? &outside : nullptr, static_cast<int>(part.size()), search);
    }
    if (cache != nullptr && results[i].ok()) {
      if (teams != nullptr) {
        cache->entries.at(members.front()) = {key, *results[i]};
      } else if (results[i]->proven && !results[i]->seats.empty() &&
                 std::all_of(part.begin(), part.end(), [&](int b) {
                   return std::all_of(results[i]->seats[b].begin(),
                                      results[i]->seats[b].end(),
                                      [&](const Seat& seat) { return inside[seat.school]; });
                 })) {
        // Open to other groups, the group's optimum took nobody from them: it is also its
        // optimum with nothing crossing (a narrower model), as SolveAround would find.
        cache->entries.at(members.front()) = {{-1}, *results[i]};
      }
    }
  });
  return results;
}

// The groups' answers put together: bounds added up, teams merged (per school). Stops at the
// first group that was not solved (ran == false) or whose CBC call failed.
struct Combined {
  bool ran = true;       // Every group was solved.
  bool proven = true;    // Every group's bound is its optimum.
  bool complete = true;  // Every group has teams.
  double bound = 0;
  double cost = 0;  // Of `seats`, when complete.
  std::vector<std::vector<Seat>> seats;
};

absl::StatusOr<Combined> Combine(const Model& m, const std::vector<int>& reviewees,
                                 const std::vector<absl::StatusOr<PairRelaxation>>& parts) {
  Combined out;
  out.seats.assign(m.num_schools(), {});
  for (const auto& r : parts) {
    if (!r.ok()) return r.status();
    if (!r->ran) {
      out.ran = false;
      return out;
    }
    out.proven &= r->proven;
    out.bound += r->bound;
    out.cost += r->objective;
    if (r->seats.empty()) {
      out.complete = false;
      continue;
    }
    for (int b : reviewees) {
      if (!r->seats[b].empty()) out.seats[b] = r->seats[b];
    }
  }
  return out;
}

// Every group re-solved with the members from other groups on its reviews, and the days it
// gives others, fixed as in `teams` (per school; their seats within a group do not matter).
absl::StatusOr<TeamsAround> SolveAround(const Model& m, const std::vector<int>& reviewees,
                                        const std::vector<int>& schools,
                                        const std::vector<std::vector<Candidate>>& candidates,
                                        const std::vector<std::vector<Seat>>& teams,
                                        absl::Time deadline, GroupSolutions* cache) {
  ASSIGN_OR_RETURN(
      Combined groups,
      Combine(m, reviewees,
              SolveGroups(m, reviewees, schools, candidates, &teams, deadline, cache)));
  if (!groups.ran || !groups.complete) return TeamsAround{};
  return TeamsAround{groups.cost, std::move(groups.seats)};
}

// The joined model as a MIP below `ceiling` (the cost of teams in hand), without every
// column whose reduced cost in `priced` (a bound) is more than `ceiling` less its optimum:
// such a column is in no cheaper answer. bound is at most `ceiling`; seats only for an
// answer below it. ran == false past kMaxJoinedMipColumns columns (CBC cuts at the root of
// a big model for longer than its time limit) or if CBC stopped without a bound.
absl::StatusOr<PairRelaxation> JoinedMipBelow(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, const LenderPrices& priced,
    double ceiling, int max_reviews, absl::Time deadline, const GroupSolutions* cache) {
  const double slack = ceiling - priced.bound + kReducedCostSlack;
  std::vector<PairColumn> exact, open;
  for (size_t i = 0; i < priced.reduced_costs.size(); ++i) {
    if (priced.reduced_costs[i] > slack) continue;
    if (i < priced.exact.size()) {
      exact.push_back(priced.exact[i]);
    } else {
      open.push_back(priced.open[i - priced.exact.size()]);
    }
  }
  if (exact.size() + open.size() > kMaxJoinedMipColumns) return PairRelaxation{};
  // The groups whose open optimum borrowed nobody are solved already (SolveGroups).
  std::map<int, PairRelaxation> closed_optima;
  if (cache != nullptr) {
    for (const auto& [first, entry] : cache->entries) {
      if (entry.first == std::vector<int>{-1}) closed_optima.emplace(first, entry.second);
    }
  }
  // Only a cheaper answer is of use: CBC prunes at that cost rather than look for answers
  // of its own (seed 1 was proven in 3.7 s rather than 5.7), and finding none proves it.
  ASSIGN_OR_RETURN(PairRelaxation joined,
                   SolveJoinedModel(m, reviewees, schools, candidates, exact, open,
                                    max_reviews, ceiling, kJoinedNodes, deadline,
                                    &closed_optima));
  joined.bound = std::min(joined.bound, ceiling);
  if (joined.seats.empty() || joined.objective >= ceiling - 1e-9) {
    joined.seats.clear();
    joined.objective = 0;
  }
  return joined;
}

}  // namespace

absl::StatusOr<PairRelaxation> SolvePairRelaxation(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, int max_reviews,
    absl::Time deadline, GroupSolutions* cache) {
  if (reviewees.empty() || !MipSolverAvailable()) return PairRelaxation{};
  const std::vector<PairColumn> all = Columns(m, reviewees, candidates, nullptr);
  if (static_cast<int>(all.size()) <= kMaxPairColumns) {
    PairSearch search;
    search.deadline = deadline;
    return SolvePairModel(m, reviewees, schools, candidates, all, {}, nullptr, max_reviews,
                          search);
  }
  // Too big whole (a county with cross-group reviewers): one model per group, reviewers
  // from other groups open at their arc cost. The parts' bounds add up to a bound on the
  // whole, and their teams (members from other groups included) are its start.
  ASSIGN_OR_RETURN(Combined groups,
                   Combine(m, reviewees,
                           SolveGroups(m, reviewees, schools, candidates, nullptr, deadline,
                                       cache)));
  if (!groups.ran) return PairRelaxation{};
  PairRelaxation out;
  out.ran = true;
  out.proven = groups.proven;
  out.by_group = true;
  out.bound = groups.bound;
  out.seats = std::move(groups.seats);
  return out;
}

absl::StatusOr<PairRelaxation> SolveWithLenders(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>& by_group_teams, int max_reviews, absl::Time deadline,
    GroupSolutions* cache, int max_joined_columns, JoinedLp* joined_lp) {
  if (by_group_teams.empty() || !MipSolverAvailable()) return PairRelaxation{};
  std::set<int> buying;
  for (int b : reviewees) {
    for (const Seat& seat : by_group_teams[b]) {
      if (m.group(seat.school) != m.group(b)) buying.insert(m.group(b));
    }
  }
  if (buying.empty()) return PairRelaxation{};
  // 1. The joined LP, kept in `joined_lp` if given (it is a county's 30,000 columns).
  JoinedLp here;
  JoinedLp& kept = joined_lp != nullptr ? *joined_lp : here;
  const LenderPrices& priced = kept.lp;
  ASSIGN_OR_RETURN(kept.lp, PriceByJoinedLp(m, reviewees, schools, candidates, buying, max_reviews,
                                            max_joined_columns, deadline));
  if (!priced.solved || absl::Now() >= deadline) return PairRelaxation{};
  PairRelaxation out;
  out.ran = true;
  out.by_group = true;
  out.bound = priced.bound;
  // 2. Teams around the members the LP takes across groups.
  double cheapest = std::numeric_limits<double>::infinity();
  auto try_around = [&](const std::vector<std::vector<Seat>>& cross) -> absl::Status {
    ASSIGN_OR_RETURN(TeamsAround around,
                     SolveAround(m, reviewees, schools, candidates, cross, deadline, cache));
    if (!around.teams.empty() && around.cost < cheapest - 1e-9) {
      cheapest = around.cost;
      out.seats = std::move(around.teams);
    }
    return absl::OkStatus();
  };
  RETURN_IF_ERROR(try_around(priced.cross_members));
  if (std::isfinite(priced.bound) && std::isfinite(cheapest)) {
    // 3. The joined MIP, without the columns that are in no schedule cheaper than the teams.
    ASSIGN_OR_RETURN(const PairRelaxation joined,
                     SolveJoinedBelow(m, reviewees, schools, candidates, &kept, cheapest,
                                      max_reviews, deadline, cache, /*narrow=*/false));
    if (!joined.ran) return out;
    out.bound = std::max(out.bound, joined.bound);
    if (!joined.seats.empty() && joined.objective < cheapest - 1e-9) out.seats = joined.seats;
    return out;
  }
  // 3'. Without a bound from the LP, each group alone at its prices.
  ASSIGN_OR_RETURN(Combined groups,
                   Combine(m, reviewees,
                           SolveGroups(m, reviewees, schools, candidates, nullptr, deadline,
                                       nullptr, &priced.prices)));
  if (!groups.ran || !groups.complete) return out;
  out.bound = std::max(out.bound, groups.bound);
  RETURN_IF_ERROR(try_around(groups.seats));
  return out;
}

absl::StatusOr<PairRelaxation> SolveJoinedBelow(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, JoinedLp* joined_lp, double ceiling,
    int max_reviews, absl::Time deadline, GroupSolutions* cache, bool narrow) {
  const LenderPrices& priced = joined_lp->lp;
  if (!priced.solved || !std::isfinite(priced.bound) ||
      ceiling >= joined_lp->searched_below - 1e-6 || !MipSolverAvailable()) {
    return PairRelaxation{};
  }
  double below = ceiling;
  if (narrow) {
    std::vector<double> sorted = priced.reduced_costs;
    std::sort(sorted.begin(), sorted.end());
    const auto at_ceiling =
        std::upper_bound(sorted.begin(), sorted.end(), ceiling - priced.bound + kReducedCostSlack);
    if (at_ceiling - sorted.begin() > static_cast<ptrdiff_t>(kMaxJoinedMipColumns)) {
      below = priced.bound + sorted[kNarrowedColumns - 1] - kReducedCostSlack;
      if (below <= priced.bound) return PairRelaxation{};
    }
  }
  PairRelaxation joined;
  while (true) {
    ASSIGN_OR_RETURN(PairRelaxation found, JoinedMipBelow(m, reviewees, schools, candidates, priced,
                                                          below, max_reviews, deadline, cache));
    if (!found.ran) break;  // Too big, or out of time: what was found below stands.
    joined_lp->searched_below = below;
    joined = std::move(found);
    if (!joined.seats.empty() || !joined.proven || below >= ceiling) break;
    // Nothing below `below`, which is a bound: look below twice as far above the LP.
    below = priced.bound + 2 * (below - priced.bound);
    if (below >= ceiling - 1e-6) below = ceiling;
  }
  if (!joined.ran || joined.seats.empty()) return joined;
  // Without reviewers from outside, the answer is teams already: each group's share is its
  // best around what crosses, and re-solving the groups would only cost time.
  if (!joined.uses_open) return joined;
  ASSIGN_OR_RETURN(TeamsAround around,
                   SolveAround(m, reviewees, schools, candidates, joined.seats, deadline, cache));
  joined.seats = std::move(around.teams);
  joined.objective = around.cost;
  return joined;
}

absl::StatusOr<TeamsAround> ReoptimiseWithinGroups(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>& teams, absl::Time deadline, GroupSolutions* cache) {
  if (reviewees.empty() || !MipSolverAvailable()) return TeamsAround{};
  return SolveAround(m, reviewees, schools, candidates, teams, deadline, cache);
}

}  // namespace partnership::scheduler::internal
