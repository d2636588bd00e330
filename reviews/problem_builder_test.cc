#include "reviews/problem_builder.h"

#include "gtest/gtest.h"

namespace partnership::reviews {
namespace {

registry::School School(const std::string& urn, const std::string& group,
                        std::optional<double> lat) {
  registry::School s;
  s.urn = urn;
  s.name = "School " + urn;
  s.review_group = group;
  s.phase = registry::Phase::kPrimary;
  if (lat) {
    s.latitude = *lat;
    s.longitude = -2.2;
  }
  return s;
}

registry::Person Leader(int64_t id, const std::string& urn, registry::PersonRole role,
                        const std::string& trained) {
  registry::Person p;
  p.id = id;
  p.school_urn = urn;
  p.role = role;
  p.training_completed_on = trained;
  p.unavailable_dates = {"2027-05-04", "2027-07-01"};
  return p;
}

ProblemInputs Inputs() {
  ProblemInputs in;
  in.cycle.name = "2026-27";
  in.cycle.dates = {"2027-05-04", "2027-05-05"};
  in.schools = {School("100001", "Stroud", 51.7), School("100002", "Stroud", 51.9),
                School("100003", "Stroud", std::nullopt)};
  in.people = {Leader(1, "100001", registry::PersonRole::kHeadteacher, "2025-01-01"),
               Leader(2, "100001", registry::PersonRole::kDeputyHead, "2027-06-01"),
               Leader(3, "100002", registry::PersonRole::kGovernor, ""),
               Leader(4, "999999", registry::PersonRole::kHeadteacher, "2025-01-01")};
  return in;
}

TEST(ProblemBuilderTest, LeadersCarryRoleTrainingAndOnlyTheCyclesUnavailableDates) {
  const scheduler::Problem p = BuildProblem(Inputs());
  ASSERT_EQ(p.schools.size(), 3u);
  ASSERT_EQ(p.schools[0].leaders.size(), 2u);
  EXPECT_EQ(p.schools[0].leaders[0].id, "1");
  EXPECT_EQ(p.schools[0].leaders[0].role, scheduler::LeaderRole::kHead);
  EXPECT_TRUE(p.schools[0].leaders[0].trained);
  // Trained only after the cycle's first date: cannot review in it.
  EXPECT_FALSE(p.schools[0].leaders[1].trained);
  EXPECT_EQ(p.schools[0].leaders[0].unavailable_dates, std::vector<std::string>{"2027-05-04"});
  EXPECT_TRUE(p.schools[1].leaders.empty());  // governors do not review
}

TEST(ProblemBuilderTest, SchoolWithoutLocationSitsAtItsGroupsMean) {
  const scheduler::Problem p = BuildProblem(Inputs());
  EXPECT_NEAR(p.schools[2].lat, 51.8, 1e-9);
  EXPECT_NEAR(p.schools[2].lon, -2.2, 1e-9);
}

TEST(ProblemBuilderTest, PastVisitsBecomeHistoryByYearsAgoAndBalancesCarry) {
  ProblemInputs in = Inputs();
  in.past_visits = {{"2024-25", "100001", "100002"}, {"2025-26", "100002", "100003"},
                    {"2025-26", "100002", "424242"}};
  scheduler::DaysLedger owed;
  owed.school = "100001";
  owed.head_days_balance = -0.5;
  owed.deputy_days_balance = 0.5;
  in.balances["100001"] = owed;
  const scheduler::Problem p = BuildProblem(in);
  ASSERT_EQ(p.history.size(), 2u);
  EXPECT_EQ(p.history[0].cycles_ago, 2);
  EXPECT_EQ(p.history[1].cycles_ago, 1);
  EXPECT_DOUBLE_EQ(p.schools[0].head_days_balance, -0.5);
  EXPECT_DOUBLE_EQ(p.schools[0].deputy_days_balance, 0.5);
  EXPECT_EQ(YearsBetween("2026-27", "2021-22"), 5);
}

}  // namespace
}  // namespace partnership::reviews
