// A cycle's schedule (reviews, teams, unreviewed schools and its cost) and the days ledger
// written when a schedule is confirmed.
#ifndef PARTNERSHIP_STORAGE_REVIEW_SCHEDULE_TABLE_H_
#define PARTNERSHIP_STORAGE_REVIEW_SCHEDULE_TABLE_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "partnership/scheduler/schedule.h"
#include "storage/database.h"

namespace partnership::storage {

struct StoredSchedule {
  scheduler::Schedule schedule;  // ledger not stored here: see DaysLedgerTable
  std::string source;            // "SOLVED" or "IMPORTED"
  uint64_t seed = 0;
  std::string create_time;
  std::string created_by;
};

// A school's leaders reviewed another school in a confirmed cycle.
struct PastVisit {
  std::string cycle;
  std::string reviewer_school;
  std::string reviewee;
};

// Does not own `txn`.
class ReviewScheduleTable {
 public:
  explicit ReviewScheduleTable(Transaction& txn) : txn_(txn) {}

  // Replaces whatever schedule the cycle had with `stored`.
  absl::Status Replace(const std::string& cycle, const StoredSchedule& stored);
  // NOT_FOUND if the cycle has no schedule.
  absl::StatusOr<StoredSchedule> Get(const std::string& cycle);
  // Every (reviewer school, reviewee) pair of confirmed cycles named before `cycle`.
  absl::StatusOr<std::vector<PastVisit>> PastVisits(const std::string& cycle);

 private:
  Transaction& txn_;
};

// Does not own `txn`.
class DaysLedgerTable {
 public:
  explicit DaysLedgerTable(Transaction& txn) : txn_(txn) {}

  // Records the cycle's ledger (replacing any earlier one for the cycle).
  absl::Status Write(const std::string& cycle, const std::vector<scheduler::DaysLedger>& rows);
  // Balances after the latest cycle named before `cycle` that has a ledger, by school.
  absl::StatusOr<std::map<std::string, scheduler::DaysLedger>> BalancesBefore(
      const std::string& cycle);
  // Every ledger row, by cycle then school; only `school_urn`'s if given.
  absl::StatusOr<std::vector<std::pair<std::string, scheduler::DaysLedger>>> List(
      const std::string& school_urn);

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_REVIEW_SCHEDULE_TABLE_H_
