// The review_cycles table and the school_conflicts table the scheduler reads beside it.
#ifndef PARTNERSHIP_STORAGE_REVIEW_CYCLE_TABLE_H_
#define PARTNERSHIP_STORAGE_REVIEW_CYCLE_TABLE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "partnership/scheduler/problem.h"
#include "reviews/review_cycle.h"
#include "storage/database.h"

namespace partnership::storage {

// Does not own `txn`.
class ReviewCycleTable {
 public:
  explicit ReviewCycleTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND ("review cycle 2026-27 not found") if absent.
  absl::StatusOr<reviews::ReviewCycle> Get(const std::string& name);
  // Every cycle, by name (which sorts academic years in order).
  absl::StatusOr<std::vector<reviews::ReviewCycle>> List();
  // ALREADY_EXISTS if a cycle has this name.
  absl::Status Insert(const reviews::ReviewCycle& cycle);
  // Replaces every field of the cycle with the same name; NOT_FOUND if absent.
  absl::Status Update(const reviews::ReviewCycle& cycle);

 private:
  Transaction& txn_;
};

// Pairs of schools whose leaders must never review one another (federated, shared
// governors, a dispute). Stored with the smaller URN first. Does not own `txn`.
class ConflictTable {
 public:
  explicit ConflictTable(Transaction& txn) : txn_(txn) {}

  absl::StatusOr<std::vector<scheduler::Conflict>> List();
  // ALREADY_EXISTS if the pair is recorded already (in either order).
  absl::Status Insert(const scheduler::Conflict& conflict);
  // NOT_FOUND if the pair is not recorded.
  absl::Status Delete(const std::string& a, const std::string& b);

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_REVIEW_CYCLE_TABLE_H_
