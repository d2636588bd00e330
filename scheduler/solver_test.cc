#include "partnership/scheduler/solver.h"

#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/repair.h"
#include "scheduler/test_problems.h"

namespace partnership::scheduler {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::MakeGroup;
using testing::MakeSchool;

// Every review as one line, for comparing schedules.
std::string Text(const Schedule& s) {
  std::string out;
  for (const Review& r : s.reviews) {
    absl::StrAppend(&out, r.reviewee, " ", r.date);
    for (const TeamMember& m : r.team) absl::StrAppend(&out, " ", m.leader, m.lead ? "*" : "");
    absl::StrAppend(&out, "\n");
  }
  for (const Unreviewed& u : s.unreviewed) absl::StrAppend(&out, "- ", u.school, "\n");
  return out;
}

Schedule SolveOk(const Problem& p, SolveOptions options = {}) {
  auto s = Solve(p, options);
  EXPECT_TRUE(s.ok()) << s.status();
  if (!s.ok()) return {};
  EXPECT_THAT(CheckSchedule(p, *s), IsEmpty());
  return *s;
}

TEST(SchedulerTest, ThreeSchoolsInARowReviewEachOtherRoundTheTriangleAtTheKnownOptimum) {
  // A, B, C on a line 10 km apart; teams of one head; no reciprocal pairs. The only valid
  // shapes are the two directed triangles, each travelling AB + BC + CA = 10 + 10 + 20 km;
  // every head gives one day, so no fairness cost.
  Problem p = MakeGroup(0, 3);
  for (int i = 0; i < 3; ++i) {
    p.schools.push_back(MakeSchool(std::string(1, char('A' + i)), "G", 52.0, -2.0));
  }
  const double lon_per_10km = 10.0 / HaversineKm(52.0, 0.0, 52.0, 1.0);
  p.schools[1].lon += lon_per_10km;
  p.schools[2].lon += 2 * lon_per_10km;
  p.policy.team_size = 1;
  const Schedule s = SolveOk(p);
  const double ab = HaversineKm(52, -2, 52, -2 + lon_per_10km);
  const double ac = HaversineKm(52, -2, 52, -2 + 2 * lon_per_10km);
  EXPECT_EQ(s.reviews.size(), 3u);
  EXPECT_NEAR(s.cost.total, 2 * ab + ac, 1e-9);
  EXPECT_TRUE(s.optimal);
  EXPECT_NEAR(s.bound, s.cost.total, 1e-3);
}

TEST(SchedulerTest, GroupOfSixCannotBeStaffedWithoutReciprocalPairsAndSaysSo) {
  const Schedule s = SolveOk(MakeGroup(6));
  // 15 pairs of schools carry at most 15 reviewers, and five teams of three would need all
  // 15: the unreviewed school would review all five others, one more than its 2 head + 2
  // deputy days allow. So four reviews is the most any schedule can do.
  EXPECT_EQ(s.reviews.size(), 4u);
  ASSERT_EQ(s.unreviewed.size(), 2u);
  for (const Unreviewed& u : s.unreviewed) {
    EXPECT_THAT(u.reasons, Contains(AllOf(HasSubstr("at least 7"), HasSubstr("allowReciprocal"),
                                          HasSubstr("crossGroup"))));
  }
  // A reviewed school can never be cheaper than the unreviewed penalty makes it, so five
  // reviews is provably the best: the bound says so.
  EXPECT_GE(s.bound, 100000.0);
}

TEST(SchedulerTest, GroupOfSixIsFullyReviewedOnceReciprocalPairsAreAllowed) {
  Problem p = MakeGroup(6);
  p.policy.allow_reciprocal = true;
  const Schedule s = SolveOk(p);
  EXPECT_EQ(s.reviews.size(), 6u);
  EXPECT_THAT(s.unreviewed, IsEmpty());
}

TEST(SchedulerTest, SchoolThatCannotHostOnAnyDateIsToldToAddADate) {
  Problem p = MakeGroup(8);
  p.schools[3].host_unavailable_dates = p.dates;
  const Schedule s = SolveOk(p);
  ASSERT_EQ(s.unreviewed.size(), 1u);
  EXPECT_EQ(s.unreviewed[0].school, "G4");
  EXPECT_THAT(s.unreviewed[0].reasons, Contains(HasSubstr("add a date")));
}

TEST(SchedulerTest, SchoolWhoseNeighboursAreAllInConflictSaysWhatRulesThemOut) {
  Problem p = MakeGroup(8);
  for (int i = 1; i < 7; ++i) p.conflicts.push_back({"G1", p.schools[i].id, "federated"});
  const Schedule s = SolveOk(p);
  ASSERT_FALSE(s.unreviewed.empty());
  EXPECT_EQ(s.unreviewed[0].school, "G1");
  EXPECT_THAT(s.unreviewed[0].reasons, Contains(HasSubstr("6 ruled out by conflicts")));
}

TEST(SchedulerTest, EveryTeamHasAHeadLeadingIt) {
  const Schedule s = SolveOk(MakeGroup(12));
  ASSERT_EQ(s.reviews.size(), 12u);
  for (const Review& r : s.reviews) {
    int leads = 0;
    for (const TeamMember& m : r.team) {
      if (m.lead) {
        ++leads;
        EXPECT_EQ(m.role, LeaderRole::kHead);
      }
    }
    EXPECT_EQ(leads, 1);
  }
}

TEST(SchedulerTest, SameProblemAndSeedGiveTheSameSchedule) {
  Problem p = MakeGroup(14);
  for (School& s : p.schools) s.focus_areas = {"maths"};
  p.schools[2].strengths = {"maths"};
  p.schools[9].strengths = {"maths"};
  const std::string first = Text(SolveOk(p));
  EXPECT_EQ(Text(SolveOk(p)), first);
  EXPECT_FALSE(first.empty());
}

TEST(SchedulerTest, GroupsSolvedSideBySideAreRepeatableAndIndependent) {
  // Groups are solved by two workers in whatever order they finish; each group's result
  // must depend on that group alone, so the combined schedule is repeatable, and the first
  // group (whose random stream is the same either way) comes out as when solved alone.
  Problem all = MakeGroup(0);
  Problem first_alone;
  for (int g = 0; g < 5; ++g) {
    Problem p = MakeGroup(9 + 3 * g, 10, absl::StrCat("G", g));
    for (int i = 0; i < static_cast<int>(p.schools.size()); ++i) {
      p.schools[i].focus_areas = {i % 2 ? "maths" : "send", "reading"};
      p.schools[i].strengths = {i % 3 ? "maths" : "reading"};
      p.schools[i].head_days_balance = 0.5 * (i % 3 - 1);
    }
    if (g == 0) first_alone = p;
    for (const School& s : p.schools) all.schools.push_back(s);
  }
  const Schedule combined = SolveOk(all);
  for (int run = 0; run < 3; ++run) EXPECT_EQ(Text(SolveOk(all)), Text(combined));
  const Schedule alone = SolveOk(first_alone);
  ASSERT_LE(alone.reviews.size(), combined.reviews.size());
  for (size_t i = 0; i < alone.reviews.size(); ++i) {
    const Review& c = combined.reviews[i];
    const Review& r = alone.reviews[i];
    EXPECT_EQ(c.reviewee, r.reviewee);
    EXPECT_EQ(c.date, r.date);
    ASSERT_EQ(c.team.size(), r.team.size());
    for (size_t k = 0; k < r.team.size(); ++k) EXPECT_EQ(c.team[k].leader, r.team[k].leader);
  }
}

TEST(SchedulerTest, LockedReviewKeepsItsDateAndLeaders) {
  Problem p = MakeGroup(9);
  p.locked.push_back({"G5", p.dates[3], {"G1-d1", "G9-h"}});
  const Schedule s = SolveOk(p);
  bool found = false;
  for (const Review& r : s.reviews) {
    if (r.reviewee != "G5") continue;
    found = true;
    EXPECT_EQ(r.date, p.dates[3]);
    std::set<std::string> team;
    for (const TeamMember& m : r.team) team.insert(m.leader);
    EXPECT_TRUE(team.count("G1-d1"));
    EXPECT_TRUE(team.count("G9-h"));
  }
  EXPECT_TRUE(found);
}

// The repaired schedule breaks no rule of the problem without the withdrawn leader.
void ExpectValidWithout(const Problem& p, const Schedule& before, const std::string& withdrawn,
                        const Schedule& repaired) {
  auto without = LockForRepair(p, before, withdrawn);
  ASSERT_TRUE(without.ok()) << without.status();
  without->locked.clear();
  EXPECT_THAT(CheckSchedule(*without, repaired), IsEmpty());
}

TEST(SchedulerTest, RepairAfterALeaderWithdrawsKeepsEveryOtherReview) {
  Problem p = MakeGroup(12);
  const Schedule before = SolveOk(p);
  ASSERT_EQ(before.reviews.size(), 12u);
  const std::string withdrawn = before.reviews[4].team[1].leader;
  auto repaired = RepairSchedule(p, before, withdrawn);
  ASSERT_TRUE(repaired.ok()) << repaired.status();
  ExpectValidWithout(p, before, withdrawn, *repaired);
  const Schedule& after = *repaired;
  const std::vector<std::string> changes = Diff(before, after);
  // Only the reviews the withdrawn leader was on change, and only by replacing them.
  ASSERT_FALSE(changes.empty());
  std::set<std::string> touched;
  for (const Review& r : before.reviews) {
    for (const TeamMember& m : r.team) {
      if (m.leader == withdrawn) touched.insert(r.reviewee);
    }
  }
  for (const std::string& c : changes) {
    const std::string school = c.substr(0, c.find(':'));
    EXPECT_TRUE(touched.count(school)) << c;
  }
  EXPECT_THAT(changes, Contains(HasSubstr(withdrawn + " leaves the team")));
  EXPECT_EQ(after.reviews.size(), 12u);
}

TEST(SchedulerTest, RepairThatCannotRefillInPlaceReleasesTheNearestReviewsAndSaysWhatMoved) {
  // Nine schools, so every school gives its full share: with everything else locked the
  // withdrawn head's place can only be refilled by moving other reviews.
  Problem p = MakeGroup(9);
  const Schedule before = SolveOk(p);
  ASSERT_EQ(before.reviews.size(), 9u);
  const std::string withdrawn = before.reviews[0].team[0].leader;
  auto repaired = RepairSchedule(p, before, withdrawn);
  ASSERT_TRUE(repaired.ok()) << repaired.status();
  ExpectValidWithout(p, before, withdrawn, *repaired);
  EXPECT_EQ(repaired->reviews.size(), 9u);
  EXPECT_THAT(Diff(before, *repaired), Contains(HasSubstr(withdrawn + " leaves the team")));
}

TEST(SchedulerTest, RepairWhenTheWithdrawnLeaderWasTheOneWhoStayedHome) {
  // Two dates: schools send two of their three leaders on a date and keep one at home for
  // leadership cover. If the one at home withdraws, the two away can no longer both go:
  // the old reviews' locks break cover by themselves, and repair must release them.
  Problem p = MakeGroup(12, 2);
  const Schedule before = SolveOk(p);
  std::string withdrawn;
  for (const School& school : p.schools) {
    for (const std::string& date : p.dates) {
      std::set<std::string> away;
      for (const Review& r : before.reviews) {
        for (const TeamMember& m : r.team) {
          if (r.date == date && m.school == school.id) away.insert(m.leader);
        }
      }
      if (away.size() != 2 || !withdrawn.empty()) continue;
      for (const Leader& leader : school.leaders) {
        if (!away.count(leader.id)) withdrawn = leader.id;
      }
    }
  }
  ASSERT_FALSE(withdrawn.empty()) << "no school sends two leaders on one date";
  auto repaired = RepairSchedule(p, before, withdrawn);
  ASSERT_TRUE(repaired.ok()) << repaired.status();
  ExpectValidWithout(p, before, withdrawn, *repaired);
  EXPECT_FALSE(Diff(before, *repaired).empty());
}

TEST(SchedulerTest, WithdrawingAnUnknownLeaderIsNotFound) {
  Problem p = MakeGroup(8);
  EXPECT_EQ(LockForRepair(p, Schedule{}, "ghost").status().code(),
            absl::StatusCode::kNotFound);
}

TEST(SchedulerTest, MalformedProblemIsRefusedWithItsPath) {
  Problem p = MakeGroup(8);
  p.policy.team_size = 0;
  auto s = Solve(p);
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.status().message()), HasSubstr("policy.teamSize"));
}

TEST(SchedulerTest, ProgressIsReportedOncePerGroup) {
  Problem p = MakeGroup(8, 10, "A");
  Problem q = MakeGroup(9, 10, "B");
  p.schools.insert(p.schools.end(), q.schools.begin(), q.schools.end());
  SolveOptions options;
  int calls = 0;
  options.on_progress = [&](const SolveProgress& progress) {
    EXPECT_EQ(progress.groups_total, 2);
    if (progress.waiting) return;  // A slow machine may be told how the next one goes.
    ++calls;
    EXPECT_EQ(progress.groups_done, calls);
  };
  const Schedule s = SolveOk(p, options);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(s.reviews.size(), 17u);
}

}  // namespace
}  // namespace partnership::scheduler
