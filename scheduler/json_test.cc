#include "partnership/scheduler/json.h"

#include <fstream>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "partnership/scheduler/solver.h"
#include "scheduler/test_problems.h"

namespace partnership::scheduler {
namespace {

using ::testing::HasSubstr;
using testing::MakeGroup;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr char kMinimal[] = R"({
  "cycle": "2026-27", "dates": ["2027-05-04"],
  "schools": [
    {"id": "1", "group": "G", "leaders": [{"id": "1-h", "role": "HEAD"}, {"id": "1-d", "role": "DEPUTY"}]},
    {"id": "2", "group": "G", "leaders": [{"id": "2-h", "role": "HEAD"}, {"id": "2-d", "role": "DEPUTYY"}]}
  ]
})";

TEST(ProblemJsonTest, SpecExampleParsesWithItsValues) {
  auto p = ParseProblemJson(ReadFile("tests/data/scheduler_spec_example_problem.json"));
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->cycle, "2026-27");
  ASSERT_EQ(p->schools.size(), 3u);
  EXPECT_EQ(p->schools[0].name, "Widden Primary School");
  EXPECT_EQ(p->schools[0].leaders[1].role, LeaderRole::kDeputy);
  EXPECT_DOUBLE_EQ(p->schools[0].deputy_days_balance, -0.5);
  EXPECT_EQ(p->locked[0].leaders[0], "115490-h");
  EXPECT_EQ(p->history[0].cycles_ago, 1);
}

TEST(ProblemJsonTest, OmittedFieldsTakeTheSpecDefaultsButExplicitZerosAreKept) {
  std::string text = kMinimal;
  text.replace(text.find("DEPUTYY"), 7, "DEPUTY");
  auto p = ParseProblemJson(text);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->policy.team_size, 3);
  EXPECT_TRUE(p->policy.avoid_same_trust);
  EXPECT_TRUE(p->policy.leadership_cover);
  EXPECT_EQ(p->policy.repeat_window_cycles, 3);
  EXPECT_DOUBLE_EQ(p->weights.unreviewed, 100000.0);
  EXPECT_TRUE(p->schools[0].receives_review);
  EXPECT_EQ(p->schools[0].head_days_max, 2);
  EXPECT_EQ(p->schools[0].leaders[0].max_reviews, 2);
  EXPECT_TRUE(p->schools[0].leaders[0].trained);
  EXPECT_EQ(p->seed, 1u);

  text.replace(text.find("\"cycle\""), 0,
               R"("policy": {"avoidSameTrust": false, "repeatWindowCycles": 0, "teamSize": 2},
                  "weights": {"focusMatch": 0}, "seed": 0, )");
  text.replace(text.find("\"role\": \"HEAD\"}"), 15, R"("role": "HEAD", "trained": false, "maxReviews": 0})");
  p = ParseProblemJson(text);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_FALSE(p->policy.avoid_same_trust);
  EXPECT_EQ(p->policy.repeat_window_cycles, 0);
  EXPECT_EQ(p->policy.team_size, 2);
  EXPECT_DOUBLE_EQ(p->weights.focus_match, 0.0);
  EXPECT_EQ(p->seed, 0u);
  EXPECT_FALSE(p->schools[0].leaders[0].trained);
  EXPECT_EQ(p->schools[0].leaders[0].max_reviews, 0);
}

TEST(ProblemJsonTest, UnknownRoleIsNamedByItsPath) {
  auto p = ParseProblemJson(kMinimal);
  EXPECT_EQ(p.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(p.status().message(),
            "schools[1].leaders[1].role: unknown role \"DEPUTYY\" (expected HEAD or DEPUTY)");
}

TEST(ProblemJsonTest, BadDateAndUnknownIdAreNamedByTheirPaths) {
  std::string text = kMinimal;
  text.replace(text.find("DEPUTYY"), 7, "DEPUTY");
  std::string bad_date = text;
  bad_date.replace(bad_date.find("2027-05-04"), 10, "2027-13-01");
  EXPECT_THAT(std::string(ParseProblemJson(bad_date).status().message()),
              HasSubstr("dates[0]: \"2027-13-01\" is not an ISO date"));
  std::string unknown = text;
  unknown.replace(unknown.find("\"cycle\""), 0,
                  R"("history": [{"reviewer": "1", "reviewee": "3", "cyclesAgo": 1}], )");
  EXPECT_EQ(ParseProblemJson(unknown).status().message(),
            "history[0].reviewee: unknown school \"3\"");
}

TEST(ProblemJsonTest, TextThatIsNotAProblemIsRefused) {
  auto p = ParseProblemJson("{\"schools\": 7}");
  EXPECT_EQ(p.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(p.status().message()), HasSubstr("problem JSON"));
}

TEST(ProblemJsonTest, ProblemRoundTripsThroughItsJson) {
  Problem p = MakeGroup(5);
  p.policy.avoid_same_trust = false;
  p.schools[1].leaders[2].trained = false;
  p.conflicts.push_back({"G1", "G2", "federated"});
  p.history.push_back({"G3", "G4", 2});
  p.locked.push_back({"G5", p.dates[2], {"G1-h"}});
  const std::string json = ProblemToJson(p);
  auto back = ParseProblemJson(json);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(ProblemToJson(*back), json);
  EXPECT_THAT(json, HasSubstr("\"avoidSameTrust\": false"));
}

TEST(ScheduleJsonTest, ScheduleRoundTripsAndWritesEveryField) {
  Problem p = MakeGroup(6);
  auto s = Solve(p);
  ASSERT_TRUE(s.ok()) << s.status();
  const std::string json = ScheduleToJson(*s);
  for (const char* field : {"\"reviews\"", "\"unreviewed\"", "\"reasons\"", "\"ledger\"",
                            "\"headDaysGiven\"", "\"deputyDaysBalance\"", "\"lead\": false",
                            "\"crossGroupAssignments\": 0", "\"bound\"", "\"optimal\"",
                            "\"solveSeconds\""}) {
    EXPECT_THAT(json, HasSubstr(field));
  }
  auto back = ParseScheduleJson(json);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(ScheduleToJson(*back), json);
}

TEST(ScheduleJsonTest, SameProblemAndSeedGiveByteIdenticalFiles) {
  Problem p = MakeGroup(15);
  for (School& s : p.schools) s.focus_areas = {"maths", "send"};
  p.schools[4].strengths = {"send"};
  auto a = Solve(p);
  auto b = Solve(p);
  ASSERT_TRUE(a.ok() && b.ok());
  a->solve_seconds = b->solve_seconds = 0;  // The one field that measures the machine.
  EXPECT_EQ(ScheduleToJson(*a), ScheduleToJson(*b));
}

}  // namespace
}  // namespace partnership::scheduler
