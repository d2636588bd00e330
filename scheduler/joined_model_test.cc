// The joined model solved part by part (joined_model.h) must answer as the whole model
// would: the same optimum, the parts' bounds added up, and the cutoff honoured.
#include "scheduler/joined_model.h"

#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "scheduler/mip_solver.h"
#include "scheduler/model.h"
#include "scheduler/pair_model.h"
#include "scheduler/test_problems.h"

namespace partnership::scheduler {
namespace {

using testing::MakeGroup;

// Groups A, B and C of eight, seven and eight schools; only A's schools may review B's
// schools across groups, so A and B are one part and C another.
class JoinedModelTest : public ::testing::Test {
 protected:
  JoinedModelTest() : problem_(ThreeGroups()), model_(problem_) {
    for (int b = 0; b < static_cast<int>(problem_.schools.size()); ++b) {
      all_.push_back(b);
      candidates_.push_back(model_.CandidatesFor(b));
    }
    exact_ = internal::PairColumns(model_, all_, candidates_, [&](int school, int b) {
      const int a_group = model_.group(school), b_group = model_.group(b);
      return a_group == b_group ||
             (problem_.schools[school].group == "A" && problem_.schools[b].group == "B");
    });
  }

  static Problem ThreeGroups() {
    Problem p = MakeGroup(8, 10, "A");
    for (const auto& [n, name] : {std::pair{7, "B"}, std::pair{8, "C"}}) {
      const Problem g = MakeGroup(n, 10, name);
      p.schools.insert(p.schools.end(), g.schools.begin(), g.schools.end());
    }
    p.policy.cross_group = true;
    return p;
  }

  // The whole model as one MIP, searched to the end.
  internal::PairRelaxation Whole(int max_reviews) {
    internal::PairSearch search;
    search.max_nodes = 100000;
    auto whole = internal::SolvePairModel(model_, all_, all_, candidates_, exact_, {}, nullptr,
                                          max_reviews, search);
    EXPECT_TRUE(whole.ok()) << whole.status();
    return whole.ok() ? *whole : internal::PairRelaxation{};
  }

  absl::StatusOr<internal::PairRelaxation> ByParts(
      int max_reviews, double cutoff,
      const std::map<int, internal::PairRelaxation>* closed_optima = nullptr) {
    return internal::SolveJoinedModel(model_, all_, all_, candidates_, exact_, {},
                                      max_reviews, cutoff, /*joined_nodes=*/100000,
                                      absl::InfiniteFuture(), closed_optima);
  }

  // Group `name` solved alone, as SolveGroups would have solved it.
  internal::PairRelaxation Group(const std::string& name) {
    std::vector<int> c;
    for (int b : all_) {
      if (problem_.schools[b].group == name) c.push_back(b);
    }
    const auto columns = internal::PairColumns(model_, c, candidates_, [&](int school, int) {
      return problem_.schools[school].group == name;
    });
    auto solved = internal::SolvePairModel(model_, c, c, candidates_, columns, {}, nullptr,
                                           static_cast<int>(c.size()), internal::PairSearch{});
    EXPECT_TRUE(solved.ok()) << solved.status();
    return solved.ok() ? *solved : internal::PairRelaxation{};
  }

  Problem problem_;
  internal::Model model_;
  std::vector<int> all_;
  std::vector<std::vector<internal::Candidate>> candidates_;
  std::vector<internal::PairColumn> exact_;
};

TEST_F(JoinedModelTest, PartsAddUpToTheWholeModelsOptimum) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  const int everyone = static_cast<int>(all_.size());
  const internal::PairRelaxation whole = Whole(everyone);
  ASSERT_TRUE(whole.ran && whole.proven && !whole.seats.empty());
  auto parts = ByParts(everyone, internal::MipModel::kInfinity);
  ASSERT_TRUE(parts.ok()) << parts.status();
  ASSERT_TRUE(parts->ran);
  EXPECT_TRUE(parts->proven);
  EXPECT_NEAR(parts->bound, whole.bound, 1e-3);
  ASSERT_FALSE(parts->seats.empty());
  EXPECT_NEAR(parts->objective, whole.objective, 1e-3);
  // Every school of all three groups has its team of three.
  for (int b : all_) EXPECT_EQ(parts->seats[b].size(), 3u) << problem_.schools[b].id;
}

TEST_F(JoinedModelTest, AtTheOptimumAsCutoffItProvesThereIsNothingCheaper) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  const int everyone = static_cast<int>(all_.size());
  const internal::PairRelaxation whole = Whole(everyone);
  ASSERT_TRUE(whole.ran && whole.proven);
  auto none = ByParts(everyone, whole.objective);
  ASSERT_TRUE(none.ok()) << none.status();
  ASSERT_TRUE(none->ran);
  EXPECT_TRUE(none->seats.empty());
  EXPECT_NEAR(none->bound, whole.objective, 1e-3);
  auto found = ByParts(everyone, whole.objective + 1);
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_FALSE(found->seats.empty());
  EXPECT_NEAR(found->objective, whole.objective, 1e-3);
}

