// Each school's leader-days in a cycle and the balance it carries into the next.
#ifndef PARTNERSHIP_REVIEWS_DAYS_LEDGER_H_
#define PARTNERSHIP_REVIEWS_DAYS_LEDGER_H_

#include <vector>

#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"

namespace partnership::reviews {

// A school gives 1.5 head days and 1.5 deputy days a year (the proposal's "in kind" fee).
inline constexpr double kDaysOwedPerRole = 1.5;

// One row per school of `problem`, in its order: reviews done by the school's heads and by
// its deputies in `schedule`, and balance + given - 1.5 for each role.
std::vector<scheduler::DaysLedger> LedgerFor(const scheduler::Problem& problem,
                                             const scheduler::Schedule& schedule);

}  // namespace partnership::reviews

#endif  // PARTNERSHIP_REVIEWS_DAYS_LEDGER_H_
