// The board_seats table: the seats of the board, the shadow board and the sub-committees.
#ifndef PARTNERSHIP_STORAGE_SEAT_TABLE_H_
#define PARTNERSHIP_STORAGE_SEAT_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "board/seat.h"
#include "storage/database.h"

namespace partnership::storage {

// Reads and writes seats inside a transaction. Does not own `txn`.
class SeatTable {
 public:
  explicit SeatTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND ("seat chair not found") if there is none.
  absl::StatusOr<board::Seat> Get(const std::string& key);
  // Seats of `body` (unset: every body), in body then position order, retired ones included.
  absl::StatusOr<std::vector<board::Seat>> List(std::optional<board::Body> body);
  // The highest position used in `body`; 0 when it has no seats.
  absl::StatusOr<int> LastPosition(board::Body body);
  // ALREADY_EXISTS ("seat chair already exists") if the key is taken.
  absl::Status Insert(const board::Seat& seat);
  // Replaces every field but the key; NOT_FOUND if absent.
  absl::Status Update(const board::Seat& seat);

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_SEAT_TABLE_H_
