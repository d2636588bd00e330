// Casting a member school's vote on an open motion: in person, or by the holder of its
// proxy. One vote per school per motion: a retried or second attempt is refused and nothing
// is stored. On a SECRET motion only "this school has voted" and the motion's totals are
// kept, never the school's choice.
#ifndef PARTNERSHIP_MEETINGS_VOTING_H_
#define PARTNERSHIP_MEETINGS_VOTING_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "meetings/meeting.h"
#include "storage/database.h"

namespace partnership::meetings {

struct VoteRequest {
  std::string motion_id;
  std::string school_urn;  // whose vote it is
  VoteChoice choice = VoteChoice::kUnspecified;
};

// What the voter is told: the vote was counted, and how it was cast.
struct VoteReceipt {
  int64_t motion_id = 0;
  std::string school_urn;
  VoteChoice choice = VoteChoice::kUnspecified;
  bool by_proxy = false;
  std::string cast_by;    // "the chair" or the holder's URN when by proxy
  int schools_voted = 0;  // on the motion so far, this vote included
};

// Thread-safe; does not own `db`.
class Voting {
 public:
  explicit Voting(storage::Database& db) : db_(db) {}

  // Casts `request.choice` for school `request.school_urn` on motion `request.motion_id`.
  // Who may cast it:
  //   a SCHOOL token for its own school, registered present at the meeting;
  //   a SCHOOL token for a school whose proxy its school holds and is present (the holder),
  //     unless the proxy directs this motion (directed votes are cast when the motion closes)
  //     or the appointing school is present (it votes itself);
  //   the coordinator, for a school registered present (a show of hands taken by the
  //     coordinator), or by proxy as above, including the chair's proxies.
  // INVALID_ARGUMENT for a malformed id or URN or a missing choice; NOT_FOUND for an unknown
  // motion; PERMISSION_DENIED for other callers, or a SCHOOL token voting for a school whose
  // proxy it does not hold; FAILED_PRECONDITION if the motion is not OPEN, the school is not an
  // active member on the meeting date, is neither present nor represented, or the proxy is
  // directed for this motion; ALREADY_EXISTS ("school 115481 has already voted on motion 4")
  // if the school has voted on the motion. On any error nothing is stored.
  absl::StatusOr<VoteReceipt> Cast(const access::Principal& caller, const VoteRequest& request);

 private:
  storage::Database& db_;
};

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_VOTING_H_
