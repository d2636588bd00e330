// A review cycle's schedule: the scheduler's answer (spec, "Schedule (output)").
#ifndef PARTNERSHIP_SCHEDULER_SCHEDULE_H_
#define PARTNERSHIP_SCHEDULER_SCHEDULE_H_

#include <string>
#include <vector>

#include "partnership/scheduler/problem.h"

namespace partnership::scheduler {

// One leader on a review team. `school` and `role` repeat the problem's facts so a reader
// of the schedule file needs nothing else.
struct TeamMember {
  std::string leader;
  std::string school;
  LeaderRole role = LeaderRole::kHead;
  bool lead = false;  // Exactly one member per team leads, and that member is a HEAD.
};

struct Review {
  std::string reviewee;
  std::string date;
  std::vector<TeamMember> team;
};

// A school that wanted a review and gets none, with what blocks it in a coordinator's words.
struct Unreviewed {
  std::string school;
  std::vector<std::string> reasons;
};

// A school's leader-days this cycle; balances are after the cycle
// (balance + daysGiven - 1.5), so they carry into the next problem.
struct DaysLedger {
  std::string school;
  int head_days_given = 0;
  int deputy_days_given = 0;
  double head_days_balance = 0;
  double deputy_days_balance = 0;
};

// The spec's cost, term by term; `total` is the weighted sum.
struct CostBreakdown {
  double total = 0;
  double travel_km = 0;
  int focus_matches = 0;
  double fairness_days = 0;
  int cross_group_assignments = 0;
  int unreviewed = 0;
};

struct Schedule {
  std::string cycle;
  std::vector<Review> reviews;  // In the problem's school order.
  std::vector<Unreviewed> unreviewed;
  std::vector<DaysLedger> ledger;  // Every school, in the problem's order.
  CostBreakdown cost;
  double bound = 0;     // Proven lower bound on the cost of any valid schedule.
  bool optimal = false; // True only when cost.total equals `bound`.
  double solve_seconds = 0;
};

}  // namespace partnership::scheduler

#endif  // PARTNERSHIP_SCHEDULER_SCHEDULE_H_
