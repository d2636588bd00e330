// Small problems, where dates and leadership cover bind, are solved to proven optimality
// when the library is built with CBC (exact_mip.h); without it the search still finds the
// best schedule of these, only without the proof.
#include <functional>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/solver.h"
#include "scheduler/exact_mip.h"
#include "scheduler/test_problems.h"

namespace partnership::scheduler {
namespace {

using ::testing::IsEmpty;
using testing::MakeGroup;

Schedule SolveOk(const Problem& p) {
  auto s = Solve(p);
  EXPECT_TRUE(s.ok()) << s.status();
  if (!s.ok()) return {};
  EXPECT_THAT(CheckSchedule(p, *s), IsEmpty());
  return *s;
}

// Five schools, two dates, teams of one head, each school a head and one deputy (so a
// school's head can be away only while its deputy stays), and leaders and hosts away on
// some dates: small enough to try every schedule.
Problem TwoDateGroup() {
  Problem p = MakeGroup(5, 2);
  p.policy.team_size = 1;
  for (School& s : p.schools) s.leaders.pop_back();
  p.schools[0].host_unavailable_dates = {p.dates[0]};
  p.schools[1].leaders[0].unavailable_dates = {p.dates[1]};
  p.schools[2].leaders[0].max_reviews = 1;
  p.schools[3].host_unavailable_dates = {p.dates[1]};
  p.schools[4].leaders[0].unavailable_dates = {p.dates[0]};
  p.schools[2].focus_areas = {"maths"};
  p.schools[4].strengths = {"maths"};
  return p;
}

// The cheapest valid schedule of a problem with teams of one head, by trying them all.
double BruteForceOptimum(const Problem& p) {
  const int n = static_cast<int>(p.schools.size());
  const int dates = static_cast<int>(p.dates.size());
  double best = 1e300;
  Schedule s;
  s.cycle = p.cycle;
  std::function<void(int)> choose = [&](int b) {
    if (b == n) {
      if (CheckSchedule(p, s).empty()) best = std::min(best, Cost(p, s).total);
      return;
    }
    s.unreviewed.push_back({p.schools[b].id, {"tried"}});
    choose(b + 1);
    s.unreviewed.pop_back();
    for (int d = 0; d < dates; ++d) {
      for (int a = 0; a < n; ++a) {
        if (a == b) continue;
        const Leader& head = p.schools[a].leaders[0];
        s.reviews.push_back(
            {p.schools[b].id, p.dates[d], {{head.id, p.schools[a].id, LeaderRole::kHead, true}}});
        choose(b + 1);
        s.reviews.pop_back();
      }
    }
  };
  choose(0);
  return best;
}

TEST(ExactSolveTest, TwoDateGroupGetsTheCheapestScheduleThereIs) {
  const Problem p = TwoDateGroup();
  const Schedule s = SolveOk(p);
  EXPECT_NEAR(s.cost.total, BruteForceOptimum(p), 1e-6);
  if (internal::ExactSolverAvailable()) {
    EXPECT_TRUE(s.optimal);
    EXPECT_NEAR(s.bound, s.cost.total, 1e-3);
  }
}

TEST(ExactSolveTest, SingleDateGroupReviewsAsManySchoolsAsItsLeadersCanCoverAndProvesIt) {
  // On the one date a reviewed school sends nobody, and every school keeps one of its three
  // leaders at home: R reviews need 3R leaders from 7 - R schools giving two each, so at
  // most two schools can be reviewed. The flow bound, blind to dates, thinks all seven can.
  const Problem p = MakeGroup(7, 1);
  const Schedule s = SolveOk(p);
  EXPECT_EQ(s.reviews.size(), 2u);
  // The counting check before the search already knows, and says what would help.
  ASSERT_FALSE(s.unreviewed.empty());
  EXPECT_THAT(s.unreviewed[0].reasons,
              ::testing::Contains(::testing::AllOf(::testing::HasSubstr("at most 2 of its 7"),
                                                   ::testing::HasSubstr("add review dates"))));
  EXPECT_GE(s.bound, 5 * p.weights.unreviewed - 1000);
  if (internal::ExactSolverAvailable()) {
    EXPECT_TRUE(s.optimal);
  }
}

TEST(ExactSolveTest, ClosedGroupWithPlentyOfDatesIsProvenOptimal) {
  Problem p = MakeGroup(11, 10);
  for (int i = 0; i < 11; ++i) {
    p.schools[i].focus_areas = {i % 2 ? "maths" : "send", "reading"};
    p.schools[i].strengths = {i % 3 ? "reading" : "maths"};
  }
  const Schedule s = SolveOk(p);
  EXPECT_EQ(s.reviews.size(), 11u);
  if (internal::ExactSolverAvailable()) {
    EXPECT_TRUE(s.optimal);
  }
}

TEST(ExactSolveTest, ExactSolveIsRepeatable) {
  const Problem p = TwoDateGroup();
  const Schedule first = SolveOk(p);
  const Schedule second = SolveOk(p);
  ASSERT_EQ(first.reviews.size(), second.reviews.size());
  for (size_t i = 0; i < first.reviews.size(); ++i) {
    EXPECT_EQ(first.reviews[i].date, second.reviews[i].date);
    EXPECT_EQ(first.reviews[i].team[0].leader, second.reviews[i].team[0].leader);
  }
}

}  // namespace
}  // namespace partnership::scheduler