TEST_F(JoinedModelTest, AGroupSolvedBeforeIsTakenAsItWas) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  const int everyone = static_cast<int>(all_.size());
  const internal::PairRelaxation whole = Whole(everyone);
  internal::PairRelaxation c = Group("C");
  ASSERT_TRUE(whole.proven && c.proven && !c.seats.empty());
  const int first_of_c = 15;  // A's eight schools, then B's seven.
  ASSERT_EQ(problem_.schools[first_of_c].group, "C");
  std::map<int, internal::PairRelaxation> known{{first_of_c, c}};
  auto parts = ByParts(everyone, internal::MipModel::kInfinity, &known);
  ASSERT_TRUE(parts.ok()) << parts.status();
  ASSERT_TRUE(parts->proven && !parts->seats.empty());
  EXPECT_NEAR(parts->objective, whole.objective, 1e-3);
  EXPECT_NEAR(parts->bound, whole.bound, 1e-3);
  for (int b = first_of_c; b < everyone; ++b) {
    ASSERT_EQ(parts->seats[b].size(), c.seats[b].size());
    for (size_t k = 0; k < c.seats[b].size(); ++k) {
      EXPECT_EQ(parts->seats[b][k].school, c.seats[b][k].school);
      EXPECT_EQ(parts->seats[b][k].role, c.seats[b][k].role);
    }
  }
  // Taken, not solved again: an answer 5 cheaper (were it one) comes through as it is.
  known.at(first_of_c).objective -= 5;
  known.at(first_of_c).bound -= 5;
  parts = ByParts(everyone, internal::MipModel::kInfinity, &known);
  ASSERT_TRUE(parts.ok()) << parts.status();
  EXPECT_NEAR(parts->objective, whole.objective - 5, 1e-3);
}

TEST_F(JoinedModelTest, GroupsThatCannotCrossBelowTheCutoffAreSolvedAlone) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  const int everyone = static_cast<int>(all_.size());
  const internal::PairRelaxation whole = Whole(everyone);
  ASSERT_TRUE(whole.proven && !whole.seats.empty());
  const int a = model_.group(0), b = model_.group(8), c = model_.group(15);
  auto lp = internal::PriceLendersByLp(model_, all_, all_, candidates_, exact_, {}, everyone);
  ASSERT_TRUE(lp.ok() && lp->solved);
  auto crossing = internal::CrossingBounds(model_, all_, all_, candidates_, exact_, {}, everyone);
  ASSERT_TRUE(crossing.ok()) << crossing.status();
  // C has no columns across; A's and B's are the same ones, and dearer than the optimum,
  // which keeps every group to itself.
  EXPECT_EQ(crossing->count(c), 0u);
  ASSERT_EQ(crossing->count(a), 1u);
  ASSERT_EQ(crossing->count(b), 1u);
  EXPECT_NEAR(crossing->at(a), crossing->at(b), 1e-6);
  EXPECT_GE(crossing->at(a), lp->bound - 1e-6);
  ASSERT_GT(crossing->at(a), whole.objective + 2);
  // B's optimum alone, known and (were it one) 5 cheaper: below a cutoff B cannot cross
  // at, B is cut loose from A and taken as it was; above it, A and B are solved together.
  internal::PairRelaxation alone = Group("B");
  ASSERT_TRUE(alone.proven && !alone.seats.empty());
  alone.objective -= 5;
  alone.bound -= 5;
  const std::map<int, internal::PairRelaxation> known{{8, alone}};  // B's first school.
  auto loose = ByParts(everyone, whole.objective + 1, &known);
  ASSERT_TRUE(loose.ok()) << loose.status();
  ASSERT_TRUE(loose->proven && !loose->seats.empty());
  EXPECT_NEAR(loose->objective, whole.objective - 5, 1e-3);
  auto joined = ByParts(everyone, crossing->at(a) + 1, &known);
  ASSERT_TRUE(joined.ok()) << joined.status();
  ASSERT_TRUE(joined->proven && !joined->seats.empty());
  EXPECT_NEAR(joined->objective, whole.objective, 1e-3);
}

TEST_F(JoinedModelTest, ALimitOnReviewsOverEveryGroupKeepsTheModelWhole) {
  if (!internal::MipSolverAvailable()) GTEST_SKIP() << "built without CBC";
  // Twenty of the twenty-three: which three go unreviewed is one choice over all groups.
  const internal::PairRelaxation whole = Whole(20);
  ASSERT_TRUE(whole.ran && whole.proven);
  auto parts = ByParts(20, internal::MipModel::kInfinity);
  ASSERT_TRUE(parts.ok()) << parts.status();
  ASSERT_TRUE(parts->ran);
  EXPECT_NEAR(parts->bound, whole.bound, 1e-3);
  EXPECT_NEAR(parts->objective, whole.objective, 1e-3);
}

}  // namespace
}  // namespace partnership::scheduler
