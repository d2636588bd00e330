// A made-up county for demonstrations, training and load tests: about 300 schools laid over
// real Gloucestershire towns and villages, with the leaders, governors and officers a
// partnership works with.
#ifndef PARTNERSHIP_DEMO_DEMO_COUNTY_H_
#define PARTNERSHIP_DEMO_DEMO_COUNTY_H_

#include <cstdint>
#include <vector>

#include "registry/person.h"
#include "registry/school.h"

namespace partnership::demo {

struct DemoCounty {
  std::vector<registry::School> schools;
  std::vector<registry::Person> people;
};

// Generates the county for `seed`. The same seed gives the same county, field for field, on
// any platform: the randomness is the project's own (demo/random.h), never <random>'s
// distributions. (Latitude and longitude come from gias::GridToWgs84 and so are as portable
// as the platform's floating-point maths; every other field is computed in integers.)
//
// Schools (LA "916" Gloucestershire, all open, URNs unique 6-digit numbers from 900000 to
// 999999, a range real URNs have not reached; names unique and fictional, on real places):
// - 7 primary partnerships (Gloucester, Cheltenham, Stroud, Cotswold, Forest of Dean,
//   Tewkesbury, Stroud Vale: review group "<area> Primary Partnership"), 25 to 43 primaries
//   each and 219 to 261 in all, placed around towns and villages of their area;
// - 4 secondary clusters ("North", "Central", "South", "Rural Secondary Cluster"), 8 to 13
//   schools each, 33 to 47 in all;
// - 11 to 13 special schools in "Special Schools Group".
// Every school has easting/northing (whole metres) with latitude/longitude from them, a GL
// postcode, town (the town or village it stands in), district (the local government
// district of its area; Stroud Vale's is "Stroud"), pupils within its phase's range
// (primary 40-630, secondary 550-1900, special 40-260), a GIAS establishment type and
// group, and head_name equal to its headteacher's "<given> <family>". Academies, and only
// they, are in one of 11 fictional multi-academy trusts; church schools carry their diocese
// ("Diocese of Gloucester" / "Diocese of Clifton") and religious character ("Church of
// England" / "Roman Catholic"); others leave both empty.
//
// People, in school order then the county's officers: per school one headteacher, 1-4
// deputies (primaries 1-2 by size, secondaries 2-4, special schools 1-2) and 2-3 governors,
// the first of them with organisation "Chair of governors"; then 3 LA officers
// ("Gloucestershire County Council"), 2 diocesan representatives (one per diocese) and
// 1 coordinator ("Gloucestershire Schools Partnership"), who have no school. About 85% of
// leaders have training_completed_on between 2024-09-01 and 2026-10-31, and about 15% have
// 1-3 unavailable weekdays in May-June 2027 (sorted, no repeats); governors and officers
// have neither. Every e-mail address is lower-case ASCII and unique. Ids are 0: the register
// assigns them.
DemoCounty GenerateDemoCounty(uint64_t seed);

}  // namespace partnership::demo

#endif  // PARTNERSHIP_DEMO_DEMO_COUNTY_H_
