// A mixed-integer program and the one place that hands it to CBC (Debian
// coinor-libcbc-dev), when the library was built with it.
//
// Internal. The scheduler's exact model (exact_mip.h) and its date-free relaxation
// (pair_mip.h) are built here as plain rows and columns; this file alone knows CBC, so the
// rest of the scheduler compiles and works without it (MipSolverAvailable() is false and
// SolveMip returns ran == false).
//
// Reproducible: CBC runs single-threaded and stops at a node limit, so the same model gives
// the same answer on any machine; the wall-clock deadline is only a guard.
#ifndef PARTNERSHIP_SCHEDULER_MIP_SOLVER_H_
#define PARTNERSHIP_SCHEDULER_MIP_SOLVER_H_

#include <limits>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace partnership::scheduler::internal {

class MipModel {
 public:
  static constexpr double kInfinity = std::numeric_limits<double>::infinity();

  // Adds a column with objective coefficient `cost` and bounds [lo, hi]; returns its index.
  int AddColumn(double cost, double lo, double hi, bool integer);
  // Adds lo <= sum(coefficient * column) <= hi (either side may be infinite).
  void AddRow(std::vector<std::pair<int, double>> terms, double lo, double hi);
  void SetUpper(int column, double hi) { hi_[column] = hi; }
  // CBC branches on integer columns of a lower priority first (all are kDefaultPriority
  // unless set).
  static constexpr int kDefaultPriority = 1000;
  void SetPriority(int column, int priority) { priority_[column] = priority; }
  // Makes every objective coefficient zero: the model becomes a question of feasibility.
  void ClearCosts();
  // The objective of `solution` (one value per column).
  double Objective(const std::vector<double>& solution) const;
  int columns() const { return static_cast<int>(cost_.size()); }
  int rows() const { return static_cast<int>(rows_.size()); }

 private:
  friend class MipSolverAccess;
  struct Row {
    std::vector<std::pair<int, double>> terms;
    double lo, hi;
  };
  std::vector<double> cost_, lo_, hi_;
  std::vector<char> integer_;
  std::vector<int> priority_;
  std::vector<Row> rows_;
};

// An optimal basis of a model's LP relaxation: one status per column, then per row, as CLP
// numbers them. Handed to SolveMip for the same model, CBC's root starts from it.
struct LpBasis {
  std::vector<int> columns, rows;
};

struct MipResult {
  bool ran = false;      // CBC was run (false: the library was built without it).
  bool proven = false;   // The search finished: `bound` is the optimum below the cutoff.
  bool found = false;    // A solution below the cutoff is in `solution`.
  double objective = 0;  // Its objective.
  // Lower bound on every solution's objective: the optimum when proven, else CBC's best
  // possible value; never above the cutoff (nothing below it means the cutoff is a bound).
  double bound = -MipModel::kInfinity;
  std::vector<double> solution;
};

// How CBC searches a model; the defaults suit the scheduler's exact model with dates.
struct MipTuning {
  // Gomory cuts tighten the dated model's weak root, but on the date-free model (whose LP
  // is nearly integral) they cost more time than they save: a county group of 41 takes
  // 1.9 s with them and 0.4 s without, a country 38 s against 24 s.
  bool gomory_cuts = true;
  // Candidates CBC branches on tentatively at each node before it trusts its estimates.
  int strong_branching = 5;
};

// True when the library was built with CBC.
bool MipSolverAvailable();

// Minimises `model` with CBC, accepting only solutions whose objective is below `cutoff`
// (+infinity: any), for at most `max_nodes` branch-and-bound nodes or until `deadline`.
// Thread-safe: each call has its own CBC model.
//
// INTERNAL if CBC reports an error.
// `start`, if not null, is a known solution (one value per column) for CBC's local
// heuristics to start from; it is checked, and ignored if it breaks a row.
absl::StatusOr<MipResult> SolveMip(const MipModel& model, double cutoff, int max_nodes,
                                   absl::Time deadline, const std::vector<double>* start = nullptr,
                                   const MipTuning& tuning = MipTuning{},
                                   const LpBasis* basis = nullptr);

struct LpResult {
  bool solved = false;        // The LP relaxation was solved to optimality.
  double objective = 0;       // Its optimum.
  std::vector<double> duals;  // One per row: the optimum's rate of change with the row's bound.
  std::vector<double> values;  // One per column: the optimum.
  // One per column: how much the optimum would rise per unit of the column forced in.
  std::vector<double> reduced_costs;
  // One per column: the LP's optimum once the columns SolveLp dived on are whole (empty if
  // it was not asked to dive, or the dive lost the LP's optimum).
  std::vector<double> dived;
};

// SolveLp's dive fixes at most this many columns (a county's joined LP needs 2 to 6).
constexpr int kMaxDiveSteps = 64;

// Solves the LP relaxation of `model` (integrality dropped). solved == false without CBC,
// or if the LP is infeasible or unbounded. The duals, values and reduced costs are the
// optimum's; then, if `dive` is not empty, the LP dives: the column of `dive` with the
// largest value below 1 is fixed at 1 (at 0 if the LP then has no optimum) and the LP is
// re-optimised from where it was, up to kMaxDiveSteps times or until every column of
// `dive` is 0 or 1. `dived` is where it ends: columns that fit together, where rounding
// the optimum's values need not.
//
// INTERNAL if CLP reports an error.
absl::StatusOr<LpResult> SolveLp(const MipModel& model, const std::vector<int>& dive = {});

// A row added to a model for one probe of ProbeLp: at least `lo` of the sum of `terms`.
struct LpProbe {
  std::vector<std::pair<int, double>> terms;
  double lo = 0;
};

// Solves the LP relaxation of `model`, then again with each of `probes` added, one at a
// time and each from the first optimum's basis, so that a probe costs a few pivots.
// Returns one optimum per probe: +infinity where the probe leaves the LP infeasible,
// -infinity where CLP did not settle it; empty without CBC, or if the LP itself has no
// optimum. `basis`, if not null, receives the first optimum's basis (for SolveMip).
//
// INTERNAL if CLP reports an error.
absl::StatusOr<std::vector<double>> ProbeLp(const MipModel& model,
                                            const std::vector<LpProbe>& probes,
                                            LpBasis* basis = nullptr);

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_MIP_SOLVER_H_
