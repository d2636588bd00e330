#include "scheduler/joined_lp.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <utility>

#include "absl/time/clock.h"
#include "common/status_macros.h"

namespace partnership::scheduler::internal {
namespace {

// Column generation for a joined LP too big whole: at most this many LPs, each with up to
// this many more columns than the last.
constexpr int kPricingRounds = 6;
constexpr size_t kPricedPerRound = 4000;

}  // namespace

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

}  // namespace partnership::scheduler::internal
