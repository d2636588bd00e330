#include "scheduler/mip_solver.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

#ifdef PARTNERSHIP_SCHEDULER_WITH_CBC
#include <coin/CbcBranchActual.hpp>
#include <coin/CbcHeuristic.hpp>
#include <coin/CbcHeuristicFPump.hpp>
#include <coin/CbcHeuristicLocal.hpp>
#include <coin/CbcHeuristicRINS.hpp>
#include <coin/CbcModel.hpp>
#include <coin/CglClique.hpp>
#include <coin/CglFlowCover.hpp>
#include <coin/CglGomory.hpp>
#include <coin/CglKnapsackCover.hpp>
#include <coin/CglMixedIntegerRounding2.hpp>
#include <coin/CglTwomir.hpp>
#include <coin/CoinError.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/CoinWarmStartBasis.hpp>
#include <coin/OsiClpSolverInterface.hpp>
#endif

namespace partnership::scheduler::internal {

int MipModel::AddColumn(double cost, double lo, double hi, bool integer) {
  cost_.push_back(cost);
  lo_.push_back(lo);
  hi_.push_back(hi);
  integer_.push_back(integer);
  priority_.push_back(kDefaultPriority);
  return static_cast<int>(cost_.size()) - 1;
}

void MipModel::AddRow(std::vector<std::pair<int, double>> terms, double lo, double hi) {
  rows_.push_back({std::move(terms), lo, hi});
}

void MipModel::ClearCosts() { cost_.assign(cost_.size(), 0.0); }

double MipModel::Objective(const std::vector<double>& solution) const {
  double total = 0;
  for (size_t c = 0; c < cost_.size() && c < solution.size(); ++c) {
    total += cost_[c] * solution[c];
  }
  return total;
}

#ifndef PARTNERSHIP_SCHEDULER_WITH_CBC

bool MipSolverAvailable() { return false; }

absl::StatusOr<MipResult> SolveMip(const MipModel&, double, int, absl::Time,
                                   const std::vector<double>*, const MipTuning&, const LpBasis*) {
  return MipResult{};
}

absl::StatusOr<LpResult> SolveLp(const MipModel&, const std::vector<int>&) { return LpResult{}; }

absl::StatusOr<std::vector<double>> ProbeLp(const MipModel&, const std::vector<LpProbe>&,
                                            LpBasis*) {
  return std::vector<double>{};
}

#else

bool MipSolverAvailable() { return true; }

// A dived value this close to 0 or 1 is whole (CLP's primal tolerance is 1e-7).
constexpr double kWhole = 1e-6;

class MipSolverAccess {
 public:
  // Hands `m` to CLP, integrality aside. May throw CoinError.
  static void Load(const MipModel& m, OsiClpSolverInterface& solver) {
    const double inf = COIN_DBL_MAX;
    auto coin = [&](double v) { return std::isinf(v) ? (v > 0 ? inf : -inf) : v; };
    // Built whole: appending row by row reallocates the matrix each time, which took 2 s
    // of a county's 2.5 s joined LP.
    std::vector<double> row_lo, row_hi, coefs;
    std::vector<int> cols, lengths;
    std::vector<CoinBigIndex> starts;
    for (const MipModel::Row& row : m.rows_) {
      starts.push_back(static_cast<CoinBigIndex>(cols.size()));
      lengths.push_back(static_cast<int>(row.terms.size()));
      for (const auto& [c, v] : row.terms) {
        cols.push_back(c);
        coefs.push_back(v);
      }
      row_lo.push_back(coin(row.lo));
      row_hi.push_back(coin(row.hi));
    }
    const CoinPackedMatrix matrix(/*colordered=*/false, m.columns(), m.rows(),
                                  static_cast<CoinBigIndex>(cols.size()), coefs.data(),
                                  cols.data(), starts.data(), lengths.data());
    std::vector<double> lo(m.lo_), hi(m.hi_);
    for (double& v : lo) v = coin(v);
    for (double& v : hi) v = coin(v);
    solver.loadProblem(matrix, lo.data(), hi.data(), m.cost_.data(), row_lo.data(),
                       row_hi.data());
    solver.messageHandler()->setLogLevel(0);
  }

