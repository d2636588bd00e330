#include "scheduler/joined_model.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "scheduler/mip_solver.h"
#include "scheduler/two_threads.h"

namespace partnership::scheduler::internal {
namespace {

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

}  // namespace

absl::StatusOr<PairRelaxation> SolveJoinedModel(
    const Model& m, const std::vector<int>& reviewees, const std::vector<int>& schools,
    const std::vector<std::vector<Candidate>>& candidates, const std::vector<PairColumn>& exact,
    const std::vector<PairColumn>& open, int max_reviews, double cutoff, int joined_nodes,
    absl::Time deadline, const std::map<int, PairRelaxation>* closed_optima) {
  const bool whole = max_reviews < static_cast<int>(reviewees.size());
  const std::vector<Part> parts = SplitIntoParts(m, reviewees, schools, exact, open, whole);
  auto search_for = [&](const Part& part) {
    PairSearch search;
    search.deadline = deadline;
    if (part.groups.size() > 1) {
      search.max_nodes = joined_nodes;
      search.tuning.gomory_cuts = true;
    }
    return search;
  };
  auto solve = [&](const Part& part, const PairSearch& search) {
    const int most = whole ? max_reviews : static_cast<int>(part.reviewees.size());
    return SolvePairModel(m, part.reviewees, part.schools, candidates, part.exact, part.open,
                          nullptr, most, search);
  };
  std::vector<absl::StatusOr<PairRelaxation>> results(parts.size(), PairRelaxation{});
  std::vector<size_t> others_first(parts.size() - 1);  // All but the biggest, biggest first.
  std::iota(others_first.begin(), others_first.end(), 1);
  ForEachOnTwoThreads(others_first, [&](size_t i) {
    const Part& part = parts[i];
    if (closed_optima != nullptr && part.groups.size() == 1 && !part.schools.empty()) {
      auto known = closed_optima->find(part.schools.front());
      if (known != closed_optima->end()) {
        results[i] = known->second;
        return;
      }
    }
    results[i] = solve(part, search_for(part));
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
  PairSearch search = search_for(parts.front());
  search.cutoff = cutoff - others;
  results.front() = solve(parts.front(), search);
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
    found &= !r->seats.empty();
    if (r->seats.empty()) continue;
    for (int b : reviewees) {
      if (!r->seats[b].empty()) out.seats[b] = r->seats[b];
    }
  }
  if (!found) {
    out.seats.clear();
    out.objective = 0;
  }
  return out;
}

}  // namespace partnership::scheduler::internal
