#include "partnership/scheduler/check.h"

#include <algorithm>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "partnership/scheduler/solver.h"
#include "scheduler/test_problems.h"

namespace partnership::scheduler {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::MakeGroup;

// A valid schedule to break, one constraint at a time.
class CheckScheduleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    problem_ = MakeGroup(9);
    auto s = Solve(problem_);
    ASSERT_TRUE(s.ok()) << s.status();
    schedule_ = *s;
    ASSERT_THAT(CheckSchedule(problem_, schedule_), IsEmpty());
    ASSERT_EQ(schedule_.reviews.size(), 9u);
  }
  // True if some violation names constraint `n`.
  bool Flags(int n) {
    const std::string tag = "constraint " + std::to_string(n) + ":";
    for (const std::string& v : CheckSchedule(problem_, schedule_)) {
      if (v.rfind(tag, 0) == 0) return true;
    }
    return false;
  }
  School& SchoolById(const std::string& id) {
    return *std::find_if(problem_.schools.begin(), problem_.schools.end(),
                         [&](const School& s) { return s.id == id; });
  }
  Problem problem_;
  Schedule schedule_;
};

TEST_F(CheckScheduleTest, ReviewOnADateOutsideTheCycleBreaksConstraint1) {
  schedule_.reviews[0].date = "2027-07-30";
  EXPECT_TRUE(Flags(1));
}

TEST_F(CheckScheduleTest, SchoolNeitherReviewedNorListedBreaksConstraint1) {
  schedule_.reviews.pop_back();
  EXPECT_TRUE(Flags(1));
}

TEST_F(CheckScheduleTest, LeaderReviewingTheirOwnSchoolBreaksConstraint2) {
  Review& r = schedule_.reviews[0];
  r.team[1] = {r.reviewee + "-d2", r.reviewee, LeaderRole::kDeputy, false};
  EXPECT_TRUE(Flags(2));
}

TEST_F(CheckScheduleTest, TeamLedByNoOneBreaksConstraint3) {
  for (TeamMember& m : schedule_.reviews[0].team) m.lead = false;
  EXPECT_TRUE(Flags(3));
}

TEST_F(CheckScheduleTest, UntrainedLeaderBreaksConstraint4) {
  const TeamMember& m = schedule_.reviews[0].team[0];
  for (Leader& l : SchoolById(m.school).leaders) {
    if (l.id == m.leader) l.trained = false;
  }
  EXPECT_TRUE(Flags(4));
}

TEST_F(CheckScheduleTest, SchoolsReviewingEachOtherBreakConstraint5) {
  // X reviews Y; put one of Y's leaders on X's team in place of its last member.
  const Review& y_review = schedule_.reviews[0];
  const std::string x = y_review.team[0].school, y = y_review.reviewee;
  for (Review& r : schedule_.reviews) {
    if (r.reviewee == x) r.team.back() = {y + "-d2", y, LeaderRole::kDeputy, false};
  }
  EXPECT_TRUE(Flags(5));
  problem_.policy.allow_reciprocal = true;
  EXPECT_FALSE(Flags(5));
}

TEST_F(CheckScheduleTest, ConflictTrustAndRecentHistoryBreakConstraint6) {
  const Review& r = schedule_.reviews[0];
  problem_.conflicts.push_back({r.reviewee, r.team[0].school, "federated"});
  EXPECT_TRUE(Flags(6));
  problem_.conflicts.clear();
  SchoolById(r.reviewee).trust = "Severn Trust";
  SchoolById(r.team[1].school).trust = "Severn Trust";
  EXPECT_TRUE(Flags(6));
  problem_.policy.avoid_same_trust = false;
  EXPECT_FALSE(Flags(6));
  problem_.history.push_back({r.team[2].school, r.reviewee, 3});
  EXPECT_TRUE(Flags(6));
  problem_.policy.repeat_window_cycles = 2;
  EXPECT_FALSE(Flags(6));
}

TEST_F(CheckScheduleTest, ReviewerFromAnotherGroupBreaksConstraint7UnlessCrossGroup) {
  SchoolById(schedule_.reviews[0].team[0].school).group = "Elsewhere";
  EXPECT_TRUE(Flags(7));
  problem_.policy.cross_group = true;
  EXPECT_FALSE(Flags(7));
}

TEST_F(CheckScheduleTest, DaysBeyondTheSchoolsCapBreakConstraint8) {
  const TeamMember& m = schedule_.reviews[0].team[0];  // The lead: a HEAD.
  SchoolById(m.school).head_days_max = 0;
  EXPECT_TRUE(Flags(8));
}

TEST_F(CheckScheduleTest, LeaderAwayOnTheDayBreaksConstraint9) {
  const Review& r = schedule_.reviews[0];
  for (Leader& l : SchoolById(r.team[0].school).leaders) {
    if (l.id == r.team[0].leader) l.unavailable_dates = {r.date};
  }
  EXPECT_TRUE(Flags(9));
}

TEST_F(CheckScheduleTest, SchoolLeftWithoutALeaderOnSiteBreaksConstraint9) {
  const TeamMember m = schedule_.reviews[0].team[0];
  School& s = SchoolById(m.school);
  // Leave only the leader who is away.
  s.leaders.erase(std::remove_if(s.leaders.begin(), s.leaders.end(),
                                 [&](const Leader& l) { return l.id != m.leader; }),
                  s.leaders.end());
  EXPECT_THAT(CheckSchedule(problem_, schedule_), Contains(HasSubstr("is on site on")));
  problem_.policy.leadership_cover = false;
  EXPECT_FALSE(Flags(9));
}

TEST_F(CheckScheduleTest, ReviewerBeyondTheTravelCapBreaksConstraint10) {
  problem_.policy.max_travel_km = 0.001;
  EXPECT_TRUE(Flags(10));
}

TEST_F(CheckScheduleTest, LockNotHonouredBreaksConstraint11) {
  const Review& r = schedule_.reviews[0];
  std::string other_date = problem_.dates[0] == r.date ? problem_.dates[1] : problem_.dates[0];
  problem_.locked.push_back({r.reviewee, other_date, {}});
  EXPECT_TRUE(Flags(11));
}

TEST(CostTest, AddsTheSpecTermsWithTheirWeights) {
  Problem p = MakeGroup(4);
  p.policy.team_size = 1;
  p.schools[0].focus_areas = {"maths", "send"};
  p.schools[1].strengths = {"maths"};
  p.schools[1].head_days_balance = 1.0;  // One more day puts it 0.5 over.
  Schedule s;
  s.reviews.push_back({"G1", p.dates[0], {{"G2-h", "G2", LeaderRole::kHead, true}}});
  const CostBreakdown c = Cost(p, s);
  const double km = HaversineKm(p.schools[0].lat, p.schools[0].lon, p.schools[1].lat,
                                p.schools[1].lon);
  EXPECT_EQ(c.unreviewed, 3);
  EXPECT_EQ(c.focus_matches, 1);
  EXPECT_DOUBLE_EQ(c.fairness_days, 0.5);
  EXPECT_DOUBLE_EQ(c.travel_km, km);
  EXPECT_DOUBLE_EQ(c.total, 3 * 100000.0 + km - 25.0 + 0.5 * 50.0);
}

TEST(CostTest, HaversineMatchesAKnownDistance) {
  // Gloucester Cathedral to Bristol Temple Meads: about 52 km as the crow flies.
  EXPECT_NEAR(HaversineKm(51.8673, -2.2466, 51.4493, -2.5813), 52.0, 1.5);
}

}  // namespace
}  // namespace partnership::scheduler
