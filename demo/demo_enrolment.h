// Membership for the demo county: most schools sign the partnership's agreement, as they
// would in the partnership's first year, so the demo has members to review and to vote.
#ifndef PARTNERSHIP_DEMO_DEMO_ENROLMENT_H_
#define PARTNERSHIP_DEMO_DEMO_ENROLMENT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "membership/agreements.h"
#include "registry/people_register.h"
#include "registry/school.h"

namespace partnership::demo {

struct Enrolment {
  int members = 0;      // ACTIVE for the year
  int applied = 0;      // applied, approval not yet recorded
  int not_joined = 0;   // no agreement
};

// For each school of a freshly loaded demo county, in URN order: one in 25 does not join,
// one in 40 has applied but its governing body has not yet approved, and every other school
// applies on 2026-09-07, has its governing body's approval recorded on 2026-09-21 and its
// headteacher's signature on 2026-09-28, so it is an ACTIVE member for `academic_year`.
// Acts as `coordinator` through the membership domain, so every step is validated and
// audited like any other. The first failing step's status is returned (earlier schools stay
// enrolled); FAILED_PRECONDITION if a school has no headteacher.
absl::StatusOr<Enrolment> EnrolDemoMembers(const access::Principal& coordinator,
                                           membership::Agreements& agreements,
                                           registry::PeopleRegister& people,
                                           std::vector<std::string> school_urns,
                                           const std::string& academic_year);

}  // namespace partnership::demo

#endif  // PARTNERSHIP_DEMO_DEMO_ENROLMENT_H_
