#include "meetings/motions.h"

#include <set>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "meetings/meeting_rules.h"
#include "meetings/motion_result.h"
#include "storage/meeting_table.h"
#include "storage/motion_table.h"
#include "storage/proxy_table.h"

namespace partnership::meetings {
namespace {

constexpr size_t kMaxText = 2000;

// Casts every directed proxy for `motion` that is due: the appointing school is a member,
// has not voted, and its holder is there. Returns how many were cast.
absl::StatusOr<int> CastDirectedProxies(storage::Transaction& txn, const Motion& motion,
                                        const std::set<std::string>& members,
                                        const std::set<std::string>& present,
                                        const std::vector<Proxy>& proxies) {
  storage::MotionTable table(txn);
  int cast = 0;
  for (const Proxy& p : proxies) {
    if (p.kind != ProxyKind::kDirected || members.count(p.school_urn) == 0) continue;
    if (!ProxyHolderPresent(p, present)) continue;
    for (const ProxyDirection& d : p.directions) {
      if (d.motion_id != motion.id) continue;
      ASSIGN_OR_RETURN(bool voted, table.HasVoted(motion.id, p.school_urn));
      if (voted) continue;
      storage::StoredVote v;
      v.motion_id = motion.id;
      v.school_urn = p.school_urn;
      v.by_proxy = true;
      v.cast_by = p.held_by_chair() ? "the chair" : p.holder_urn;
      v.choice = d.choice;
      v.recorded = motion.ballot == Ballot::kRecorded;
      RETURN_IF_ERROR(table.AddVote(v));
      ++cast;
    }
  }
  return cast;
}

}  // namespace

absl::StatusOr<Motion> Motions::Add(const access::Principal& caller, const NewMotion& in) {
  RETURN_IF_ERROR(CanRunMeetings(caller, "add a motion"));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(in.meeting_id, "meeting_id", "a meeting"));
  RETURN_IF_ERROR(CheckText(in.text, "text", kMaxText, true));
  if (in.kind == MotionKind::kUnspecified) {
    return absl::InvalidArgumentError("kind: give ORDINARY or SPECIAL");
  }
  if (in.ballot == Ballot::kUnspecified) {
    return absl::InvalidArgumentError("ballot: give RECORDED or SECRET");
  }
  if (in.kind == MotionKind::kOrdinary && !in.threshold.empty()) {
    return absl::InvalidArgumentError(
        "threshold: an ORDINARY motion is carried by a simple majority of the votes cast and "
        "takes no threshold");
  }
  if (!in.threshold.empty()) RETURN_IF_ERROR(CheckSpecialThreshold(in.threshold, "threshold"));
  int64_t id = 0;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(Meeting meeting, storage::MeetingTable(txn).Get(mid));
    if (meeting.status == MeetingStatus::kClosed) {
      return absl::FailedPreconditionError(
          absl::StrCat("meeting ", mid, " is CLOSED; no motion can be added"));
    }
    Motion m;
    m.meeting_id = mid;
    m.text = in.text;
    m.kind = in.kind;
    m.ballot = in.ballot;
    if (in.kind == MotionKind::kSpecial) {
      m.threshold = in.threshold.empty() ? meeting.special_threshold : in.threshold;
    }
    m.status = MotionStatus::kDraft;
    m.create_time = FormatUtc(absl::Now());
    m.update_time = m.create_time;
    ASSIGN_OR_RETURN(id, storage::MotionTable(txn).Insert(m));
    return audit::Record(
        txn, caller, m.update_time, "motion.add", MotionRecord(id),
        absl::StrCat("meeting ", mid, ": ", MotionKindName(m.kind), " motion, ",
                     BallotName(m.ballot), " vote",
                     m.kind == MotionKind::kSpecial
                         ? absl::StrCat(", threshold ", DescribeFraction(m.threshold))
                         : "",
                     ": \"", m.text, "\""));
  }));
  return Get(caller, absl::StrCat(id));
}

absl::StatusOr<Motion> Motions::Get(const access::Principal& caller, const std::string& id) {
  RETURN_IF_ERROR(CanReadMeetings(caller));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(id, "id", "a motion"));
  Motion m;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(m, storage::MotionTable(txn).Get(mid));
    return absl::OkStatus();
  }));
  return m;
}

absl::StatusOr<MotionPage> Motions::List(const access::Principal& caller,
                                         const std::string& meeting_id, int page_size,
                                         const std::string& page_token) {
  RETURN_IF_ERROR(CanReadMeetings(caller));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(meeting_id, "meeting_id", "a meeting"));
  ASSIGN_OR_RETURN(const int size, PageSize(page_size));
  int after = 0;
  if (!page_token.empty() && (!absl::SimpleAtoi(page_token, &after) || after <= 0)) {
    return absl::InvalidArgumentError(
        "page_token: not a token from an earlier ListMotions response");
  }
  std::vector<Motion> all;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(storage::MeetingTable(txn).Get(mid).status());
    ASSIGN_OR_RETURN(all, storage::MotionTable(txn).ListForMeeting(mid));
    return absl::OkStatus();
  }));
  MotionPage page;
  page.total_size = static_cast<int>(all.size());
  for (Motion& m : all) {
    if (m.number <= after) continue;
    if (static_cast<int>(page.motions.size()) == size) {
      page.next_page_token = absl::StrCat(page.motions.back().number);
      break;
    }
    page.motions.push_back(std::move(m));
  }
  return page;
}

