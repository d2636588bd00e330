#include "meetings/voting.h"

#include <optional>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "meetings/meeting_rules.h"
#include "storage/meeting_table.h"
#include "storage/motion_table.h"
#include "storage/proxy_table.h"

namespace partnership::meetings {
namespace {

using access::AccessRole;

// How a vote may be cast for `school` by `caller`: in person or through `proxy`.
absl::Status DecideHow(storage::Transaction& txn, const access::Principal& caller,
                       const Motion& motion, const std::string& school,
                       storage::StoredVote& vote) {
  storage::MeetingTable meetings(txn);
  ASSIGN_OR_RETURN(bool present, meetings.IsPresent(motion.meeting_id, school));
  const bool own_school = caller.Is(AccessRole::kSchool) && caller.school_urn == school;
  if (own_school || (caller.Is(AccessRole::kCoordinator) && present)) {
    if (!present) {
      return absl::FailedPreconditionError(absl::StrCat(
          "school ", school, " is not registered present at meeting ", motion.meeting_id,
          ": register attendance first (or let its proxy vote)"));
    }
    return absl::OkStatus();
  }
  ASSIGN_OR_RETURN(std::optional<Proxy> proxy,
                   storage::ProxyTable(txn).Find(motion.meeting_id, school));
  if (caller.Is(AccessRole::kSchool) &&
      (!proxy || proxy->held_by_chair() || proxy->holder_urn != caller.school_urn)) {
    return absl::PermissionDeniedError(absl::StrCat(
        caller.Describe(), " for school ", caller.school_urn, " may not vote for school ",
        school, ": it does not hold that school's proxy for meeting ", motion.meeting_id));
  }
  if (!proxy) {
    return absl::FailedPreconditionError(absl::StrCat(
        "school ", school, " is neither registered present at meeting ", motion.meeting_id,
        " nor represented by a proxy"));
  }
  if (present) {
    return absl::FailedPreconditionError(absl::StrCat(
        "school ", school, " is present at meeting ", motion.meeting_id,
        " and votes itself, not through its proxy"));
  }
  if (!proxy->held_by_chair()) {
    ASSIGN_OR_RETURN(bool holder_here, meetings.IsPresent(motion.meeting_id, proxy->holder_urn));
    if (!holder_here) {
      return absl::FailedPreconditionError(absl::StrCat(
          "school ", proxy->holder_urn, ", which holds the proxy of school ", school,
          ", is not registered present at meeting ", motion.meeting_id));
    }
  }
  for (const ProxyDirection& d : proxy->directions) {
    if (d.motion_id == motion.id) {
      return absl::FailedPreconditionError(absl::StrCat(
          "school ", school, " directed its proxy on motion ", motion.id,
          "; the directed vote is cast when the motion closes"));
    }
  }
  vote.by_proxy = true;
  vote.cast_by = proxy->held_by_chair() ? "the chair" : proxy->holder_urn;
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<VoteReceipt> Voting::Cast(const access::Principal& caller,
                                         const VoteRequest& request) {
  ASSIGN_OR_RETURN(int64_t mid, ParseId(request.motion_id, "motion_id", "a motion"));
  RETURN_IF_ERROR(CheckUrn(request.school_urn, "school_urn"));
  if (request.choice == VoteChoice::kUnspecified) {
    return absl::InvalidArgumentError("choice: give FOR, AGAINST or ABSTAIN");
  }
  RETURN_IF_ERROR(access::RequireRole(caller, {AccessRole::kCoordinator, AccessRole::kSchool},
                                      "vote at a general meeting"));
  VoteReceipt receipt;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::MotionTable motions(txn);
    ASSIGN_OR_RETURN(Motion motion, motions.Get(mid));
    if (motion.status != MotionStatus::kOpen) {
      return absl::FailedPreconditionError(absl::StrCat(
          "motion ", mid, " is ", MotionStatusName(motion.status),
          "; votes are taken only while it is OPEN"));
    }
    ASSIGN_OR_RETURN(Meeting meeting, storage::MeetingTable(txn).Get(motion.meeting_id));
    ASSIGN_OR_RETURN(std::set<std::string> members, VotingMembers(txn, meeting, {}));
    RETURN_IF_ERROR(RequireMember(members, request.school_urn, meeting, "school_urn"));
    ASSIGN_OR_RETURN(bool voted, motions.HasVoted(mid, request.school_urn));
    if (voted) {
      return absl::AlreadyExistsError(absl::StrCat(
          "school ", request.school_urn, " has already voted on motion ", mid,
          "; a second vote is refused"));
    }
    storage::StoredVote vote;
    vote.motion_id = mid;
    vote.school_urn = request.school_urn;
    vote.choice = request.choice;
    vote.recorded = motion.ballot == Ballot::kRecorded;
    RETURN_IF_ERROR(DecideHow(txn, caller, motion, request.school_urn, vote));
    RETURN_IF_ERROR(motions.AddVote(vote));
    // A secret vote's audit entry says that the school voted, never how.
    RETURN_IF_ERROR(audit::Record(
        txn, caller, FormatUtc(absl::Now()), "motion.vote", MotionRecord(mid),
        absl::StrCat("school ", request.school_urn, " voted",
                     vote.recorded ? absl::StrCat(" ", VoteChoiceName(vote.choice)) : "",
                     vote.by_proxy ? absl::StrCat(" by proxy (", vote.cast_by, ")") : "",
                     vote.recorded ? "" : " (secret ballot)")));
    ASSIGN_OR_RETURN(Motion after, motions.Get(mid));
    receipt.motion_id = mid;
    receipt.school_urn = request.school_urn;
    receipt.choice = request.choice;
    receipt.by_proxy = vote.by_proxy;
    receipt.cast_by = vote.cast_by;
    receipt.schools_voted = after.schools_voted;
    return absl::OkStatus();
  }));
  return receipt;
}

}  // namespace partnership::meetings
