#include "scheduler/min_cost_flow.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <queue>

namespace partnership::scheduler::internal {
namespace {
constexpr int64_t kInf = std::numeric_limits<int64_t>::max() / 4;
}

MinCostFlow::MinCostFlow(int nodes) : out_(nodes) {}

int MinCostFlow::AddNode() {
  out_.emplace_back();
  return static_cast<int>(out_.size()) - 1;
}

int MinCostFlow::AddArc(int from, int to, int capacity, int64_t cost) {
  const int id = static_cast<int>(arcs_.size());
  arcs_.push_back({to, capacity, cost});
  out_[from].push_back(id);
  arcs_.push_back({from, 0, -cost});
  out_[to].push_back(id + 1);
  return id;
}

int MinCostFlow::flow(int arc) const { return arcs_[arc ^ 1].cap; }

bool MinCostFlow::Dijkstra(int source, int sink) {
  const int n = static_cast<int>(out_.size());
  dist_.assign(n, kInf);
  using Item = std::pair<int64_t, int>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
  dist_[source] = 0;
  queue.push({0, source});
  while (!queue.empty()) {
    auto [d, v] = queue.top();
    queue.pop();
    if (d != dist_[v]) continue;
    // Nodes not yet settled are at least as far as the sink, and the potential update
    // below caps every distance at the sink's: stopping here changes nothing.
    if (v == sink) break;
    for (int id : out_[v]) {
      const Arc& a = arcs_[id];
      if (a.cap <= 0) continue;
      const int64_t nd = d + a.cost + potential_[v] - potential_[a.to];
      if (nd < dist_[a.to]) {
        dist_[a.to] = nd;
        queue.push({nd, a.to});
      }
    }
  }
  if (dist_[sink] >= kInf) return false;
  for (int v = 0; v < n; ++v) {
    // Unreached nodes keep reduced costs non-negative by moving with the sink.
    potential_[v] += std::min(dist_[v], dist_[sink]);
  }
  return true;
}

int MinCostFlow::Augment(int v, int sink, int pushed) {
  if (v == sink) return pushed;
  on_path_[v] = 1;
  for (int& i = next_arc_[v]; i < static_cast<int>(out_[v].size()); ++i) {
    const int id = out_[v][i];
    Arc& a = arcs_[id];
    if (a.cap <= 0 || on_path_[a.to]) continue;
    if (a.cost + potential_[v] - potential_[a.to] != 0) continue;
    const int got = Augment(a.to, sink, std::min(pushed, a.cap));
    if (got > 0) {
      a.cap -= got;
      arcs_[id ^ 1].cap += got;
      on_path_[v] = 0;
      return got;
    }
  }
  on_path_[v] = 0;
  return 0;
}

MinCostFlow::Result MinCostFlow::Solve(int source, int sink, int64_t limit) {
  const int n = static_cast<int>(out_.size());
  // Initial potentials by Bellman-Ford (queue based): costs may be negative.
  potential_.assign(n, kInf);
  potential_[source] = 0;
  std::deque<int> queue = {source};
  std::vector<char> queued(n, 0);
  queued[source] = 1;
  while (!queue.empty()) {
    const int v = queue.front();
    queue.pop_front();
    queued[v] = 0;
    for (int id : out_[v]) {
      const Arc& a = arcs_[id];
      if (a.cap <= 0) continue;
      if (potential_[v] + a.cost < potential_[a.to]) {
        potential_[a.to] = potential_[v] + a.cost;
        if (!queued[a.to]) {
          queued[a.to] = 1;
          queue.push_back(a.to);
        }
      }
    }
  }
  for (auto& p : potential_) {
    if (p >= kInf) p = 0;
  }
  Result result;
  on_path_.assign(n, 0);
  while (result.flow < limit && Dijkstra(source, sink)) {
    next_arc_.assign(n, 0);
    const int64_t before = result.flow;
    while (result.flow < limit) {
      const int pushed = Augment(source, sink,
                                 static_cast<int>(std::min<int64_t>(limit - result.flow, 1 << 30)));
      if (pushed == 0) break;
      result.flow += pushed;
    }
    if (result.flow == before) break;  // Cannot happen with exact integer costs; never spin.
  }
  for (size_t id = 0; id < arcs_.size(); id += 2) {
    result.cost += static_cast<int64_t>(arcs_[id ^ 1].cap) * arcs_[id].cost;
  }
  return result;
}

}  // namespace partnership::scheduler::internal
