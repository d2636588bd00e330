#include "meetings/proxies.h"

#include <optional>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
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

std::string HolderWords(const Proxy& p) {
  return p.held_by_chair() ? std::string("the chair") : absl::StrCat("school ", p.holder_urn);
}

}  // namespace

absl::StatusOr<Proxy> Proxies::Appoint(const access::Principal& caller,
                                       const ProxyAppointment& a) {
  ASSIGN_OR_RETURN(int64_t mid, ParseId(a.meeting_id, "meeting_id", "a meeting"));
  RETURN_IF_ERROR(CheckUrn(a.school_urn, "school_urn"));
  if (a.chair == !a.holder_urn.empty()) {
    return absl::InvalidArgumentError(
        "holder: give either the chair or holder_urn (a member school), not both or neither");
  }
  if (!a.chair) {
    RETURN_IF_ERROR(CheckUrn(a.holder_urn, "holder_urn"));
    if (a.holder_urn == a.school_urn) {
      return absl::InvalidArgumentError(absl::StrCat(
          "holder_urn: school ", a.school_urn, " may not appoint itself as its proxy"));
    }
  }
  if (a.kind == ProxyKind::kUnspecified) {
    return absl::InvalidArgumentError("kind: give DIRECTED or DISCRETIONARY");
  }
  if (a.kind == ProxyKind::kDiscretionary && !a.directions.empty()) {
    return absl::InvalidArgumentError(
        "directions: a DISCRETIONARY proxy leaves every vote to the holder and takes none");
  }
  if (a.kind == ProxyKind::kDirected && a.directions.empty()) {
    return absl::InvalidArgumentError(
        "directions: a DIRECTED proxy needs at least one motion and how to vote on it");
  }
  Proxy proxy;
  proxy.meeting_id = mid;
  proxy.school_urn = a.school_urn;
  proxy.holder_urn = a.chair ? "" : a.holder_urn;
  proxy.kind = a.kind;
  std::set<int64_t> seen;
  for (size_t i = 0; i < a.directions.size(); ++i) {
    const std::string field = absl::StrCat("directions[", i, "]");
    ASSIGN_OR_RETURN(int64_t motion,
                     ParseId(a.directions[i].motion_id, field + ".motion_id", "a motion"));
    if (a.directions[i].choice == VoteChoice::kUnspecified) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ".choice: give FOR, AGAINST or ABSTAIN"));
    }
    if (!seen.insert(motion).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ".motion_id: motion ", motion, " is directed twice"));
    }
    proxy.directions.push_back({motion, a.directions[i].choice});
  }
  RETURN_IF_ERROR(CanActForSchool(caller, a.school_urn, "appoint a proxy"));
  ASSIGN_OR_RETURN(std::set<std::string> from_register, RegisterMembersFor(db_, members_, mid));
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(Meeting meeting, storage::MeetingTable(txn).Get(mid));
    storage::MotionTable motions(txn);
    if (meeting.status == MeetingStatus::kClosed) {
      return absl::FailedPreconditionError(
          absl::StrCat("meeting ", mid, " is CLOSED; proxies can no longer be appointed"));
    }
    storage::ProxyTable table(txn);
    ASSIGN_OR_RETURN(std::optional<Proxy> before, table.Find(mid, a.school_urn));
    if (meeting.status == MeetingStatus::kOpen) {
      ASSIGN_OR_RETURN(int put, motions.CountPut(mid));
      if (put > 0) {
        return absl::FailedPreconditionError(absl::StrCat(
            "meeting ", mid, " has begun voting (", put,
            " motions put); proxies are appointed before the first motion is put"));
      }
      if (before) {
        return absl::FailedPreconditionError(absl::StrCat(
            "school ", a.school_urn, " already appointed ", HolderWords(*before),
            " as its proxy for meeting ", mid, "; it may be replaced only before the meeting "
            "opens"));
      }
    }
    ASSIGN_OR_RETURN(std::set<std::string> members, VotingMembers(txn, meeting, from_register));
    RETURN_IF_ERROR(RequireMember(members, a.school_urn, meeting, "school_urn"));
    if (!a.chair) RETURN_IF_ERROR(RequireMember(members, a.holder_urn, meeting, "holder_urn"));
    for (size_t i = 0; i < proxy.directions.size(); ++i) {
      const int64_t motion_id = proxy.directions[i].motion_id;
      const std::string field = absl::StrCat("directions[", i, "].motion_id");
      auto motion = motions.Get(motion_id);
      if (absl::IsNotFound(motion.status())) {
        return absl::NotFoundError(absl::StrCat(field, ": motion ", motion_id, " not found"));
      }
      if (!motion.ok()) return motion.status();
      if (motion->meeting_id != mid) {
        return absl::FailedPreconditionError(absl::StrCat(
            field, ": motion ", motion_id, " belongs to meeting ", motion->meeting_id,
            ", not meeting ", mid));
      }
      if (motion->status != MotionStatus::kDraft) {
        return absl::FailedPreconditionError(absl::StrCat(
            field, ": motion ", motion_id, " is ", MotionStatusName(motion->status),
            "; directions are given before a motion is put"));
      }
    }
    proxy.appointed_by = caller.Describe();
    proxy.time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.Put(proxy));
    // The directions' choices are not written to the audit trail: on a secret motion they
    // would link the school to its vote.
    return audit::Record(
        txn, caller, proxy.time, "meeting.proxy", MeetingRecord(mid),
        absl::StrCat("school ", a.school_urn, " appointed ", HolderWords(proxy), " as its ",
                     ProxyKindName(proxy.kind), " proxy",
                     proxy.kind == ProxyKind::kDirected
                         ? absl::StrCat(" (directions on ", proxy.directions.size(), " motions)")
                         : "",
                     before ? absl::StrCat(", replacing ", HolderWords(*before)) : ""));
  }));
  Proxy stored;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(std::optional<Proxy> found, storage::ProxyTable(txn).Find(mid, a.school_urn));
    if (!found) return absl::InternalError("the proxy just stored cannot be read back");
    stored = *std::move(found);
    return absl::OkStatus();
  }));
  return stored;
}

absl::StatusOr<ProxyPage> Proxies::List(const access::Principal& caller,
                                        const std::string& meeting_id, int page_size,
                                        const std::string& page_token) {
  RETURN_IF_ERROR(CanReadMeetings(caller));
  ASSIGN_OR_RETURN(int64_t mid, ParseId(meeting_id, "meeting_id", "a meeting"));
  ASSIGN_OR_RETURN(const int size, PageSize(page_size));
  if (!page_token.empty() && !CheckUrn(page_token, "page_token").ok()) {
    return absl::InvalidArgumentError(
        "page_token: not a token from an earlier ListProxies response");
  }
  std::vector<Proxy> all;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(storage::MeetingTable(txn).Get(mid).status());
    ASSIGN_OR_RETURN(all, storage::ProxyTable(txn).List(mid));
    return absl::OkStatus();
  }));
  ProxyPage page;
  for (Proxy& p : all) {
    if (!page_token.empty() && p.school_urn <= page_token) continue;
    const bool involved = caller.Is(AccessRole::kSchool) &&
                          (p.school_urn == caller.school_urn || p.holder_urn == caller.school_urn);
    if (caller.Is(AccessRole::kSchool) && !involved) continue;
    if (static_cast<int>(page.proxies.size()) == size) {
      page.next_page_token = page.proxies.back().school_urn;
      break;
    }
    if (!caller.Is(AccessRole::kCoordinator) && !involved) p.directions.clear();
    page.proxies.push_back(std::move(p));
  }
  return page;
}

}  // namespace partnership::meetings
