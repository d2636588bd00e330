#include "meetings/meetings.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "meetings/meeting_rules.h"
#include "meetings/motion_result.h"
#include "registry/person.h"
#include "storage/meeting_table.h"
#include "storage/motion_table.h"
#include "storage/person_table.h"

namespace partnership::meetings {
namespace {

constexpr size_t kMaxTitle = 200;
constexpr Fraction kDefaultSpecialThreshold{3, 4};

std::string DescribeQuorum(const Quorum& q) {
  if (q.schools > 0) return absl::StrCat(q.schools, " member schools");
  return absl::StrCat(DescribeFraction(q.fraction), " of the member schools");
}

}  // namespace

absl::Status Meetings::Complete(storage::Transaction& txn, Meeting& meeting,
                                const std::set<std::string>& from_register) {
  ASSIGN_OR_RETURN(std::set<std::string> members, VotingMembers(txn, meeting, from_register));
  ASSIGN_OR_RETURN(meeting.attendance, CountNow(txn, meeting, members));
  return absl::OkStatus();
}

absl::StatusOr<Meeting> Meetings::Create(const access::Principal& caller, const NewMeeting& in) {
  RETURN_IF_ERROR(CanRunMeetings(caller, "create a general meeting"));
  if (in.kind == MeetingKind::kUnspecified) {
    return absl::InvalidArgumentError("kind: give AGM or GENERAL");
  }
  RETURN_IF_ERROR(CheckText(in.title, "title", kMaxTitle, true));
  if (!IsIsoDate(in.date)) {
    return absl::InvalidArgumentError(
        absl::StrCat("date: \"", in.date, "\" is not a date (YYYY-MM-DD)"));
  }
  ASSIGN_OR_RETURN(int64_t chair, ParseId(in.chair_person_id, "chair_person_id", "a person"));
  RETURN_IF_ERROR(CheckQuorum(in.quorum, "quorum"));
  const Fraction threshold =
      in.special_threshold.empty() ? kDefaultSpecialThreshold : in.special_threshold;
  RETURN_IF_ERROR(CheckSpecialThreshold(threshold, "special_threshold"));
  Meeting m;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    auto person = storage::PersonTable(txn).Get(chair);
    if (absl::IsNotFound(person.status())) {
      return absl::NotFoundError(absl::StrCat("chair_person_id: person ", chair, " not found"));
    }
    if (!person.ok()) return person.status();
    m.kind = in.kind;
    m.title = std::string(in.title);
    m.date = in.date;
    m.chair_person_id = chair;
    m.chair_name = absl::StrCat(person->given_name, " ", person->family_name);
    m.quorum = in.quorum;
    m.special_threshold = threshold;
    m.status = MeetingStatus::kScheduled;
    m.create_time = FormatUtc(absl::Now());
    m.update_time = m.create_time;
    m.created_by = caller.Describe();
    storage::MeetingTable table(txn);
    ASSIGN_OR_RETURN(m.id, table.Insert(m));
    return audit::Record(
        txn, caller, m.update_time, "meeting.create", MeetingRecord(m.id),
        absl::StrCat(MeetingKindName(m.kind), " \"", m.title, "\" on ", m.date, ", chair ",
                     m.chair_name, " (person ", chair, "), quorum ", DescribeQuorum(m.quorum),
                     ", special resolutions need ", DescribeFraction(threshold)));
  }));
  return Get(caller, absl::StrCat(m.id));
}

absl::StatusOr<Meeting> Meetings::Get(const access::Principal& caller, const std::string& id) {
  RETURN_IF_ERROR(CanReadMeetings(caller));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(id, "id", "a meeting"));
  ASSIGN_OR_RETURN(std::set<std::string> from_register, RegisterMembersFor(db_, members_, mid));
  Meeting m;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(m, storage::MeetingTable(txn).Get(mid));
    return Complete(txn, m, from_register);
  }));
  return m;
}

absl::StatusOr<MeetingPage> Meetings::List(const access::Principal& caller,
                                           const MeetingFilter& filter) {
  RETURN_IF_ERROR(CanReadMeetings(caller));
  ASSIGN_OR_RETURN(const int size, PageSize(filter.page_size));
  storage::MeetingQuery query;
  query.status = filter.status;
  if (!filter.page_token.empty() &&
      (!absl::SimpleAtoi(filter.page_token, &query.after_id) || query.after_id <= 0)) {
    return absl::InvalidArgumentError(
        "page_token: not a token from an earlier ListMeetings response");
  }
  query.limit = size + 1;
  MeetingPage page;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::MeetingTable table(txn);
    ASSIGN_OR_RETURN(page.meetings, table.List(query));
    ASSIGN_OR_RETURN(page.total_size, table.Count(query));
    return absl::OkStatus();
  }));
  if (static_cast<int>(page.meetings.size()) > size) {
    page.meetings.resize(size);
    page.next_page_token = absl::StrCat(page.meetings.back().id);
  }
  // Each meeting's attendance, as Get gives it (a scheduled meeting asks the register).
  for (Meeting& m : page.meetings) {
    ASSIGN_OR_RETURN(m, Get(caller, absl::StrCat(m.id)));
  }
  return page;
}

