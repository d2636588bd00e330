// A generated county with cross-group reviewers (issue 3's hardest county shape): a
// secondary cluster too small to staff its own reviews borrows from the primary
// partnerships around it, and the coordinator is shown a proof that the schedule is the
// cheapest, not a gap.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "bench/problem_generator.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/solver.h"

namespace partnership::scheduler {
namespace {

using ::testing::IsEmpty;

TEST(CrossGroupCountyTest, BorrowingClusterIsScheduledAndProvenOptimal) {
  Problem p = bench::GenerateCounty(1);
  p.policy.cross_group = true;
  p.policy.max_travel_km = 60;
  auto s = Solve(p);
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_THAT(CheckSchedule(p, *s), IsEmpty());
  EXPECT_THAT(s->unreviewed, IsEmpty());
  EXPECT_GT(s->cost.cross_group_assignments, 0);
  // Before the joined model was solved (pair_mip.h), the bound stayed 2.3 below.
  EXPECT_TRUE(s->optimal) << "cost " << s->cost.total << ", bound " << s->bound;
}

}  // namespace
}  // namespace partnership::scheduler
