// The motions table and who has voted on each (motion_voters). A secret motion's choices
// live only in its running totals; see storage/meetings_schema.cc.
#ifndef PARTNERSHIP_STORAGE_MOTION_TABLE_H_
#define PARTNERSHIP_STORAGE_MOTION_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "meetings/meeting.h"
#include "storage/database.h"

namespace partnership::storage {

// One vote as it is stored.
struct StoredVote {
  int64_t motion_id = 0;
  std::string school_urn;             // whose vote it is
  bool by_proxy = false;
  std::string cast_by;                // "the chair" or the proxy holder's URN; "" in person
  meetings::VoteChoice choice = meetings::VoteChoice::kUnspecified;
  bool recorded = false;              // false: the choice goes into the totals only
};

// Reads and writes motions inside a transaction. Does not own `txn`. Motions come back with
// their totals, the number of schools that have voted, the stored result once closed and,
// for RECORDED motions, each school's vote in URN order.
class MotionTable {
 public:
  explicit MotionTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND ("motion 12 not found") if there is none.
  absl::StatusOr<meetings::Motion> Get(int64_t id);
  // The motions of a meeting, by number.
  absl::StatusOr<std::vector<meetings::Motion>> ListForMeeting(int64_t meeting_id);
  // How many of the meeting's motions are past DRAFT.
  absl::StatusOr<int> CountPut(int64_t meeting_id);
  // Inserts `motion` (id and number ignored) as the meeting's next number; returns its id.
  absl::StatusOr<int64_t> Insert(const meetings::Motion& motion);
  // Replaces the status, times and (when set) the result of motion `motion.id`.
  absl::Status Update(const meetings::Motion& motion);

  // Records `vote` and adds it to the motion's totals, together. ALREADY_EXISTS ("school
  // 115481 has already voted on motion 4") if the school has voted on the motion.
  absl::Status AddVote(const StoredVote& vote);
  absl::StatusOr<bool> HasVoted(int64_t motion_id, const std::string& school_urn);

 private:
  absl::Status Complete(meetings::Motion& motion);

  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_MOTION_TABLE_H_
