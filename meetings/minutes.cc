#include "meetings/minutes.h"

#include <set>

#include "common/status_macros.h"
#include "meetings/meeting_rules.h"
#include "meetings/motion_result.h"
#include "storage/meeting_table.h"
#include "storage/motion_table.h"
#include "storage/proxy_table.h"

namespace partnership::meetings {

absl::StatusOr<Minutes> MeetingMinutes::Get(const access::Principal& caller,
                                            const std::string& meeting_id) {
  RETURN_IF_ERROR(CanReadMeetings(caller));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(meeting_id, "meeting_id", "a meeting"));
  ASSIGN_OR_RETURN(std::set<std::string> from_register, RegisterMembersFor(db_, members_, mid));
  Minutes minutes;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::MeetingTable meetings(txn);
    ASSIGN_OR_RETURN(minutes.meeting, meetings.Get(mid));
    ASSIGN_OR_RETURN(std::set<std::string> members,
                     VotingMembers(txn, minutes.meeting, from_register));
    ASSIGN_OR_RETURN(minutes.meeting.attendance, CountNow(txn, minutes.meeting, members));
    ASSIGN_OR_RETURN(std::vector<Attendance> attendance, meetings.Attendance(mid));
    std::set<std::string> present;
    for (Attendance& a : attendance) {
      if (members.count(a.school_urn) == 0) continue;
      present.insert(a.school_urn);
      minutes.present.push_back(std::move(a));
    }
    ASSIGN_OR_RETURN(std::vector<Proxy> proxies, storage::ProxyTable(txn).List(mid));
    for (Proxy& p : proxies) {
      if (members.count(p.school_urn) == 0 || present.count(p.school_urn) > 0) continue;
      if (!ProxyHolderPresent(p, present)) continue;
      p.directions.clear();
      minutes.represented.push_back(std::move(p));
    }
    ASSIGN_OR_RETURN(minutes.motions, storage::MotionTable(txn).ListForMeeting(mid));
    return absl::OkStatus();
  }));
  minutes.abstention_rule = AbstentionRule();
  return minutes;
}

}  // namespace partnership::meetings
