#include "scheduler/lower_bound.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "absl/time/clock.h"
#include "scheduler/min_cost_flow.h"

namespace partnership::scheduler::internal {
namespace {

// Costs are fixed point: a millionth of a cost unit. Rounding each arc down keeps the
// flow's optimum below the true relaxation's, so the bound stays a proof.
constexpr double kScale = 1e6;
int64_t Down(double cost) { return static_cast<int64_t>(std::floor(cost * kScale)); }

}  // namespace

namespace {

struct Relaxation {
  double cost = 0;                 // Flow cost including the multipliers' terms.
  std::vector<int> pair_flow;      // Per candidate arc (in `arcs` order): 0 or 1.
  std::vector<Seat> seats;         // Per unit: the seat and its reviewee, in arc order.
  std::vector<int> seat_reviewee;
};

struct CandidateArc {
  int reviewer, reviewee, hits;
  double cost;
  int twin;  // Index of the reverse arc, or -1.
};

// One min-cost flow of the relaxation with reciprocity priced by `lambda` (per arc pair,
// charged on both directions).
Relaxation SolveFlow(const Model& m, const std::vector<int>& reviewees,
                     const std::vector<int>& schools, const std::vector<CandidateArc>& arcs,
                     const std::vector<std::vector<int>>& arcs_into, int max_reviews,
                     const std::vector<double>& lambda) {
  const Policy& pol = m.problem().policy;
  const Weights& w = m.problem().weights;
  const int t = pol.team_size;
  MinCostFlow flow(3);
  const int source = 0, sink = 1, hub = 2;
  std::map<int, int> role_node;  // 2 * school + role -> node
  for (int s : schools) {
    for (int role = 0; role < 2; ++role) {
      const int cap = m.RoleCapacity(s, role);
      if (cap <= 0) continue;
      const int node = flow.AddNode();
      role_node[2 * s + role] = node;
      for (int k = 1; k <= cap; ++k) {
        flow.AddArc(hub, node, 1, Down(m.Fairness(s, role, k) - m.Fairness(s, role, k - 1)));
      }
    }
  }
  const int64_t demand = static_cast<int64_t>(t) * static_cast<int64_t>(reviewees.size());
  flow.AddArc(source, hub, static_cast<int>(static_cast<int64_t>(t) * max_reviews), 0);
  struct Traced {
    int arc, index, role;
  };
  std::vector<Traced> traced;
  std::vector<int> pair_arc(arcs.size(), -1);
  for (int b : reviewees) {
    const int node = flow.AddNode();
    flow.AddArc(node, sink, t, 0);
    flow.AddArc(source, node, t, Down(w.unreviewed / t));
    // Focus credit: a member may pass through the node of one focus area its school is
    // strong in, each area admitting one member, and is credited with all its hits. In a
    // real team, a minimal set of members covering the team's areas each have an area of
    // their own, so this credits at least the team's real focus matches.
    std::vector<int> area_node;
    for (size_t f = 0; f < m.focus(b).size(); ++f) {
      area_node.push_back(flow.AddNode());
      flow.AddArc(area_node.back(), node, 1, 0);
    }
    for (int i : arcs_into[b]) {
      const CandidateArc& c = arcs[i];
      auto h = role_node.find(2 * c.reviewer + kHead);
      auto d = role_node.find(2 * c.reviewer + kDeputy);
      if (h == role_node.end() && d == role_node.end()) continue;
      // `pair` admits one leader of the school, whichever way it then goes.
      const int pair = flow.AddNode();
      const int exit = flow.AddNode();
      pair_arc[i] = flow.AddArc(pair, exit, 1, 0);
      if (h != role_node.end()) traced.push_back({flow.AddArc(h->second, pair, 1, 0), i, kHead});
      if (d != role_node.end()) {
        traced.push_back({flow.AddArc(d->second, pair, 1, 0), i, kDeputy});
      }
      flow.AddArc(exit, node, 1, Down(c.cost + lambda[i]));
      if (c.hits > 0) {
        const auto& st = m.strengths(c.reviewer);
        for (size_t f = 0; f < area_node.size(); ++f) {
          if (std::binary_search(st.begin(), st.end(), m.focus(b)[f])) {
            flow.AddArc(exit, area_node[f], 1, Down(c.cost - w.focus_match * c.hits + lambda[i]));
          }
        }
      }
    }
  }
  Relaxation out;
  out.cost = static_cast<double>(flow.Solve(source, sink, demand).cost) / kScale;
  out.pair_flow.assign(arcs.size(), 0);
  for (size_t i = 0; i < arcs.size(); ++i) {
    if (pair_arc[i] >= 0) out.pair_flow[i] = flow.flow(pair_arc[i]);
  }
  for (const Traced& tr : traced) {
    if (flow.flow(tr.arc) > 0) {
      out.seats.push_back({arcs[tr.index].reviewer, tr.role});
      out.seat_reviewee.push_back(arcs[tr.index].reviewee);
    }
  }
  return out;
}

}  // namespace

double ComponentLowerBound(const Model& m, const std::vector<int>& reviewees,
                           const std::vector<int>& schools,
                           const std::vector<std::vector<Candidate>>& candidates,
                           int max_reviews, double upper_bound, int rounds,
                           absl::Time deadline, std::vector<std::vector<Seat>>* seats) {
  double fixed = 0;  // Fairness already owed at zero days (balances above 1.5).
  for (int s : schools) fixed += m.Fairness(s, kHead, 0) + m.Fairness(s, kDeputy, 0);
  if (reviewees.empty()) return fixed;

  std::vector<CandidateArc> arcs;
  std::vector<std::vector<int>> arcs_into(m.num_schools());
  std::map<std::pair<int, int>, int> index;
  for (int b : reviewees) {
    for (const Candidate& c : candidates[b]) {
      index[{c.school, b}] = static_cast<int>(arcs.size());
      arcs_into[b].push_back(static_cast<int>(arcs.size()));
      arcs.push_back({c.school, b, c.focus_hits, c.arc_cost, -1});
    }
  }
  for (CandidateArc& a : arcs) {
    auto it = index.find({a.reviewee, a.reviewer});
    if (it != index.end()) a.twin = it->second;
  }
  // Lagrangian relaxation of "no reciprocal pairs": x_ab + x_ba <= 1 priced by a
  // multiplier charged on both arcs. Any non-negative multipliers give a valid bound
  // (flow cost - sum of multipliers); subgradient steps tighten it and steer the flow's
  // teams away from pairs the search could not use.
  const bool price_reciprocity = !m.problem().policy.allow_reciprocal;
  std::vector<double> lambda(arcs.size(), 0.0);
  // Step sizes: Polyak's rule towards `upper_bound` (a schedule's cost) when one is known,
  // else a geometric series on the scale of an arc's cost.
  double step = 0;
  for (const CandidateArc& a : arcs) step += std::abs(a.cost);
  step = arcs.empty() ? 1 : 0.5 * step / static_cast<double>(arcs.size()) + 1;
  double theta = 1.0;
  int stale = 0;
  double best = -1e300;
  int best_violations = -1;
  if (!price_reciprocity) rounds = 1;
  for (int round = 0; round < std::max(1, rounds); ++round) {
    if (round > 0 && absl::Now() > deadline) break;
    const Relaxation r =
        SolveFlow(m, reviewees, schools, arcs, arcs_into, max_reviews, lambda);
    double penalty = 0;
    int violations = 0;
    for (size_t i = 0; i < arcs.size(); ++i) {
      if (arcs[i].twin > static_cast<int>(i)) {
        penalty += lambda[i];
        violations += r.pair_flow[i] + r.pair_flow[arcs[i].twin] > 1;
      }
    }
    const double value = fixed + r.cost - penalty;
    if (value > best + 1e-9) {
      best = value;
      stale = 0;
    } else if (++stale >= 3) {
      theta /= 2;
      stale = 0;
      if (theta < 1e-3) break;  // The steps no longer move the bound.
    }
    if (seats != nullptr && (best_violations < 0 || violations <= best_violations)) {
      best_violations = violations;
      seats->assign(m.num_schools(), {});
      for (size_t k = 0; k < r.seats.size(); ++k) {
        (*seats)[r.seat_reviewee[k]].push_back(r.seats[k]);
      }
    }
    if (violations == 0 && penalty == 0) break;  // The relaxation's optimum is reciprocal-free.
    double norm = 0;
    for (size_t i = 0; i < arcs.size(); ++i) {
      const int j = arcs[i].twin;
      if (j <= static_cast<int>(i)) continue;
      const double g = r.pair_flow[i] + r.pair_flow[j] - 1.0;
      if (g > 0 || lambda[i] > 0) norm += g * g;
    }
    const double move = std::isfinite(upper_bound) && upper_bound > value && norm > 0
                            ? theta * (upper_bound - value) / norm
                            : step;
    for (size_t i = 0; i < arcs.size(); ++i) {
      const int j = arcs[i].twin;
      if (j <= static_cast<int>(i)) continue;
      const double g = r.pair_flow[i] + r.pair_flow[j] - 1.0;
      lambda[i] = lambda[j] = std::max(0.0, lambda[i] + move * g);
    }
    step *= 0.88;
  }
  return best;
}

}  // namespace partnership::scheduler::internal
