// Whether a person may hold a seat: the seat's eligibility rule applied to the person, their
// school's phase and whether that school is an active member on the first day.
#ifndef PARTNERSHIP_BOARD_ELIGIBILITY_H_
#define PARTNERSHIP_BOARD_ELIGIBILITY_H_

#include <optional>

#include "absl/status/status.h"
#include "board/seat.h"
#include "registry/person.h"
#include "registry/school.h"

namespace partnership::board {

// What the roster knows about a candidate for a seat on the day they would take it.
struct Candidate {
  registry::Person person;
  std::optional<registry::Phase> school_phase;  // unset: no school (officers, the chair)
  bool active_member = false;  // their school is an active member on the first day
};

// OK if `candidate` may hold `seat` from ISO date `from`. Otherwise FAILED_PRECONDITION naming
// the rule that fails and the seat, for example "person 12 (Ann Smith) is a GOVERNOR, but seat
// secondary-head is for a HEADTEACHER of a SECONDARY school that is an active member". The
// rules are checked in order: role, then phase, then membership.
absl::Status CheckEligible(const Seat& seat, const Candidate& candidate, const std::string& from);

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_ELIGIBILITY_H_
