// Proxies: a member school that will not attend a meeting appoints another member school's
// representative, or the chair, to vote for it. A DIRECTED proxy says how to vote on named
// motions (cast automatically when each closes, unless the school votes itself; motions it
// does not name are at the holder's discretion); a DISCRETIONARY proxy leaves every vote to
// the holder. A school represented by a proxy whose holder is there counts towards the
// quorum. Every appointment is audited in its transaction; on any error nothing is stored.
#ifndef PARTNERSHIP_MEETINGS_PROXIES_H_
#define PARTNERSHIP_MEETINGS_PROXIES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "meetings/meeting.h"
#include "membership/membership_register.h"
#include "storage/database.h"

namespace partnership::meetings {

struct DirectionRequest {
  std::string motion_id;
  VoteChoice choice = VoteChoice::kUnspecified;
};

struct ProxyAppointment {
  std::string meeting_id;
  std::string school_urn;  // the appointing school
  bool chair = false;      // true: the chair holds the proxy
  std::string holder_urn;  // else: this member school's representative
  ProxyKind kind = ProxyKind::kUnspecified;
  std::vector<DirectionRequest> directions;  // DIRECTED only, at least one
};

struct ProxyPage {
  std::vector<Proxy> proxies;  // by the appointing school's URN
  std::string next_page_token;
};

// Thread-safe; owns neither argument.
class Proxies {
 public:
  Proxies(storage::Database& db, membership::MembershipRegister& members)
      : db_(db), members_(members) {}

  // Appoints the proxy of `a.school_urn` for the meeting, by the coordinator or that school's
  // own token. A school holds at most one proxy appointment per meeting; it may replace it
  // until the meeting opens. INVALID_ARGUMENT for a malformed id or URN, a missing kind,
  // both or neither of chair and holder_urn, a school naming itself, a DISCRETIONARY proxy
  // with directions, a DIRECTED one without, a direction without a choice or naming a motion
  // twice ("directions[1].motion_id: ..."); NOT_FOUND for an unknown meeting or motion;
  // FAILED_PRECONDITION if the meeting is CLOSED, or OPEN with a motion already put, if the
  // school already has a proxy and the meeting is open, if either school is not an active
  // member on the meeting date, or a directed motion is not a DRAFT motion of the meeting.
  absl::StatusOr<Proxy> Appoint(const access::Principal& caller, const ProxyAppointment& a);

  // The meeting's proxies in URN order. The coordinator, board members and LA officers see
  // every proxy; a SCHOOL token sees those its school appointed or holds. Directions are shown
  // to the coordinator, the appointing school and the holder only. `page_size` at a time (0:
  // 100; at most 1000): INVALID_ARGUMENT for a negative page size or a page token not from an
  // earlier page.
  absl::StatusOr<ProxyPage> List(const access::Principal& caller, const std::string& meeting_id,
                                 int page_size, const std::string& page_token);

 private:
  storage::Database& db_;
  membership::MembershipRegister& members_;
};

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_PROXIES_H_
