#include "scheduler/joined_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "common/status_macros.h"
#include "scheduler/mip_solver.h"
#include "scheduler/two_threads.h"

namespace partnership::scheduler::internal {
namespace {

// A group is cut loose where the LP with one of its crossing columns in use is this far
// above the cutoff (CLP's optimum may be a hair off).
constexpr double kLooseSlack = 1e-3;

// One independent part of the joined model.
struct Part {
  std::vector<int> groups, reviewees, schools;
  std::vector<PairColumn> exact, open;
};

// The parts, the biggest (most columns) first, the others in order of their first group;
// groups without reviewees join the biggest.
std::vector<Part> SplitIntoParts(const Model& m, const std::vector<int>& reviewees,
                                 const std::vector<int>& schools,
                                 const std::vector<PairColumn>& exact,
                                 const std::vector<PairColumn>& open, bool whole) {
  std::map<int, int> parent;  // Group -> a group of the same part (union-find).
  auto find = [&](int g) {
    parent.emplace(g, g);
    while (parent[g] != g) g = parent[g] = parent[parent[g]];
    return g;
  };
  for (int s : schools) find(m.group(s));
  for (int b : reviewees) find(m.group(b));
  int first = -1;
  for (const auto& [g, p] : parent) {
    if (first < 0) first = g;
    if (whole) parent[g] = first;
  }
  for (const PairColumn& c : exact) {
    const int a = find(m.group(c.school)), b = find(m.group(c.reviewee));
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::map<int, Part> by_root;
  for (const auto& [g, p] : parent) by_root[find(g)].groups.push_back(g);
  for (int b : reviewees) by_root[find(m.group(b))].reviewees.push_back(b);
  for (int s : schools) by_root[find(m.group(s))].schools.push_back(s);
  for (const PairColumn& c : exact) by_root[find(m.group(c.reviewee))].exact.push_back(c);
  for (const PairColumn& c : open) by_root[find(m.group(c.reviewee))].open.push_back(c);
  std::vector<Part> parts;
  for (auto& [root, part] : by_root) parts.push_back(std::move(part));
  auto size = [](const Part& p) { return p.exact.size() + p.open.size(); };
  std::stable_sort(parts.begin(), parts.end(),
                   [&](const Part& x, const Part& y) { return size(x) > size(y); });
  std::vector<Part> kept;
  for (Part& part : parts) {
    if (!kept.empty() && part.reviewees.empty()) {
      Part& big = kept.front();
      big.groups.insert(big.groups.end(), part.groups.begin(), part.groups.end());
      big.schools.insert(big.schools.end(), part.schools.begin(), part.schools.end());
    } else {
      kept.push_back(std::move(part));
    }
  }
  return kept;
}

// What every part is solved with.
struct Solving {
  const Model& m;
  const std::vector<std::vector<Candidate>>& candidates;
  bool whole;  // One part: a limit on reviews holds over all of them.
  int max_reviews, joined_nodes;
  absl::Time deadline;
  const std::map<int, PairRelaxation>* closed_optima;

  int MostReviews(const Part& part) const {
    return whole ? max_reviews : static_cast<int>(part.reviewees.size());
  }

  // A part of one group as the groups are solved; a part of several with Gomory cuts and
  // `joined_nodes` nodes (their LP is weaker); `basis`, if not null, is its LP's optimum.
  absl::StatusOr<PairRelaxation> Solve(const Part& part, double cutoff,
                                       const LpBasis* basis = nullptr) const {
    PairSearch search;
    search.deadline = deadline;
    search.cutoff = cutoff;
    search.basis = basis;
    if (part.groups.size() > 1) {
      search.max_nodes = joined_nodes;
      search.tuning.gomory_cuts = true;
    }
    return SolvePairModel(m, part.reviewees, part.schools, candidates, part.exact, part.open,
                          nullptr, MostReviews(part), search);
  }
};

// The parts' answers added up, as SolveJoinedModel returns them.
absl::StatusOr<PairRelaxation> AddUp(const Model& m,
                                     const std::vector<absl::StatusOr<PairRelaxation>>& results) {
  PairRelaxation out;
  out.ran = true;
  out.proven = true;
  bool found = true;
  out.seats.assign(m.num_schools(), {});
  for (const auto& r : results) {
    if (!r.ok()) return r.status();
    if (!r->ran) return PairRelaxation{};
    out.proven &= r->proven;
    out.bound += r->bound;
    out.objective += r->objective;
    out.uses_open |= r->uses_open;
    found &= !r->seats.empty();
    if (r->seats.empty()) continue;
    for (size_t b = 0; b < r->seats.size(); ++b) {
      if (!r->seats[b].empty()) out.seats[b] = r->seats[b];
    }
  }
  if (!found) {
    out.seats.clear();
    out.objective = 0;
  }
  return out;
}

// The biggest part's groups that cross in no answer of it cheaper than `cutoff`, by the LP
// with one of their crossing columns forced in (CrossingBounds); `basis` receives the LP's
// optimum.
absl::StatusOr<std::set<int>> GroupsThatCannotCross(const Solving& solving, const Part& part,
                                                    double cutoff, LpBasis* basis) {
  ASSIGN_OR_RETURN(const auto crossing,
                   CrossingBounds(solving.m, part.reviewees, part.schools, solving.candidates,
                                  part.exact, part.open, solving.MostReviews(part), basis));
  std::set<int> alone;
  for (const auto& [g, bound] : crossing) {
    if (bound >= cutoff + kLooseSlack) alone.insert(g);
  }
  return alone;
}

// Solves `parts` for answers cheaper than `cutoff`: all but the biggest first, two at a
// time, then the biggest below what they leave. With `loosen`, the biggest's groups that
// cannot cross below that are first cut loose from it, and what it falls apart into is
// solved the same way (without loosening again: a second look seldom cuts anything).
absl::StatusOr<PairRelaxation> SolveParts(const Solving& solving, const std::vector<Part>& parts,
                                          double cutoff, bool loosen) {
  std::vector<absl::StatusOr<PairRelaxation>> results(parts.size(), PairRelaxation{});
  std::vector<size_t> others_first(parts.size() - 1);  // All but the biggest, biggest first.
  std::iota(others_first.begin(), others_first.end(), 1);
  ForEachOnTwoThreads(others_first, [&](size_t i) {
    const Part& part = parts[i];
    if (solving.closed_optima != nullptr && part.groups.size() == 1 && !part.schools.empty()) {
      auto known = solving.closed_optima->find(part.schools.front());
      if (known != solving.closed_optima->end()) {
        results[i] = known->second;
        return;
      }
    }
    results[i] = solving.Solve(part, MipModel::kInfinity);
  });
  double others = 0;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (!results[i].ok()) return results[i].status();
    if (!results[i]->ran) return PairRelaxation{};
    // A proven part's optimum, not its bound (reported a hair below): else the biggest
    // would look for, and find, answers only as cheap as the cutoff.
    const bool exact = results[i]->proven && !results[i]->seats.empty();
    others += exact ? results[i]->objective : results[i]->bound;
  }
  const Part& biggest = parts.front();
  const double left = cutoff - others;
  LpBasis basis;
  std::set<int> alone;
  if (loosen && biggest.groups.size() > 1 && !solving.whole && std::isfinite(left)) {
    ASSIGN_OR_RETURN(alone, GroupsThatCannotCross(solving, biggest, left, &basis));
  }
  if (alone.empty()) {
    results.front() = solving.Solve(biggest, left, basis.columns.empty() ? nullptr : &basis);
  } else {
    std::vector<PairColumn> kept;
    for (const PairColumn& c : biggest.exact) {
      const int from = solving.m.group(c.school), to = solving.m.group(c.reviewee);
      if (from != to && (alone.count(from) > 0 || alone.count(to) > 0)) continue;
      kept.push_back(c);
    }
    results.front() = SolveParts(solving,
                                 SplitIntoParts(solving.m, biggest.reviewees, biggest.schools,
                                                kept, biggest.open, /*whole=*/false),
                                 left, /*loosen=*/false);
  }
  return AddUp(solving.m, results);
}

}  // namespace

absl::StatusOr<PairRelaxation> SolveJoinedModel(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<PairColumn>& exact,
    const std::vector<PairColumn>& open, int max_reviews, double cutoff, int joined_nodes,
    absl::Time deadline, const std::map<int, PairRelaxation>* closed_optima) {
  const bool whole = max_reviews < static_cast<int>(reviewees.size());
  const Solving solving{m, candidates, whole, max_reviews, joined_nodes, deadline, closed_optima};
  return SolveParts(solving, SplitIntoParts(m, reviewees, schools, exact, open, whole), cutoff,
                    /*loosen=*/true);
}

}  // namespace partnership::scheduler::internal
