// The board_holdings table: the roster of who held which seat from when to when.
#ifndef PARTNERSHIP_STORAGE_ROSTER_TABLE_H_
#define PARTNERSHIP_STORAGE_ROSTER_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "board/holding.h"
#include "board/seat.h"
#include "storage/database.h"

namespace partnership::storage {

// Which holdings a List returns. Empty / unset fields match anything; dates are ISO.
struct HoldingQuery {
  std::string seat_key;
  int64_t person_id = 0;                 // 0: anyone
  std::optional<board::Body> body;       // the seat's body
  std::optional<board::Basis> basis;
  std::string overlapping_from;          // with overlapping_to: holdings sharing a day with
  std::string overlapping_to;            //   [from, to]
};

// Reads and writes holdings inside a transaction. Does not own `txn`.
class RosterTable {
 public:
  explicit RosterTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND ("holding 7 not found") if there is none.
  absl::StatusOr<board::Holding> Get(int64_t id);
  // Matching holdings in from_date then id order.
  absl::StatusOr<std::vector<board::Holding>> List(const HoldingQuery& query);
  // Inserts `holding` (id ignored) and returns its id.
  absl::StatusOr<int64_t> Insert(const board::Holding& holding);
  // Stores a new to_date, end_reason and update_time for holding `holding.id`; NOT_FOUND if
  // absent.
  absl::Status UpdateEnd(const board::Holding& holding);

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_ROSTER_TABLE_H_
