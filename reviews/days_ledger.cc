#include "reviews/days_ledger.h"

#include <map>
#include <string>

namespace partnership::reviews {

std::vector<scheduler::DaysLedger> LedgerFor(const scheduler::Problem& problem,
                                             const scheduler::Schedule& schedule) {
  std::map<std::string, std::pair<int, int>> given;
  for (const scheduler::Review& r : schedule.reviews) {
    for (const scheduler::TeamMember& m : r.team) {
      auto& days = given[m.school];
      (m.role == scheduler::LeaderRole::kHead ? days.first : days.second) += 1;
    }
  }
  std::vector<scheduler::DaysLedger> out;
  out.reserve(problem.schools.size());
  for (const scheduler::School& s : problem.schools) {
    scheduler::DaysLedger row;
    row.school = s.id;
    row.head_days_given = given[s.id].first;
    row.deputy_days_given = given[s.id].second;
    row.head_days_balance = s.head_days_balance + row.head_days_given - kDaysOwedPerRole;
    row.deputy_days_balance = s.deputy_days_balance + row.deputy_days_given - kDaysOwedPerRole;
    out.push_back(row);
  }
  return out;
}

}  // namespace partnership::reviews
