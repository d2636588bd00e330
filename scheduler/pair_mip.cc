#include "scheduler/pair_mip.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <thread>
#include <tuple>
#include <utility>

#include "absl/time/clock.h"
#include "common/status_macros.h"
#include "scheduler/joined_model.h"
#include "scheduler/mip_solver.h"

namespace partnership::scheduler::internal {
namespace {

// Components with more school-role-reviewee columns than this keep the flow bound: a
// county group of 45 has about 4,000.
constexpr int kMaxPairColumns = 8000;
// The joined MIP of SolveWithLenders (step 3): CBC's node limit (a county's proof takes
// 20 or fewer where there is one, and its nodes are dear: 70 ms), and the tolerance on
// reduced costs (CLP's are exact to about 1e-7).
constexpr int kJoinedNodes = 50;
constexpr double kReducedCostSlack = 1e-6;
// Past this many columns CBC's root on the joined MIP can outrun the time limit (100 s on
// 100,000 columns); a county's has 2,500 to 11,000.
constexpr size_t kMaxJoinedMipColumns = 20000;
// Column generation for a joined LP too big whole (PriceByJoinedLp): at most this many
// LPs, each with up to this many more columns than the last.
constexpr int kPricingRounds = 6;
constexpr size_t kPricedPerRound = 4000;

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
  // The biggest groups first, so that the two threads finish together.
  std::vector<size_t> order(parts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return parts[x].second.size() > parts[y].second.size();
  });
  std::atomic<size_t> next{0};
  auto work = [&] {
    std::vector<char> inside(m.num_schools(), 0);
    for (size_t k; (k = next++) < parts.size();) {
      const size_t i = order[k];
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
        const auto& entry = cache->entries[members.front()];
        if (entry.first == key) {
          results[i] = entry.second;
          for (int s : members) inside[s] = 0;
          continue;
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
          cache->entries[members.front()] = {key, *results[i]};
        } else if (results[i]->proven && !results[i]->seats.empty() &&
                   std::all_of(part.begin(), part.end(), [&](int b) {
                     return std::all_of(results[i]->seats[b].begin(),
                                        results[i]->seats[b].end(),
                                        [&](const Seat& seat) { return inside[seat.school]; });
                   })) {
          // Open to other groups, the group's optimum took nobody from them: it is also its
          // optimum with nothing crossing (a narrower model), as SolveAround would find.
          cache->entries[members.front()] = {{-1}, *results[i]};
        }
      }
      for (int s : members) inside[s] = 0;
    }
  };
  std::thread helper(work);
  work();
  helper.join();
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

// Teams fitting one cross-group part, and their date-free cost.
struct Around {
  double cost = 0;
  std::vector<std::vector<Seat>> teams;  // Empty if a group could not be solved.
};

// Every group re-solved with the members from other groups on its reviews, and the days it
// gives others, fixed as in `teams` (per school; their seats within a group do not matter).
absl::StatusOr<Around> SolveAround(const Model& m, const std::vector<int>& reviewees,
                                   const std::vector<int>& schools,
                                   const std::vector<std::vector<Candidate>>& candidates,
                                   const std::vector<std::vector<Seat>>& teams,
                                   absl::Time deadline, GroupSolutions* cache) {
  ASSIGN_OR_RETURN(
      Combined groups,
      Combine(m, reviewees,
              SolveGroups(m, reviewees, schools, candidates, &teams, deadline, cache)));
  if (!groups.ran || !groups.complete) return Around{};
  return Around{groups.cost, std::move(groups.seats)};
}

