// Why a reviewee is left without a review once the search is over, in words a
// coordinator can act on. Separate from planner.cc, which keeps the state and the moves.
#include <string>

#include "absl/strings/str_cat.h"
#include "scheduler/planner.h"

namespace partnership::scheduler::internal {

std::string Planner::ExplainUnreviewed(int b) const {
  const Policy& pol = m_.problem().policy;
  int hostable = 0;
  for (int d = 0; d < D_; ++d) hostable += m_.host_free_on(b, d);
  if (hostable == 0) {
    return "the school cannot host on any of the cycle's dates: add a date it can host";
  }
  int reciprocal = 0, spent = 0, no_date = 0, heads_free = 0;
  for (const Candidate& c : candidates_[b]) {
    const int a = c.school;
    if (!pol.allow_reciprocal && Reviews(b, a)) {
      ++reciprocal;
      continue;
    }
    const bool room = given_[2 * a] < m_.RoleCap(a, kHead) ||
                      given_[2 * a + 1] < m_.RoleCap(a, kDeputy);
    if (!room) {
      ++spent;
      continue;
    }
    bool any_date = false;
    for (int d = 0; d < D_ && !any_date; ++d) {
      if (!m_.host_free_on(b, d)) continue;
      for (int role = 0; role < 2; ++role) {
        if (given_[2 * a + role] >= m_.RoleCap(a, role)) continue;
        if (PickLeader(a, role, d) >= 0 && date_[a] != d) {
          any_date = true;
          if (role == kHead) ++heads_free;
        }
      }
    }
    if (!any_date) ++no_date;
  }
  const int n = static_cast<int>(candidates_[b].size());
  std::string out = absl::StrCat(
      "no team of ", pol.team_size, " could be formed: of the ", n,
      " schools allowed to review it, ", spent, " have used all their head and deputy days, ",
      no_date, " have no trained leader free on a date it can host");
  if (!pol.allow_reciprocal) absl::StrAppend(&out, ", ", reciprocal, " are reviewed by it");
  if (heads_free == 0) absl::StrAppend(&out, ", and no trained head is free");
  absl::StrAppend(&out,
                  "; raising headDaysMax/deputyDaysMax or maxReviews, adding review dates, "
                  "or allowing cross-group reviewers (crossGroup) would make room");
  return out;
}

}  // namespace partnership::scheduler::internal
