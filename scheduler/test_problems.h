// Small hand-made problems shared by the scheduler's tests.
#ifndef PARTNERSHIP_SCHEDULER_TEST_PROBLEMS_H_
#define PARTNERSHIP_SCHEDULER_TEST_PROBLEMS_H_

#include <string>

#include "absl/strings/str_cat.h"
#include "partnership/scheduler/problem.h"

namespace partnership::scheduler::testing {

// A school `id` in `group` at (lat, lon) with a trained head "<id>-h" and two trained
// deputies "<id>-d1", "<id>-d2".
inline School MakeSchool(const std::string& id, const std::string& group, double lat,
                         double lon) {
  School s;
  s.id = id;
  s.name = "School " + id;
  s.phase = "PRIMARY";
  s.group = group;
  s.lat = lat;
  s.lon = lon;
  s.leaders.push_back({id + "-h", LeaderRole::kHead, true, {}, 2});
  s.leaders.push_back({id + "-d1", LeaderRole::kDeputy, true, {}, 2});
  s.leaders.push_back({id + "-d2", LeaderRole::kDeputy, true, {}, 2});
  return s;
}

// A closed group of `n` schools about a kilometre apart, with `dates` review dates.
inline Problem MakeGroup(int n, int dates = 10, const std::string& group = "G") {
  Problem p;
  p.cycle = "2026-27";
  for (int d = 0; d < dates; ++d) p.dates.push_back(absl::StrCat("2027-03-", 10 + d));
  for (int i = 0; i < n; ++i) {
    p.schools.push_back(
        MakeSchool(absl::StrCat(group, i + 1), group, 51.8 + 0.009 * i, -2.2 + 0.004 * (i % 3)));
  }
  return p;
}

}  // namespace partnership::scheduler::testing

#endif  // PARTNERSHIP_SCHEDULER_TEST_PROBLEMS_H_