// The joined LP of SolveWithLenders: exact columns within each group and into the
// `buying` groups, open ones elsewhere. Where that would have more than `max_columns`
// columns (every group buys), the buying groups' reviewees start from their cheapest
// columns from outside (as CheapestOutsideColumns, but using the lenders' days), and the
// others are brought in while the LP's duals ask for them: once none does, the LP is the
// whole one's optimum, and the columns left out are listed with their reduced costs. If
// the rounds or the time run out first, the prices are still good prices, but the LP is
// no bound (bound == -infinity).
absl::StatusOr<LenderPrices> PriceByJoinedLp(const Model& m, const std::vector<int>& reviewees,
                                             const std::vector<int>& schools,
                                             const std::vector<std::vector<Candidate>>& candidates,
                                             const std::set<int>& buying, int max_reviews,
                                             int max_columns, absl::Time deadline) {
  // The cheapest columns from outside into the reviews of the buying groups, or of the
  // others.
  auto cheapest_from_outside = [&](bool into_buyers) {
    std::map<int, std::vector<int>> parts;
    for (int b : reviewees) {
      if ((buying.count(m.group(b)) > 0) == into_buyers) parts[m.group(b)].push_back(b);
    }
    std::vector<PairColumn> columns;
    std::vector<char> inside(m.num_schools(), 0);
    for (const auto& [g, part] : parts) {
      for (int s : schools) inside[s] = m.group(s) == g;
      const std::vector<PairColumn> some = CheapestOutsideColumns(m, part, candidates, inside);
      columns.insert(columns.end(), some.begin(), some.end());
    }
    return columns;
  };
  std::vector<PairColumn> exact =
      PairColumns(m, reviewees, candidates, [&](int school, int b) {
        return m.group(school) == m.group(b) || buying.count(m.group(b)) > 0;
      });
  const std::vector<PairColumn> open = cheapest_from_outside(false);
  if (static_cast<int>(exact.size()) <= max_columns) {
    return PriceLendersByLp(m, reviewees, schools, candidates, exact, open, max_reviews);
  }
  // Too big: the columns from outside into the buying groups are brought in as the LP's
  // duals ask for them (column generation), starting from the cheapest.
  std::vector<PairColumn> left_out;
  for (const PairColumn& c : exact) {
    if (m.group(c.school) != m.group(c.reviewee)) left_out.push_back(c);
  }
  exact = PairColumns(m, reviewees, candidates,
                      [&](int school, int b) { return m.group(school) == m.group(b); });
  const std::vector<PairColumn> bought = cheapest_from_outside(true);
  exact.insert(exact.end(), bought.begin(), bought.end());
  std::set<std::tuple<int, int, int>> in;
  for (const PairColumn& c : bought) in.insert({c.school, c.role, c.reviewee});
  std::map<std::pair<int, int>, double> arc_cost;  // (school, reviewee)
  for (int b : reviewees) {
    for (const Candidate& c : candidates[b]) arc_cost[{c.school, b}] = c.arc_cost;
  }
  for (int round = 0; round < kPricingRounds; ++round) {
    if (static_cast<int>(exact.size()) > max_columns) break;
    ASSIGN_OR_RETURN(LenderPrices priced,
                     PriceLendersByLp(m, reviewees, schools, candidates, exact, open,
                                      max_reviews));
    if (!priced.solved) return priced;
    std::vector<std::pair<double, PairColumn>> still_out;  // Reduced cost, column.
    std::vector<std::pair<double, PairColumn>> wanted;
    for (const PairColumn& c : left_out) {
      if (in.count({c.school, c.role, c.reviewee})) continue;
      const double rc = ReducedCost(m, priced.duals, c, arc_cost[{c.school, c.reviewee}]);
      still_out.push_back({rc, c});
      if (rc < -kReducedCostSlack) wanted.push_back({rc, c});
    }
    if (wanted.empty()) {
      // Every column left out would only make the LP dearer: it is the whole LP's optimum,
      // a bound, and the columns left out join the list with their reduced costs.
      std::vector<PairColumn> all = priced.exact;
      std::vector<double> costs(priced.reduced_costs.begin(),
                                priced.reduced_costs.begin() + priced.exact.size());
      for (const auto& [rc, c] : still_out) {
        all.push_back(c);
        costs.push_back(rc);
      }
      costs.insert(costs.end(), priced.reduced_costs.begin() + priced.exact.size(),
                   priced.reduced_costs.end());
      priced.exact = std::move(all);
      priced.reduced_costs = std::move(costs);
      return priced;
    }
    std::sort(wanted.begin(), wanted.end(), [](const auto& x, const auto& y) {
      return std::tie(x.first, x.second.school, x.second.role, x.second.reviewee) <
             std::tie(y.first, y.second.school, y.second.role, y.second.reviewee);
    });
    if (wanted.size() > kPricedPerRound) wanted.resize(kPricedPerRound);
    for (const auto& [rc, c] : wanted) {
      exact.push_back(c);
      in.insert({c.school, c.role, c.reviewee});
    }
    if (round + 1 == kPricingRounds || absl::Now() >= deadline) {
      // Out of rounds: the prices are still good prices, but the LP is no bound.
      priced.bound = -std::numeric_limits<double>::infinity();
      return priced;
    }
  }
  return LenderPrices{};
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
    GroupSolutions* cache, int max_joined_columns) {
  if (by_group_teams.empty() || !MipSolverAvailable()) return PairRelaxation{};
  std::set<int> buying;
  for (int b : reviewees) {
    for (const Seat& seat : by_group_teams[b]) {
      if (m.group(seat.school) != m.group(b)) buying.insert(m.group(b));
    }
  }
  if (buying.empty()) return PairRelaxation{};
  // 1. The joined LP.
  ASSIGN_OR_RETURN(const LenderPrices priced,
                   PriceByJoinedLp(m, reviewees, schools, candidates, buying, max_reviews,
                                   max_joined_columns, deadline));
  if (!priced.solved || absl::Now() >= deadline) return PairRelaxation{};
  PairRelaxation out;
  out.ran = true;
  out.by_group = true;
  out.bound = priced.bound;
  // 2. Teams around the members the LP takes across groups.
  double cheapest = std::numeric_limits<double>::infinity();
  auto try_around = [&](const std::vector<std::vector<Seat>>& cross) -> absl::Status {
    ASSIGN_OR_RETURN(Around around,
                     SolveAround(m, reviewees, schools, candidates, cross, deadline, cache));
    if (!around.teams.empty() && around.cost < cheapest - 1e-9) {
      cheapest = around.cost;
      out.seats = std::move(around.teams);
    }
    return absl::OkStatus();
  };
  RETURN_IF_ERROR(try_around(priced.cross_members));
  if (std::isfinite(priced.bound) && std::isfinite(cheapest)) {
    // 3. The joined MIP, without the columns that are in no cheaper schedule.
    const double slack = cheapest - priced.bound + kReducedCostSlack;
    std::vector<PairColumn> exact, open;
    for (size_t i = 0; i < priced.reduced_costs.size(); ++i) {
      if (priced.reduced_costs[i] > slack) continue;
      if (i < priced.exact.size()) {
        exact.push_back(priced.exact[i]);
      } else {
        open.push_back(priced.open[i - priced.exact.size()]);
      }
    }
    // CBC cuts at the root of a big model for longer than its time limit.
    if (exact.size() + open.size() > kMaxJoinedMipColumns) return out;
    // Only a cheaper answer is of use: CBC prunes at that cost rather than look for answers
    // of its own (seed 1 is proven in 3.7 s rather than 5.7), and finding none proves it.
    ASSIGN_OR_RETURN(const PairRelaxation joined,
                     SolveJoinedModel(m, reviewees, schools, candidates, exact, open,
                                      max_reviews, cheapest, kJoinedNodes, deadline));
    if (!joined.ran) return out;
    out.bound = std::max(out.bound, std::min(joined.bound, cheapest));
    if (!joined.seats.empty() && joined.objective < cheapest - 1e-9) {
      RETURN_IF_ERROR(try_around(joined.seats));
    }
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

absl::StatusOr<std::vector<std::vector<Seat>>> ReoptimiseWithinGroups(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates,
    const std::vector<std::vector<Seat>>& teams, absl::Time deadline, GroupSolutions* cache) {
  if (reviewees.empty() || !MipSolverAvailable()) return std::vector<std::vector<Seat>>{};
  ASSIGN_OR_RETURN(Around around,
                   SolveAround(m, reviewees, schools, candidates, teams, deadline, cache));
  return std::move(around.teams);
}

}  // namespace partnership::scheduler::internal
