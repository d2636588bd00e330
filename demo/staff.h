// The people of the demo county: each school's leaders and governors, and the officers who
// serve the whole partnership.
#ifndef PARTNERSHIP_DEMO_STAFF_H_
#define PARTNERSHIP_DEMO_STAFF_H_

#include <set>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "demo/random.h"
#include "registry/person.h"
#include "registry/school.h"

namespace partnership::demo {

// Hands out e-mail addresses that are unique across the whole county.
class EmailBook {
 public:
  // Returns "<first-choice>@<domain>", or, if that is taken, "<fallback>@<domain>", then
  // "<fallback>2@<domain>", "<fallback>3@<domain>", ... and records the address returned.
  // All parts must already be lower-case ASCII.
  std::string Claim(absl::string_view first_choice, absl::string_view fallback,
                    absl::string_view domain);

 private:
  std::set<std::string> used_;
};

// Lower-case ASCII letters and digits of `text`, with each run of anything else (spaces,
// apostrophes, hyphens) dropped: "O'Neill" -> "oneill".
std::string EmailWord(absl::string_view text);

// The school's e-mail domain, "<name-slug>.gloucs.sch.uk", where the slug is the school's
// name in lower case with words joined by hyphens and the trailing "school" dropped.
std::string SchoolEmailDomain(const registry::School& school);

// The people of `school` (its urn, phase and pupils must be set): the headteacher first, then
// the deputies, then the governors, as described in demo_county.h.
std::vector<registry::Person> SchoolStaff(const registry::School& school, Random& random,
                                          EmailBook& emails);

// The 3 LA officers, 2 diocesan representatives and the coordinator, in that order.
std::vector<registry::Person> CountyOfficers(Random& random, EmailBook& emails);

}  // namespace partnership::demo

#endif  // PARTNERSHIP_DEMO_STAFF_H_
