// A seat on one of the partnership's bodies: who may hold it, for how long, and how it is
// filled. The domain's own type (no proto, no SQL).
#ifndef PARTNERSHIP_BOARD_SEAT_H_
#define PARTNERSHIP_BOARD_SEAT_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "registry/person.h"
#include "registry/school.h"

namespace partnership::board {

// The bodies of the proposal's governance structure. Numbered as partnership.v1.BoardBody.
enum class Body {
  kUnspecified = 0,
  kBoard,
  kShadowBoard,            // appointed by the steering group before the first elections
  kPrimarySubCommittee,    // the chairs of the 7 primary partnerships
  kSecondarySubCommittee,  // 5 heads nominated by GASH
};

// Numbered as partnership.v1.SeatFillMethod.
enum class FillMethod { kUnspecified = 0, kElected, kAppointed };

// Who elects or appoints to a seat. Numbered as partnership.v1.SeatSelector.
enum class Selector {
  kUnspecified = 0,
  kGash,                // secondary heads' association: secondary member schools
  kGaph,                // primary heads' association: primary member schools
  kGassh,               // special schools' heads' association: special member schools
  kTeachingSchools,     // Gloucestershire's teaching schools
  kBoard,               // the board itself (the independent chair)
  kLocalAuthority,
  kDiocese,
  kSteeringGroup,       // appoints the shadow board
  kPrimaryPartnership,  // each primary partnership sends its chair
};

// "BOARD", "SHADOW_BOARD", ...; "ELECTED", "APPOINTED"; "GASH", "STEERING_GROUP", ...
absl::string_view BodyName(Body body);
std::optional<Body> BodyFromName(absl::string_view name);
absl::string_view FillMethodName(FillMethod method);
std::optional<FillMethod> FillMethodFromName(absl::string_view name);
absl::string_view SelectorName(Selector selector);
std::optional<Selector> SelectorFromName(absl::string_view name);

// The electorates: GASH, GAPH, GASSH and the teaching schools. Only they elect.
bool IsConstituency(Selector selector);

// Who may hold a seat. Unset fields allow anyone.
struct Eligibility {
  std::optional<registry::PersonRole> role;
  std::optional<registry::Phase> phase;  // of the person's school
  bool member_school = false;            // the school must be an active member on the start
};

// "a HEADTEACHER of a SECONDARY school that is an active member", "an LA_OFFICER", "anyone".
std::string DescribeEligibility(const Eligibility& eligibility);

// The role's name after "a" or "an" as said aloud: "a GOVERNOR", "an LA_OFFICER".
std::string RoleWithArticle(registry::PersonRole role);

struct Seat {
  std::string key;  // stable: "secondary-head"
  Body body = Body::kUnspecified;
  std::string title;
  Eligibility eligibility;
  int term_years = 0;
  FillMethod method = FillMethod::kUnspecified;
  Selector selector = Selector::kUnspecified;
  int position = 0;        // display order within the body; assigned when created
  std::string retired_on;  // ISO date from which the seat no longer exists; empty: live
  std::string update_time;

  // True if the seat exists on ISO date `date`.
  bool LiveOn(absl::string_view date) const { return retired_on.empty() || date < retired_on; }
};

// True if `key` is 1 to 60 characters of lower-case letters, digits and single hyphens,
// starting with a letter: "secondary-head", "la-representative-2".
bool IsValidSeatKey(absl::string_view key);

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_SEAT_H_
