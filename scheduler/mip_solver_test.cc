// CLP and CBC as the scheduler calls them: probes of an LP each on top of the model alone,
// a MIP started from a probe's basis answering as one started from nothing, and an LP
// dived until the columns asked for are whole.
#include "scheduler/mip_solver.h"

#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "gtest/gtest.h"

namespace partnership::scheduler {
namespace {

using internal::LpBasis;
using internal::LpProbe;
using internal::MipModel;

// Cover one of three items costing 1, 2 and 3 (each taken at most once).
MipModel CoverOne() {
  MipModel m;
  for (double cost : {1.0, 2.0, 3.0}) m.AddColumn(cost, 0, 1, true);
  m.AddRow({{0, 1.0}, {1, 1.0}, {2, 1.0}}, 1, MipModel::kInfinity);
  return m;
}

TEST(ProbeLpTest, EachProbeIsTheOptimumWithItsRowAloneAdded) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  const MipModel m = CoverOne();
  // The third item forced in, then the second: had the first row stayed, the second
  // probe would cost 5.
  const std::vector<LpProbe> probes = {{{{2, 1.0}}, 1}, {{{1, 1.0}}, 1}, {{{0, 1.0}, {1, 1.0}}, 2}};
  LpBasis basis;
  auto optima = internal::ProbeLp(m, probes, &basis);
  ASSERT_TRUE(optima.ok()) << optima.status();
  ASSERT_EQ(optima->size(), 3u);
  EXPECT_NEAR((*optima)[0], 3, 1e-9);
  EXPECT_NEAR((*optima)[1], 2, 1e-9);
  EXPECT_NEAR((*optima)[2], 3, 1e-9);
  EXPECT_EQ(basis.columns.size(), 3u);
  EXPECT_EQ(basis.rows.size(), 1u);
}

TEST(ProbeLpTest, AProbeNoAnswerMeetsIsInfinitelyDear) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  auto optima = internal::ProbeLp(CoverOne(), {{{{0, 1.0}}, 2}, {{{0, 1.0}}, 1}});
  ASSERT_TRUE(optima.ok()) << optima.status();
  ASSERT_EQ(optima->size(), 2u);
  EXPECT_EQ((*optima)[0], MipModel::kInfinity);
  // The infeasible probe leaves nothing behind for the next.
  EXPECT_NEAR((*optima)[1], 1, 1e-9);
}

TEST(ProbeLpTest, CbcStartedFromTheProbesBasisFindsTheSameOptimum) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  // Cover each of four pairs of six items, where the LP takes halves.
  MipModel m;
  for (double cost : {3.0, 4.0, 5.0, 3.5, 4.5, 6.0}) m.AddColumn(cost, 0, 1, true);
  for (const auto& [a, b] : {std::pair{0, 1}, std::pair{1, 2}, std::pair{2, 0}, std::pair{3, 4}}) {
    m.AddRow({{a, 1.0}, {b, 1.0}}, 1, MipModel::kInfinity);
  }
  m.AddRow({{4, 1.0}, {5, 1.0}}, 1, MipModel::kInfinity);
  LpBasis basis;
  ASSERT_TRUE(internal::ProbeLp(m, {}, &basis).ok());
  ASSERT_EQ(basis.columns.size(), 6u);
  auto cold = internal::SolveMip(m, MipModel::kInfinity, 100, absl::InfiniteFuture());
  auto warm = internal::SolveMip(m, MipModel::kInfinity, 100, absl::InfiniteFuture(), nullptr,
                                 internal::MipTuning{}, &basis);
  ASSERT_TRUE(cold.ok() && warm.ok());
  ASSERT_TRUE(cold->proven && warm->proven && cold->found && warm->found);
  EXPECT_NEAR(warm->objective, cold->objective, 1e-9);
  EXPECT_NEAR(cold->objective, 3.0 + 4.0 + 4.5, 1e-9);
}

// Cover each side of a triangle of items costing 3, 4 and 5: the LP takes half of each (6),
// the cheapest whole cover is the two cheapest items (7).
MipModel CoverTriangle() {
  MipModel m;
  for (double cost : {3.0, 4.0, 5.0}) m.AddColumn(cost, 0, 1, true);
  for (const auto& [a, b] : {std::pair{0, 1}, std::pair{1, 2}, std::pair{2, 0}}) {
    m.AddRow({{a, 1.0}, {b, 1.0}}, 1, MipModel::kInfinity);
  }
  return m;
}

TEST(SolveLpTest, ADiveEndsWithItsColumnsWholeAndTheOptimumAsItWas) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  const MipModel m = CoverTriangle();
  auto lp = internal::SolveLp(m, {0, 1, 2});
  ASSERT_TRUE(lp.ok()) << lp.status();
  ASSERT_TRUE(lp->solved);
  EXPECT_NEAR(lp->objective, 6, 1e-9);
  EXPECT_NEAR(lp->values[0], 0.5, 1e-9);
  ASSERT_EQ(lp->dived.size(), 3u);
  for (double v : lp->dived) EXPECT_TRUE(v < 1e-6 || v > 1 - 1e-6) << v;
  EXPECT_NEAR(m.Objective(lp->dived), 7, 1e-9);
  EXPECT_TRUE(internal::SolveLp(m)->dived.empty());
}

TEST(SolveLpTest, AColumnThatCannotBeWholeIsDivedToZero) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  // One of two items, the first paid to take but never more than 0.6 of it: the LP takes
  // 0.6 and 0.4; the first cannot be fixed at 1, so the dive fixes it at 0.
  MipModel m;
  m.AddColumn(-1, 0, 1, true);
  m.AddColumn(0, 0, 1, true);
  m.AddRow({{0, 1.0}, {1, 1.0}}, 1, 1);
  m.AddRow({{0, 1.0}}, -MipModel::kInfinity, 0.6);
  auto lp = internal::SolveLp(m, {0, 1});
  ASSERT_TRUE(lp.ok()) << lp.status();
  ASSERT_TRUE(lp->solved);
  EXPECT_NEAR(lp->values[0], 0.6, 1e-9);
  ASSERT_EQ(lp->dived.size(), 2u);
  EXPECT_NEAR(lp->dived[0], 0, 1e-9);
  EXPECT_NEAR(lp->dived[1], 1, 1e-9);
}

}  // namespace
}  // namespace partnership::scheduler
