#include "meetings/meeting_rules.h"

#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "access/policy.h"
#include "common/status_macros.h"
#include "meetings/motion_result.h"
#include "membership/membership_policy.h"
#include "registry/school.h"
#include "storage/meeting_table.h"
#include "storage/proxy_table.h"

namespace partnership::meetings {

using access::AccessRole;

absl::StatusOr<int64_t> ParseId(const std::string& id, absl::string_view field,
                                absl::string_view what) {
  int64_t value = 0;
  if (!absl::SimpleAtoi(id, &value) || value <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", id, "\" is not ", what, " id (a positive number)"));
  }
  return value;
}

absl::Status CheckText(const std::string& text, absl::string_view field, size_t max,
                       bool required) {
  if (required && text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": must not be empty"));
  }
  if (text.size() > max) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": ", text.size(), " characters; at most ", max));
  }
  return absl::OkStatus();
}

absl::Status CheckUrn(const std::string& urn, absl::string_view field) {
  if (!registry::IsValidUrn(urn)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", urn, "\" is not a URN (1 to 8 digits)"));
  }
  return absl::OkStatus();
}

absl::Status CanReadMeetings(const access::Principal& caller) {
  return access::RequireRole(caller,
                             {AccessRole::kCoordinator, AccessRole::kBoardMember,
                              AccessRole::kLaOfficer, AccessRole::kSchool},
                             "read general meetings");
}

absl::Status CanRunMeetings(const access::Principal& caller, absl::string_view action) {
  return access::RequireRole(caller, {AccessRole::kCoordinator}, action);
}

absl::Status CanActForSchool(const access::Principal& caller, const std::string& school_urn,
                             absl::string_view action) {
  return membership::CanActForSchool(caller, school_urn, action);
}

absl::StatusOr<std::set<std::string>> RegisterMembersFor(storage::Database& db,
                                                         membership::MembershipRegister& reg,
                                                         int64_t meeting_id) {
  Meeting meeting;
  RETURN_IF_ERROR(db.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(meeting, storage::MeetingTable(txn).Get(meeting_id));
    return absl::OkStatus();
  }));
  if (meeting.status != MeetingStatus::kScheduled) return std::set<std::string>();
  ASSIGN_OR_RETURN(std::vector<std::string> urns, reg.ActiveMembersOn(meeting.date));
  return std::set<std::string>(urns.begin(), urns.end());
}

absl::StatusOr<std::set<std::string>> VotingMembers(storage::Transaction& txn,
                                                    const Meeting& meeting,
                                                    const std::set<std::string>& from_register) {
  if (meeting.status == MeetingStatus::kScheduled) return from_register;
  ASSIGN_OR_RETURN(std::vector<std::string> urns, storage::MeetingTable(txn).Members(meeting.id));
  return std::set<std::string>(urns.begin(), urns.end());
}

absl::StatusOr<AttendanceCount> CountNow(storage::Transaction& txn, const Meeting& meeting,
                                         const std::set<std::string>& members) {
  ASSIGN_OR_RETURN(std::vector<Attendance> attendance,
                   storage::MeetingTable(txn).Attendance(meeting.id));
  std::vector<std::string> present;
  for (const Attendance& a : attendance) present.push_back(a.school_urn);
  ASSIGN_OR_RETURN(std::vector<Proxy> proxies, storage::ProxyTable(txn).List(meeting.id));
  return CountAttendance(members, present, proxies, meeting.quorum);
}

absl::Status RequireMember(const std::set<std::string>& members, const std::string& urn,
                           const Meeting& meeting, absl::string_view field) {
  if (members.count(urn) > 0) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      field, ": school ", urn, " is not an active member on ", meeting.date,
      ", so it has no vote at meeting ", meeting.id));
}

absl::StatusOr<int> PageSize(int page_size) {
  constexpr int kDefaultPageSize = 100;
  constexpr int kMaxPageSize = 1000;
  if (page_size < 0) return absl::InvalidArgumentError("page_size: must not be negative");
  if (page_size == 0) return kDefaultPageSize;
  return page_size > kMaxPageSize ? kMaxPageSize : page_size;
}

std::string MeetingRecord(int64_t id) { return absl::StrCat("meeting/", id); }
std::string MotionRecord(int64_t id) { return absl::StrCat("motion/", id); }

}  // namespace partnership::meetings
