// What every meeting verb checks the same way: ids and text as given, who may do what, and
// which schools are voting members of a meeting.
#ifndef PARTNERSHIP_MEETINGS_MEETING_RULES_H_
#define PARTNERSHIP_MEETINGS_MEETING_RULES_H_

#include <cstdint>
#include <set>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "access/principal.h"
#include "meetings/meeting.h"
#include "membership/membership_register.h"
#include "storage/database.h"

namespace partnership::meetings {

// `id` as a positive number. INVALID_ARGUMENT naming `field` ("... is not a meeting id").
absl::StatusOr<int64_t> ParseId(const std::string& id, absl::string_view field,
                                absl::string_view what);

// INVALID_ARGUMENT naming `field` when `text` is empty (and `required`) or longer than `max`.
absl::Status CheckText(const std::string& text, absl::string_view field, size_t max,
                       bool required);

// INVALID_ARGUMENT naming `field` unless `urn` is 1 to 8 digits.
absl::Status CheckUrn(const std::string& urn, absl::string_view field);

// Reading meetings, motions, results, proxies and minutes: the coordinator, board members,
// LA officers and SCHOOL tokens. PERMISSION_DENIED otherwise.
absl::Status CanReadMeetings(const access::Principal& caller);

// Creating, opening and closing meetings and motions: the coordinator only.
absl::Status CanRunMeetings(const access::Principal& caller, absl::string_view action);

// Acting for school `school_urn` (attendance, its proxy, its own vote): the coordinator, or a
// SCHOOL token for that school.
absl::Status CanActForSchool(const access::Principal& caller, const std::string& school_urn,
                             absl::string_view action);

// The schools that are active members on the date of meeting `meeting_id`, asked of the
// register while the meeting is SCHEDULED (once it opens the list is kept with the meeting,
// and this returns an empty set). The register reads in a transaction of its own, so call
// this before, not inside, a db.Write. NOT_FOUND for an unknown meeting.
absl::StatusOr<std::set<std::string>> RegisterMembersFor(storage::Database& db,
                                                         membership::MembershipRegister& reg,
                                                         int64_t meeting_id);

// The voting members of `meeting`: the list kept when it opened, or `from_register` while it
// is SCHEDULED.
absl::StatusOr<std::set<std::string>> VotingMembers(storage::Transaction& txn,
                                                    const Meeting& meeting,
                                                    const std::set<std::string>& from_register);

// Who is present and represented at `meeting` now, and the quorum (motion_result.h).
absl::StatusOr<AttendanceCount> CountNow(storage::Transaction& txn, const Meeting& meeting,
                                         const std::set<std::string>& members);

// FAILED_PRECONDITION ("school 115481 is not an active member on 2026-12-10, so it has no
// vote at meeting 3") unless `urn` is in `members`.
absl::Status RequireMember(const std::set<std::string>& members, const std::string& urn,
                           const Meeting& meeting, absl::string_view field);

// The page size of a list: 0 means 100, more than 1000 means 1000. INVALID_ARGUMENT
// ("page_size: ...") for a negative one.
absl::StatusOr<int> PageSize(int page_size);

// The meeting's id as the audit trail names it: "meeting/3"; a motion's: "motion/7".
std::string MeetingRecord(int64_t id);
std::string MotionRecord(int64_t id);

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_MEETING_RULES_H_
