// The minutes of a general meeting: who chaired it, who was there in person and by proxy
// against the quorum, and each motion with its wording, kind, threshold, totals, how
// abstentions were treated, the recorded votes (recorded motions only) and the outcome.
#ifndef PARTNERSHIP_MEETINGS_MINUTES_H_
#define PARTNERSHIP_MEETINGS_MINUTES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "meetings/meeting.h"
#include "membership/membership_register.h"
#include "storage/database.h"

namespace partnership::meetings {

struct Minutes {
  Meeting meeting;                     // with its attendance count now
  std::vector<Attendance> present;     // member schools registered present, by URN
  std::vector<Proxy> represented;      // absent members represented by proxy, without directions
  std::vector<Motion> motions;         // by number; SECRET ones without who voted how
  std::string abstention_rule;         // motion_result.h AbstentionRule()
};

// Thread-safe; owns neither argument.
class MeetingMinutes {
 public:
  MeetingMinutes(storage::Database& db, membership::MembershipRegister& members)
      : db_(db), members_(members) {}

  // The minutes of meeting `meeting_id` as they stand (a meeting still open has minutes in
  // progress). CanReadMeetings; INVALID_ARGUMENT for a malformed id; NOT_FOUND for an unknown
  // meeting.
  absl::StatusOr<Minutes> Get(const access::Principal& caller, const std::string& meeting_id);

 private:
  storage::Database& db_;
  membership::MembershipRegister& members_;
};

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_MINUTES_H_
