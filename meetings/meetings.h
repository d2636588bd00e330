// General meetings through their lifecycle, and who attends them:
//
//   Create -> SCHEDULED -> Open -> OPEN -> Close -> CLOSED
//
// The voting members of a meeting are the schools that are active members of the partnership
// on its date (membership/membership_register.h); the list is kept with the meeting when it
// opens. A member school is registered present by the coordinator or by itself; a school
// represented by a proxy whose holder is there counts towards the quorum too. Every change is
// audited in its transaction; on any error nothing is stored.
#ifndef PARTNERSHIP_MEETINGS_MEETINGS_H_
#define PARTNERSHIP_MEETINGS_MEETINGS_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "meetings/meeting.h"
#include "membership/membership_register.h"
#include "storage/database.h"

namespace partnership::meetings {

struct NewMeeting {
  MeetingKind kind = MeetingKind::kUnspecified;
  std::string title;
  std::string date;  // ISO
  std::string chair_person_id;
  Quorum quorum;
  Fraction special_threshold;  // empty: 3/4
};

struct MeetingFilter {
  std::optional<MeetingStatus> status;
  int page_size = 0;  // 0: 100; more than 1000: 1000
  std::string page_token;
};

struct MeetingPage {
  std::vector<Meeting> meetings;
  std::string next_page_token;
  int total_size = 0;
};

// Thread-safe; owns neither argument. Meetings come back with their attendance count (who is
// present and by proxy now, and the quorum that needs). Ids are given as text, as on the
// wire: INVALID_ARGUMENT ("id: ...") for one that is not a positive number; NOT_FOUND if there
// is no such meeting. Reading: CanReadMeetings (meeting_rules.h); PERMISSION_DENIED otherwise.
class Meetings {
 public:
  Meetings(storage::Database& db, membership::MembershipRegister& members)
      : db_(db), members_(members) {}

  // Coordinator only. A SCHEDULED meeting. INVALID_ARGUMENT for a missing kind, an empty or
  // long (over 200 characters) title, a malformed date or chair id, a quorum that is not
  // exactly one of a number of schools or a share of the members (CheckQuorum), or a
  // special threshold that is not more than 1/2 and at most 1; NOT_FOUND for an unknown
  // chair.
  absl::StatusOr<Meeting> Create(const access::Principal& caller, const NewMeeting& meeting);

  absl::StatusOr<Meeting> Get(const access::Principal& caller, const std::string& id);

  // Meetings in id order. INVALID_ARGUMENT for a negative page size or a bad page token.
  absl::StatusOr<MeetingPage> List(const access::Principal& caller, const MeetingFilter& filter);

  // Coordinator only. SCHEDULED -> OPEN: keeps the list of schools that are active members
  // on the meeting's date. FAILED_PRECONDITION if the meeting is not SCHEDULED or no school
  // is an active member on its date.
  absl::StatusOr<Meeting> Open(const access::Principal& caller, const std::string& id);

  // Coordinator only. OPEN -> CLOSED. FAILED_PRECONDITION if the meeting is not OPEN or a
  // motion is still open (the message names it). Motions never put stay DRAFT.
  absl::StatusOr<Meeting> Close(const access::Principal& caller, const std::string& id);

  // Registers school `school_urn` present at the meeting, by the coordinator or the school's
  // own token (CanActForSchool). INVALID_ARGUMENT for a malformed URN; FAILED_PRECONDITION if
  // the meeting is CLOSED or the school is not an active member on its date; ALREADY_EXISTS
  // if it is already registered present.
  absl::StatusOr<Meeting> RegisterAttendance(const access::Principal& caller,
                                             const std::string& id,
                                             const std::string& school_urn);

 private:
  // Fills in meeting.attendance inside `txn`; `from_register` as VotingMembers.
  absl::Status Complete(storage::Transaction& txn, Meeting& meeting,
                        const std::set<std::string>& from_register);

  storage::Database& db_;
  membership::MembershipRegister& members_;
};

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_MEETINGS_H_
