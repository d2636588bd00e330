// Minimum-cost flow on integer costs: the engine of the scheduler's lower bound.
//
// Internal. Primal-dual successive shortest paths: Dijkstra on reduced costs, then as many
// augmentations as the zero-reduced-cost arcs allow before the next Dijkstra. Negative arc
// costs are allowed as long as the graph has no negative cycle (the bound's graph is a DAG).
#ifndef PARTNERSHIP_SCHEDULER_MIN_COST_FLOW_H_
#define PARTNERSHIP_SCHEDULER_MIN_COST_FLOW_H_

#include <cstdint>
#include <vector>

namespace partnership::scheduler::internal {

class MinCostFlow {
 public:
  explicit MinCostFlow(int nodes);
  int AddNode();
  // Adds an arc and its residual twin; returns the arc's index.
  int AddArc(int from, int to, int capacity, int64_t cost);
  int flow(int arc) const;

  struct Result {
    int64_t flow = 0;
    int64_t cost = 0;
  };
  // Sends up to `limit` units from `source` to `sink` at least cost.
  Result Solve(int source, int sink, int64_t limit);

 private:
  struct Arc {
    int to;
    int cap;
    int64_t cost;
  };
  bool Dijkstra(int source, int sink);
  int Augment(int v, int sink, int pushed);

  std::vector<Arc> arcs_;
  std::vector<std::vector<int>> out_;
  std::vector<int64_t> potential_, dist_;
  std::vector<int> next_arc_;
  std::vector<char> on_path_;
};

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_MIN_COST_FLOW_H_