absl::StatusOr<Motion> Motions::Open(const access::Principal& caller, const std::string& id) {
  RETURN_IF_ERROR(CanRunMeetings(caller, "put a motion to the vote"));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(id, "id", "a motion"));
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::MotionTable table(txn);
    ASSIGN_OR_RETURN(Motion m, table.Get(mid));
    if (m.status != MotionStatus::kDraft) {
      return absl::FailedPreconditionError(absl::StrCat(
          "motion ", mid, " is ", MotionStatusName(m.status), "; only a DRAFT motion is put"));
    }
    ASSIGN_OR_RETURN(Meeting meeting, storage::MeetingTable(txn).Get(m.meeting_id));
    if (meeting.status != MeetingStatus::kOpen) {
      return absl::FailedPreconditionError(absl::StrCat(
          "motion ", mid, ": meeting ", meeting.id, " is ", MeetingStatusName(meeting.status),
          "; motions are put only while it is OPEN"));
    }
    ASSIGN_OR_RETURN(std::vector<Motion> others, table.ListForMeeting(m.meeting_id));
    for (const Motion& other : others) {
      if (other.status == MotionStatus::kOpen) {
        return absl::FailedPreconditionError(absl::StrCat(
            "motion ", mid, ": motion ", other.id, " (number ", other.number,
            ") is still open; close it first"));
      }
    }
    ASSIGN_OR_RETURN(std::set<std::string> members, VotingMembers(txn, meeting, {}));
    ASSIGN_OR_RETURN(AttendanceCount count, CountNow(txn, meeting, members));
    m.status = MotionStatus::kOpen;
    m.open_time = FormatUtc(absl::Now());
    m.update_time = m.open_time;
    RETURN_IF_ERROR(table.Update(m));
    return audit::Record(
        txn, caller, m.update_time, "motion.open", MotionRecord(mid),
        absl::StrCat("motion ", m.number, " of meeting ", meeting.id, " put to the vote; ",
                     count.present, " present, ", count.by_proxy, " by proxy, quorum ",
                     count.quorum_required, count.quorate() ? " (quorate)" : " (not quorate)"));
  }));
  return Get(caller, id);
}

absl::StatusOr<Motion> Motions::Close(const access::Principal& caller, const std::string& id) {
  RETURN_IF_ERROR(CanRunMeetings(caller, "close a motion"));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(id, "id", "a motion"));
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::MotionTable table(txn);
    ASSIGN_OR_RETURN(Motion m, table.Get(mid));
    if (m.status != MotionStatus::kOpen) {
      return absl::FailedPreconditionError(absl::StrCat(
          "motion ", mid, " is ", MotionStatusName(m.status), "; only an OPEN motion closes"));
    }
    ASSIGN_OR_RETURN(Meeting meeting, storage::MeetingTable(txn).Get(m.meeting_id));
    ASSIGN_OR_RETURN(std::set<std::string> members, VotingMembers(txn, meeting, {}));
    ASSIGN_OR_RETURN(std::vector<Attendance> attendance,
                     storage::MeetingTable(txn).Attendance(meeting.id));
    std::set<std::string> present;
    std::vector<std::string> present_list;
    for (const Attendance& a : attendance) {
      if (members.count(a.school_urn) > 0) present.insert(a.school_urn);
      present_list.push_back(a.school_urn);
    }
    storage::ProxyTable proxy_table(txn);
    ASSIGN_OR_RETURN(std::vector<Proxy> proxies, proxy_table.List(meeting.id));
    ASSIGN_OR_RETURN(int directed, CastDirectedProxies(txn, m, members, present, proxies));
    ASSIGN_OR_RETURN(m, table.Get(mid));  // the totals, with the directed votes
    const AttendanceCount count =
        CountAttendance(members, present_list, proxies, meeting.quorum);
    m.result = Decide(m.kind, m.threshold, m.votes_for, m.votes_against, m.abstentions, count);
    m.status = MotionStatus::kClosed;
    m.close_time = FormatUtc(absl::Now());
    m.update_time = m.close_time;
    RETURN_IF_ERROR(table.Update(m));
    if (m.ballot == Ballot::kSecret) RETURN_IF_ERROR(proxy_table.ForgetDirections(mid));
    return audit::Record(
        txn, caller, m.update_time, "motion.close", MotionRecord(mid),
        absl::StrCat("motion ", m.number, " of meeting ", meeting.id, ": ",
                     OutcomeName(m.result->outcome), " (", directed,
                     " directed proxy votes cast at close). ", m.result->explanation));
  }));
  return Get(caller, id);
}

}  // namespace partnership::meetings
