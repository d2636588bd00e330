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
// Polyak's step factor at the first round, halved whenever two rounds bring no progress.
constexpr double kInitialTheta = 1.0;
// Polyak's target: this share of the way from the best bound to the schedule's cost
// (aiming at the cost itself overshoots while the gap is wide), and the rounds without
// progress after which the step factor halves.
constexpr double kTargetShare = 0.5;
constexpr int kStaleRounds = 2;
// The focus multipliers' start, as a share of focusMatch.
constexpr double kInitialMu = 0.5;
int64_t Down(double cost) { return static_cast<int64_t>(std::floor(cost * kScale)); }

}  // namespace

namespace {

struct Relaxation {
  double cost = 0;                 // Flow cost including the multipliers' terms.
  std::vector<int> pair_flow;      // Per candidate arc (in `arcs` order): 0 or 1.
  std::vector<Seat> seats;         // Per unit: the seat and its reviewee, in arc order.
  std::vector<int> seat_reviewee;
  std::vector<int> credit;         // Per reviewee (in `reviewees` order): focus hits credited.
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
                     const std::vector<double>& lambda, const std::vector<double>& mu,
                     bool credit_focus) {
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
  struct Credited {
    int arc, position, hits;
  };
  std::vector<Credited> credited;
  for (size_t position = 0; position < reviewees.size(); ++position) {
    const int b = reviewees[position];
    const int node = flow.AddNode();
    flow.AddArc(node, sink, t, 0);
    flow.AddArc(source, node, t, Down(w.unreviewed / t));
    // Focus credit: a member may pass through the node of one focus area its school is
    // strong in, each area admitting one member, and is credited with all its hits. In a
    // real team, a minimal set of members covering the team's areas each have an area of
    // their own, so this credits at least the team's real focus matches.
    std::vector<int> area_node;
    for (size_t f = 0; credit_focus && f < m.focus(b).size(); ++f) {
      area_node.push_back(flow.AddNode());
      flow.AddArc(area_node.back(), node, 1, 0);
    }
    for (int i : arcs_into[b]) {
      const CandidateArc& c = arcs[i];
      auto h = role_node.find(2 * c.reviewer + kHead);
      auto d = role_node.find(2 * c.reviewer + kDeputy);
      if (h == role_node.end() && d == role_node.end()) continue;
      // `pair` admits one leader of the school, whichever way it then goes.
      // Without focus credit to route, the pair node leads straight to the reviewee.
      const bool routes_focus = c.hits > 0 && !area_node.empty();
      const int pair = flow.AddNode();
      const int exit = routes_focus ? flow.AddNode() : node;
      pair_arc[i] = flow.AddArc(pair, exit, 1, routes_focus ? 0 : Down(c.cost + lambda[i]));
      if (h != role_node.end()) traced.push_back({flow.AddArc(h->second, pair, 1, 0), i, kHead});
      if (d != role_node.end()) {
        traced.push_back({flow.AddArc(d->second, pair, 1, 0), i, kDeputy});
      }
      if (routes_focus) {
        flow.AddArc(exit, node, 1, Down(c.cost + lambda[i]));
        const auto& st = m.strengths(c.reviewer);
        for (size_t f = 0; f < area_node.size(); ++f) {
          if (std::binary_search(st.begin(), st.end(), m.focus(b)[f])) {
            const double credit = (w.focus_match - mu[position]) * c.hits;
            const int arc = flow.AddArc(exit, area_node[f], 1, Down(c.cost - credit + lambda[i]));
            credited.push_back({arc, static_cast<int>(position), c.hits});
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
  out.credit.assign(reviewees.size(), 0);
  for (const Credited& cr : credited) {
    if (flow.flow(cr.arc) > 0) out.credit[cr.position] += cr.hits;
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
                           absl::Time deadline, bool credit_focus,
                           std::vector<std::vector<Seat>>* seats, Multipliers* state) {
  const Weights& w = m.problem().weights;
  double fixed = 0;  // Fairness already owed at zero days (balances above 1.5).
  for (int s : schools) fixed += m.Fairness(s, kHead, 0) + m.Fairness(s, kDeputy, 0);
  if (reviewees.empty()) return fixed;
  // Per reviewee: the focus areas some school allowed to review it is strong in. No real
  // team is credited more.
  std::vector<int> coverable(reviewees.size(), 0);
  for (size_t p = 0; p < reviewees.size(); ++p) {
    const int b = reviewees[p];
    for (int f : m.focus(b)) {
      for (const Candidate& c : candidates[b]) {
        const auto& st = m.strengths(c.school);
        if (std::binary_search(st.begin(), st.end(), f)) {
          ++coverable[p];
          break;
        }
      }
    }
  }
  if (!credit_focus) {
    // Focus apart: no review can be credited more than its coverable areas.
    for (int c : coverable) fixed -= w.focus_match * c;
  }
  // With focus in the flow, a member strong in both of a two-area reviewee's areas is
  // credited 2 and another member may add more: "credit <= coverable" is priced by `mu`.
  // (A real team with at most two focus areas maps to a flow whose credit is exactly its
  // matches: a minimal cover of its areas, one member per area or one member for both.
  // With three or more areas a minimal cover can be credited more than its matches, so
  // those reviewees keep mu = 0, where the relaxation stays valid without the cap.)
  std::vector<char> capped(reviewees.size(), 0);
  for (size_t p = 0; p < reviewees.size(); ++p) {
    capped[p] = credit_focus && m.focus(reviewees[p]).size() <= 2 && w.focus_match > 0;
  }

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
  // multiplier charged on both arcs, and of the focus cap above. Any non-negative
  // multipliers give a valid bound (flow cost - lambda sums - mu * coverable); subgradient
  // steps tighten it and steer the flow's teams away from pairs the search could not use.
  const bool price_reciprocity = !m.problem().policy.allow_reciprocal;
  std::vector<double> lambda(arcs.size(), 0.0);
  std::vector<double> mu(reviewees.size(), 0.0);
  for (size_t p = 0; p < reviewees.size(); ++p) {
    mu[p] = capped[p] ? kInitialMu * w.focus_match : 0;
  }
  const bool resumed = state != nullptr && state->lambda.size() == lambda.size() &&
                       state->mu.size() == mu.size() &&
                       state->pair_flow.size() == arcs.size() &&
                       state->credit.size() == reviewees.size();
  if (resumed) {
    lambda = state->lambda;
    mu = state->mu;
  }
  bool any_capped = false;
  for (char c : capped) any_capped |= c != 0;
  // Step sizes: Polyak's rule towards a target between the best bound and `upper_bound`
  // (a schedule's cost) when one is known, else a geometric series on the scale of an
  // arc's cost.
  double step = 0;
  for (const CandidateArc& a : arcs) step += std::abs(a.cost);
  step = arcs.empty() ? 1 : 0.5 * step / static_cast<double>(arcs.size()) + 1;
  double theta = kInitialTheta;
  int stale = 0;
  double best = -1e300;
  int best_violations = -1;
  if (!price_reciprocity && !any_capped) rounds = 1;
  absl::Duration last_round = absl::ZeroDuration();
  for (int round = 0; round < std::max(1, rounds); ++round) {
    // A round that would end past the deadline is not started (the bound stays valid).
    const absl::Time round_start = absl::Now();
    if (round > 0 && round_start + last_round > deadline) break;
    Relaxation r;
    if (round == 0 && resumed) {  // The earlier call's best flow, at these multipliers.
      r.cost = state->flow_cost;
      r.pair_flow = state->pair_flow;
      r.credit = state->credit;
      last_round = state->round_time;
    } else {
      r = SolveFlow(m, reviewees, schools, arcs, arcs_into, max_reviews, lambda, mu,
                    credit_focus);
      last_round = absl::Now() - round_start;
    }
    double penalty = 0;
    int violations = 0;
    for (size_t i = 0; i < arcs.size(); ++i) {
      if (arcs[i].twin > static_cast<int>(i)) {
        penalty += lambda[i];
        violations += r.pair_flow[i] + r.pair_flow[arcs[i].twin] > 1;
      }
    }
    int over = 0;
    for (size_t p = 0; p < reviewees.size(); ++p) {
      penalty += mu[p] * coverable[p];
      over += capped[p] && r.credit[p] > coverable[p];
    }
    const double value = fixed + r.cost - penalty;
    if (value > best + 1e-9) {
      best = value;
      stale = 0;
      if (state != nullptr) *state = {lambda, mu, r.cost, r.pair_flow, r.credit, last_round};
    } else if (++stale >= kStaleRounds) {
      theta /= 2;
      stale = 0;
      if (theta < 1e-3) break;  // The steps no longer move the bound.
    }
    // Proven optimal: nothing left to close.
    if (best >= upper_bound - 1e-9 * std::max(1.0, std::abs(upper_bound))) break;
    if (seats != nullptr && (best_violations < 0 || violations <= best_violations)) {
      best_violations = violations;
      seats->assign(m.num_schools(), {});
      for (size_t k = 0; k < r.seats.size(); ++k) {
        (*seats)[r.seat_reviewee[k]].push_back(r.seats[k]);
      }
    }
    // Subgradients: g = x_ab + x_ba - 1 per pair, credit - coverable per capped reviewee.
    double norm = 0;
    bool moves = false;
    for (size_t i = 0; i < arcs.size() && price_reciprocity; ++i) {
      const int j = arcs[i].twin;
      if (j <= static_cast<int>(i)) continue;
      const double g = r.pair_flow[i] + r.pair_flow[j] - 1.0;
      if (g > 0 || lambda[i] > 0) norm += g * g;
      moves |= g > 0 || (g < 0 && lambda[i] > 0);
    }
    for (size_t p = 0; p < reviewees.size(); ++p) {
      if (!capped[p]) continue;
      const double g = r.credit[p] - coverable[p];
      if (g > 0 || mu[p] > 0) norm += g * g;
      moves |= g > 0 || (g < 0 && mu[p] > 0);
    }
    if (!moves) break;  // Complementary slackness holds: the bound is this relaxation's.
    const double target = best + kTargetShare * (upper_bound - best);
    const double move = std::isfinite(upper_bound) && target > value && norm > 0
                            ? theta * (target - value) / norm
                            : step;
    for (size_t i = 0; i < arcs.size() && price_reciprocity; ++i) {
      const int j = arcs[i].twin;
      if (j <= static_cast<int>(i)) continue;
      const double g = r.pair_flow[i] + r.pair_flow[j] - 1.0;
      lambda[i] = lambda[j] = std::max(0.0, lambda[i] + move * g);
    }
    for (size_t p = 0; p < reviewees.size(); ++p) {
      if (!capped[p]) continue;
      const double g = r.credit[p] - coverable[p];
      mu[p] = std::clamp(mu[p] + move * g, 0.0, w.focus_match);
    }
    step *= 0.88;
  }
  return best;
}

}  // namespace partnership::scheduler::internal