absl::StatusOr<Meeting> Meetings::Open(const access::Principal& caller, const std::string& id) {
  RETURN_IF_ERROR(CanRunMeetings(caller, "open a general meeting"));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(id, "id", "a meeting"));
  ASSIGN_OR_RETURN(std::set<std::string> members, RegisterMembersFor(db_, members_, mid));
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::MeetingTable table(txn);
    ASSIGN_OR_RETURN(Meeting m, table.Get(mid));
    if (m.status != MeetingStatus::kScheduled) {
      return absl::FailedPreconditionError(absl::StrCat(
          "meeting ", mid, " is ", MeetingStatusName(m.status), "; only a SCHEDULED meeting opens"));
    }
    if (members.empty()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "meeting ", mid, ": no school is an active member on ", m.date, ", so no one may vote"));
    }
    m.status = MeetingStatus::kOpen;
    m.open_time = FormatUtc(absl::Now());
    m.update_time = m.open_time;
    RETURN_IF_ERROR(table.Update(m));
    RETURN_IF_ERROR(table.SetMembers(mid, {members.begin(), members.end()}));
    ASSIGN_OR_RETURN(AttendanceCount count, CountNow(txn, m, members));
    return audit::Record(
        txn, caller, m.update_time, "meeting.open", MeetingRecord(mid),
        absl::StrCat("opened with ", count.voting_members, " voting members; ", count.present,
                     " present, ", count.by_proxy, " by proxy, quorum ", count.quorum_required));
  }));
  return Get(caller, id);
}

absl::StatusOr<Meeting> Meetings::Close(const access::Principal& caller, const std::string& id) {
  RETURN_IF_ERROR(CanRunMeetings(caller, "close a general meeting"));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(id, "id", "a meeting"));
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::MeetingTable table(txn);
    ASSIGN_OR_RETURN(Meeting m, table.Get(mid));
    if (m.status != MeetingStatus::kOpen) {
      return absl::FailedPreconditionError(absl::StrCat(
          "meeting ", mid, " is ", MeetingStatusName(m.status), "; only an OPEN meeting closes"));
    }
    ASSIGN_OR_RETURN(std::vector<Motion> motions, storage::MotionTable(txn).ListForMeeting(mid));
    int decided = 0;
    for (const Motion& motion : motions) {
      if (motion.status == MotionStatus::kOpen) {
        return absl::FailedPreconditionError(absl::StrCat(
            "meeting ", mid, ": motion ", motion.id, " (number ", motion.number,
            ") is still open; close it before the meeting"));
      }
      if (motion.status == MotionStatus::kClosed) ++decided;
    }
    m.status = MeetingStatus::kClosed;
    m.close_time = FormatUtc(absl::Now());
    m.update_time = m.close_time;
    RETURN_IF_ERROR(table.Update(m));
    return audit::Record(txn, caller, m.update_time, "meeting.close", MeetingRecord(mid),
                         absl::StrCat("closed; ", decided, " of ", motions.size(),
                                      " motions put to the vote"));
  }));
  return Get(caller, id);
}

absl::StatusOr<Meeting> Meetings::RegisterAttendance(const access::Principal& caller,
                                                     const std::string& id,
                                                     const std::string& school_urn) {
  ASSIGN_OR_RETURN(int64_t mid, ParseId(id, "id", "a meeting"));
  RETURN_IF_ERROR(CheckUrn(school_urn, "school_urn"));
  RETURN_IF_ERROR(CanActForSchool(caller, school_urn, "register attendance at a meeting"));
  ASSIGN_OR_RETURN(std::set<std::string> from_register, RegisterMembersFor(db_, members_, mid));
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::MeetingTable table(txn);
    ASSIGN_OR_RETURN(Meeting m, table.Get(mid));
    if (m.status == MeetingStatus::kClosed) {
      return absl::FailedPreconditionError(absl::StrCat(
          "meeting ", mid, " is CLOSED; attendance can no longer be registered"));
    }
    ASSIGN_OR_RETURN(std::set<std::string> members, VotingMembers(txn, m, from_register));
    RETURN_IF_ERROR(RequireMember(members, school_urn, m, "school_urn"));
    Attendance a;
    a.meeting_id = mid;
    a.school_urn = school_urn;
    a.registered_by = caller.Describe();
    a.time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.AddAttendance(a));
    return audit::Record(txn, caller, a.time, "meeting.attend", MeetingRecord(mid),
                         absl::StrCat("school ", school_urn, " registered present"));
  }));
  return Get(caller, id);
}

}  // namespace partnership::meetings