  // Fixes the columns of `dive` whole one at a time, as SolveLp describes; `solver` holds
  // an optimum. Returns false if the LP lost its optimum. May throw CoinError.
  static bool Dive(const std::vector<int>& dive, OsiClpSolverInterface& solver) {
    for (int step = 0; step < kMaxDiveSteps; ++step) {
      const double* values = solver.getColSolution();
      int most = -1;
      for (int c : dive) {
        if (values[c] > kWhole && values[c] < 1 - kWhole &&
            (most < 0 || values[c] > values[most])) {
          most = c;
        }
      }
      if (most < 0) return true;
      std::unique_ptr<CoinWarmStart> basis(solver.getWarmStart());
      solver.setColLower(most, 1.0);
      solver.resolve();
      if (solver.isProvenOptimal()) continue;
      solver.setColLower(most, 0.0);
      solver.setColUpper(most, 0.0);
      solver.setWarmStart(basis.get());
      solver.resolve();
      if (!solver.isProvenOptimal()) return false;
    }
    return true;
  }

  static absl::StatusOr<LpResult> SolveLp(const MipModel& m, const std::vector<int>& dive) {
    LpResult result;
    try {
      OsiClpSolverInterface solver;
      Load(m, solver);
      solver.initialSolve();
      if (!solver.isProvenOptimal()) return result;
      result.solved = true;
      result.objective = solver.getObjValue();
      const double* duals = solver.getRowPrice();
      result.duals.assign(duals, duals + m.rows());
      const double* values = solver.getColSolution();
      result.values.assign(values, values + m.columns());
      const double* reduced = solver.getReducedCost();
      result.reduced_costs.assign(reduced, reduced + m.columns());
      if (!dive.empty() && Dive(dive, solver)) {
        const double* dived = solver.getColSolution();
        result.dived.assign(dived, dived + m.columns());
      }
    } catch (const CoinError& e) {
      return absl::InternalError(absl::StrCat("CLP: ", e.message()));
    } catch (const std::exception& e) {
      return absl::InternalError(absl::StrCat("CLP: ", e.what()));
    }
    return result;
  }

  static absl::StatusOr<std::vector<double>> Probe(const MipModel& m,
                                                   const std::vector<LpProbe>& probes,
                                                   LpBasis* optimal) {
    std::vector<double> out;
    try {
      OsiClpSolverInterface solver;
      Load(m, solver);
      solver.initialSolve();
      if (!solver.isProvenOptimal()) return out;
      std::unique_ptr<CoinWarmStart> basis(solver.getWarmStart());
      if (optimal != nullptr) {
        const auto* statuses = dynamic_cast<const CoinWarmStartBasis*>(basis.get());
        if (statuses != nullptr) {
          optimal->columns.resize(statuses->getNumStructural());
          optimal->rows.resize(statuses->getNumArtificial());
          for (size_t i = 0; i < optimal->columns.size(); ++i) {
            optimal->columns[i] = statuses->getStructStatus(static_cast<int>(i));
          }
          for (size_t i = 0; i < optimal->rows.size(); ++i) {
            optimal->rows[i] = statuses->getArtifStatus(static_cast<int>(i));
          }
        }
      }
      const int row = solver.getNumRows();
      for (const LpProbe& probe : probes) {
        std::vector<int> columns;
        std::vector<double> coefficients;
        for (const auto& [c, v] : probe.terms) {
          columns.push_back(c);
          coefficients.push_back(v);
        }
        solver.addRow(static_cast<int>(columns.size()), columns.data(), coefficients.data(),
                      probe.lo, COIN_DBL_MAX);
        solver.resolve();
        if (solver.isProvenOptimal()) {
          out.push_back(solver.getObjValue());
        } else if (solver.isProvenPrimalInfeasible()) {
          out.push_back(MipModel::kInfinity);
        } else {
          out.push_back(-MipModel::kInfinity);
        }
        solver.deleteRows(1, &row);
        solver.setWarmStart(basis.get());
      }
    } catch (const CoinError& e) {
      return absl::InternalError(absl::StrCat("CLP: ", e.message()));
    } catch (const std::exception& e) {
      return absl::InternalError(absl::StrCat("CLP: ", e.what()));
    }
    return out;
  }

