// A component too big for one date-free model (pair_mip.h) is solved group by group with
// the other groups' reviewers open at their arc cost; the answer must stay valid and the
// bound a bound. Lenders are then priced (SolveWithLenders), which closes the gap.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/solver.h"
#include "scheduler/model.h"
#include "scheduler/pair_mip.h"
#include "scheduler/test_problems.h"

namespace partnership::scheduler {
namespace {

using ::testing::IsEmpty;
using testing::MakeGroup;

// 60 schools in A and 5 in B, everyone allowed to review across groups: too many pairs
// for one model, so each group is solved with the other's reviewers open. B alone could
// staff at most four reviews (no reciprocal pairs); with A's help all 65 are.
Problem BigGroupAndFiveSchools() {
  Problem p = MakeGroup(60, 10, "A");
  const Problem b = MakeGroup(5, 10, "B");
  p.schools.insert(p.schools.end(), b.schools.begin(), b.schools.end());
  p.policy.cross_group = true;
  return p;
}

TEST(GroupByGroupTest, SmallGroupIsRescuedByCrossGroupReviewersAndTheBoundHolds) {
  const Problem p = BigGroupAndFiveSchools();
  auto s = Solve(p);
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_THAT(CheckSchedule(p, *s), IsEmpty());
  EXPECT_EQ(s->reviews.size(), 65u);
  EXPECT_GT(s->cost.cross_group_assignments, 0);
  EXPECT_LE(s->bound, s->cost.total + 1e-6);
  // Each cross-group member costs at least the crossGroup weight: the bound knows that the
  // rescue of B is not free.
  EXPECT_GT(s->bound, p.weights.cross_group);
}

TEST(GroupByGroupTest, LendersArePricedSoTheRescueIsProvenOptimal) {
  // Each day A lends B is a day more than A's schools' share: 25 of fairness at the
  // default weight. With A's reviewers open to B for travel alone, the bound stayed 124
  // (five days) below the schedule; priced lenders close the gap.
  const Problem p = BigGroupAndFiveSchools();
  auto s = Solve(p);
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_GE(s->cost.cross_group_assignments, 5);
  EXPECT_TRUE(s->optimal) << "cost " << s->cost.total << ", bound " << s->bound;
  EXPECT_NEAR(s->bound, s->cost.total, 1e-3);
}

// Two groups of eight, each school with one trained head and one trained deputy, at the
// partnership's fairness weight: a day beyond a school's share costs 250, far more than
// travel, so with other groups' reviewers open for travel alone every group borrows.
Problem TwoGroupsAtPartnershipFairness() {
  Problem p = MakeGroup(8, 10, "A");
  const Problem b = MakeGroup(8, 10, "B");
  p.schools.insert(p.schools.end(), b.schools.begin(), b.schools.end());
  for (School& s : p.schools) s.leaders.pop_back();
  p.policy.cross_group = true;
  p.weights.fairness_per_day = 500;
  return p;
}

TEST(SolveWithLendersTest, WhereTheJoinedLpIsTooBigItsColumnsAreBroughtInAsNeeded) {
  // A county whose every group borrows would need a joined LP of 170,000 columns; here the
  // limit is set just below this problem's so that the same path is taken. The LP starts
  // from the cheapest columns from outside and brings in those its duals ask for, until it
  // is the whole LP's optimum: a bound again, and the joined MIP proves the optimum.
  const Problem p = TwoGroupsAtPartnershipFairness();
  auto best = Solve(p);
  ASSERT_TRUE(best.ok()) << best.status();
  ASSERT_TRUE(best->optimal);
  const internal::Model model(p);
  std::vector<int> all;
  std::vector<std::vector<internal::Candidate>> candidates(p.schools.size());
  for (int b = 0; b < static_cast<int>(p.schools.size()); ++b) {
    all.push_back(b);
    candidates[b] = model.CandidatesFor(b);
  }
  // Every group borrows: one head from the other group on each review.
  std::vector<std::vector<internal::Seat>> borrowing(p.schools.size());
  for (int b : all) borrowing[b].push_back({b < 8 ? 8 : 0, internal::kHead});
  const int joined = static_cast<int>(
      internal::PairColumns(model, all, candidates, [](int, int) { return true; }).size());
  internal::GroupSolutions cache;
  auto priced = internal::SolveWithLenders(model, all, all, candidates, borrowing,
                                           static_cast<int>(all.size()),
                                           absl::InfiniteFuture(), &cache, joined - 1);
  ASSERT_TRUE(priced.ok()) << priced.status();
  ASSERT_TRUE(priced->ran);
  EXPECT_LE(priced->bound, best->cost.total + 1e-6);
  EXPECT_NEAR(priced->bound, best->cost.total, 1e-3) << "optimum " << best->cost.total;
}

}  // namespace
}  // namespace partnership::scheduler
