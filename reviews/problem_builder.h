// Turns the register's facts into the scheduler's problem for one review cycle.
#ifndef PARTNERSHIP_REVIEWS_PROBLEM_BUILDER_H_
#define PARTNERSHIP_REVIEWS_PROBLEM_BUILDER_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"
#include "registry/person.h"
#include "registry/school.h"
#include "reviews/review_cycle.h"

namespace partnership::reviews {

// A reviewer school's leaders reviewed `reviewee` in confirmed cycle `cycle`.
struct PastVisit {
  std::string cycle;
  std::string reviewer_school;
  std::string reviewee;
};

struct ProblemInputs {
  ReviewCycle cycle;
  std::vector<registry::School> schools;  // the schools taking part, in URN order
  std::vector<registry::Person> people;   // anyone; only heads and deputies of those schools count
  std::vector<scheduler::Conflict> conflicts;
  std::vector<PastVisit> past_visits;
  // Balances after the previous cycle, by URN; schools absent start at 0.
  std::map<std::string, scheduler::DaysLedger> balances;
  uint64_t seed = 1;
  double time_limit_seconds = 60;
};

// Leader ids in the problem are person ids ("17"); school ids are URNs.
// A leader is trained when training_completed_on is set and not after the cycle's first date.
// A school without a location takes the mean location of its review group's other schools
// (the scheduler needs one to measure travel); past visits become history with cyclesAgo
// the number of academic years between the two cycles; conflicts naming schools not taking
// part are left out. Pure: reads nothing, fails never.
scheduler::Problem BuildProblem(const ProblemInputs& inputs);

// Whole years between two academic years ("2026-27" minus "2024-25" is 2).
int YearsBetween(const std::string& later, const std::string& earlier);

}  // namespace partnership::reviews

#endif  // PARTNERSHIP_REVIEWS_PROBLEM_BUILDER_H_