  static absl::StatusOr<MipResult> Solve(const MipModel& m, double cutoff, int max_nodes,
                                         absl::Time deadline, const std::vector<double>* start,
                                         const MipTuning& tuning, const LpBasis* basis) {
    MipResult result;
    const double seconds = absl::ToDoubleSeconds(deadline - absl::Now());
    if (seconds <= 0.01) return result;
    try {
      const int columns = m.columns();
      OsiClpSolverInterface solver;
      Load(m, solver);
      for (int c = 0; c < columns; ++c) {
        if (m.integer_[c]) solver.setInteger(c);
      }
      solver.messageHandler()->setLogLevel(0);
      if (basis != nullptr && static_cast<int>(basis->columns.size()) == columns &&
          static_cast<int>(basis->rows.size()) == m.rows()) {
        CoinWarmStartBasis warm;
        warm.setSize(columns, m.rows());
        for (int i = 0; i < columns; ++i) {
          warm.setStructStatus(i, static_cast<CoinWarmStartBasis::Status>(basis->columns[i]));
        }
        for (int i = 0; i < m.rows(); ++i) {
          warm.setArtifStatus(i, static_cast<CoinWarmStartBasis::Status>(basis->rows[i]));
        }
        // CBC's root then starts from an optimum (a resolve of no pivots).
        solver.setWarmStart(&warm);
        solver.resolve();
      }
      CbcModel model(solver);
      model.messageHandler()->setLogLevel(0);
      // CBC's usual cuts and heuristics, set up here rather than by its command-line driver
      // (CbcMain), whose parameters live in static storage: this way the two workers may
      // solve at once. Probing and preprocessing are left out: on these models they cost
      // time and never moved a bound.
      CglGomory gomory;
      gomory.setLimit(300);
      CglKnapsackCover knapsack;
      CglClique clique;
      clique.setStarCliqueReport(false);
      clique.setRowCliqueReport(false);
      CglMixedIntegerRounding2 mir;
      CglFlowCover flow;
      CglTwomir twomir;
      if (tuning.gomory_cuts) model.addCutGenerator(&gomory, -98, "Gomory");
      model.addCutGenerator(&knapsack, -98, "Knapsack");
      model.addCutGenerator(&clique, -98, "Clique");
      model.addCutGenerator(&mir, -98, "MixedIntegerRounding2");
      model.addCutGenerator(&flow, -98, "FlowCover");
      model.addCutGenerator(&twomir, -98, "TwoMirCuts");
      CbcRounding rounding(model);
      CbcHeuristicFPump pump(model);
      CbcHeuristicLocal local(model);
      CbcHeuristicRINS rins(model);
      model.addHeuristic(&rounding);
      model.addHeuristic(&pump);
      model.addHeuristic(&local);
      model.addHeuristic(&rins);
      if (std::any_of(m.priority_.begin(), m.priority_.end(),
                      [](int p) { return p != MipModel::kDefaultPriority; })) {
        model.findIntegers(true);
        for (int i = 0; i < model.numberObjects(); ++i) {
          auto* integer = dynamic_cast<CbcSimpleInteger*>(model.modifiableObject(i));
          if (integer != nullptr) integer->setPriority(m.priority_[integer->columnNumber()]);
        }
      }
      model.setNumberStrong(tuning.strong_branching);
      model.setNumberBeforeTrust(10);
      model.setMaximumNodes(max_nodes);
      model.setUseElapsedTime(true);
      model.setMaximumSeconds(std::min(seconds, 1e6));
      if (start != nullptr && static_cast<int>(start->size()) == columns) {
        model.setBestSolution(start->data(), columns, COIN_DBL_MAX, true);
      }
      if (std::isfinite(cutoff)) model.setCutoff(cutoff);
      model.setLogLevel(0);
      model.solver()->messageHandler()->setLogLevel(0);
      model.initialSolve();
      model.branchAndBound();
      result.ran = true;
      result.proven = model.isProvenOptimal() || model.isProvenInfeasible();
      const double* sol = model.bestSolution();
      result.found = sol != nullptr && model.getObjValue() < cutoff;
      if (result.found) {
        result.objective = model.getObjValue();
        result.solution.assign(sol, sol + columns);
      }
      const double ceiling = result.found ? result.objective : cutoff;
      double bound = model.getBestPossibleObjValue();
      if (!std::isfinite(bound) || std::abs(bound) >= 1e50) bound = -MipModel::kInfinity;
      result.bound = result.proven ? ceiling : std::min(bound, ceiling);
    } catch (const CoinError& e) {
      return absl::InternalError(absl::StrCat("CBC: ", e.message()));
    } catch (const std::exception& e) {
      return absl::InternalError(absl::StrCat("CBC: ", e.what()));
    }
    return result;
  }
};

absl::StatusOr<MipResult> SolveMip(const MipModel& model, double cutoff, int max_nodes,
                                   absl::Time deadline, const std::vector<double>* start,
                                   const MipTuning& tuning, const LpBasis* basis) {
  return MipSolverAccess::Solve(model, cutoff, max_nodes, deadline, start, tuning, basis);
}

absl::StatusOr<LpResult> SolveLp(const MipModel& model, const std::vector<int>& dive) {
  return MipSolverAccess::SolveLp(model, dive);
}

absl::StatusOr<std::vector<double>> ProbeLp(const MipModel& model,
                                            const std::vector<LpProbe>& probes, LpBasis* basis) {
  return MipSolverAccess::Probe(model, probes, basis);
}

#endif  // PARTNERSHIP_SCHEDULER_WITH_CBC

}  // namespace partnership::scheduler::internal
