// The meetings table, the schools that were members on each meeting's date
// (meeting_members) and attendance (meeting_attendance).
#ifndef PARTNERSHIP_STORAGE_MEETING_TABLE_H_
#define PARTNERSHIP_STORAGE_MEETING_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "meetings/meeting.h"
#include "storage/database.h"

namespace partnership::storage {

// Which meetings a List or Count returns. Unset fields match anything.
struct MeetingQuery {
  std::optional<meetings::MeetingStatus> status;
  int64_t after_id = 0;  // keyset paging
  int limit = 0;         // 0: no limit
};

// Reads and writes meetings inside a transaction. Does not own `txn`. Meetings come back
// without their attendance count, which the domain works out.
class MeetingTable {
 public:
  explicit MeetingTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND ("meeting 12 not found") if there is none.
  absl::StatusOr<meetings::Meeting> Get(int64_t id);
  // Matching meetings in id order.
  absl::StatusOr<std::vector<meetings::Meeting>> List(const MeetingQuery& query);
  absl::StatusOr<int> Count(const MeetingQuery& query);
  // Inserts `meeting` (id ignored) and returns its id.
  absl::StatusOr<int64_t> Insert(const meetings::Meeting& meeting);
  // Replaces the status and times of meeting `meeting.id`; NOT_FOUND if absent.
  absl::Status Update(const meetings::Meeting& meeting);

  // Records the schools that are members for the meeting (once, when it opens).
  absl::Status SetMembers(int64_t meeting_id, const std::vector<std::string>& school_urns);
  // The recorded members in URN order; empty before the meeting opens.
  absl::StatusOr<std::vector<std::string>> Members(int64_t meeting_id);

  // Registers school `attendance.school_urn` present. ALREADY_EXISTS ("school 115481 is
  // already registered present at meeting 3") if it is.
  absl::Status AddAttendance(const meetings::Attendance& attendance);
  // The schools registered present, in URN order, with their names.
  absl::StatusOr<std::vector<meetings::Attendance>> Attendance(int64_t meeting_id);
  absl::StatusOr<bool> IsPresent(int64_t meeting_id, const std::string& school_urn);

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_MEETING_TABLE_H_
