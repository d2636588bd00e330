// The motions put to a general meeting:
//
//   Add -> DRAFT -> Open -> OPEN (votes are taken) -> Close -> CLOSED (result stored)
//
// When a motion closes, the directed proxies for it are cast as directed (unless the school
// has voted itself, or its proxy holder is not there), the quorum is judged on who is present
// and represented by proxy at that moment, and the motion is decided by motion_result.h:
// PASSED, FAILED or NOT_QUORATE, with the rule and the numbers in words. Every change is
// audited in its transaction; on any error nothing is stored.
#ifndef PARTNERSHIP_MEETINGS_MOTIONS_H_
#define PARTNERSHIP_MEETINGS_MOTIONS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "meetings/meeting.h"
#include "storage/database.h"

namespace partnership::meetings {

struct NewMotion {
  std::string meeting_id;
  std::string text;
  MotionKind kind = MotionKind::kUnspecified;
  Ballot ballot = Ballot::kUnspecified;
  Fraction threshold;  // SPECIAL only; empty: the meeting's special threshold
};

struct MotionPage {
  std::vector<Motion> motions;  // by number
  std::string next_page_token;
  int total_size = 0;           // the meeting's motions
};

// Thread-safe; does not own `db`. Ids are given as text: INVALID_ARGUMENT naming the field
// for one that is not a positive number; NOT_FOUND for an unknown motion or meeting. Reading:
// CanReadMeetings; the changes: the coordinator only. PERMISSION_DENIED otherwise.
// A motion comes back with its running totals; a SECRET motion never with who voted how.
class Motions {
 public:
  explicit Motions(storage::Database& db) : db_(db) {}

  // A DRAFT motion, numbered after the meeting's others. INVALID_ARGUMENT for empty text (or
  // over 2000 characters), a missing kind or ballot, a threshold on an ORDINARY motion or a
  // special threshold not more than 1/2 and at most 1; FAILED_PRECONDITION if the meeting is
  // CLOSED.
  absl::StatusOr<Motion> Add(const access::Principal& caller, const NewMotion& motion);

  absl::StatusOr<Motion> Get(const access::Principal& caller, const std::string& id);

  // The meeting's motions by number, `page_size` at a time (0: 100; at most 1000).
  // INVALID_ARGUMENT for a negative page size or a page token not from an earlier page.
  absl::StatusOr<MotionPage> List(const access::Principal& caller, const std::string& meeting_id,
                                  int page_size, const std::string& page_token);

  // DRAFT -> OPEN: put to the vote. FAILED_PRECONDITION if the motion is not DRAFT, the
  // meeting is not OPEN, or another motion of the meeting is open (the message names it).
  absl::StatusOr<Motion> Open(const access::Principal& caller, const std::string& id);

  // OPEN -> CLOSED with its result, as above. FAILED_PRECONDITION if the motion is not OPEN.
  absl::StatusOr<Motion> Close(const access::Principal& caller, const std::string& id);

 private:
  storage::Database& db_;
};

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_MOTIONS_H_
