#include "partnership/scheduler/validate.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "scheduler/test_problems.h"

namespace partnership::scheduler {
namespace {

using ::testing::HasSubstr;
using testing::MakeGroup;

std::string Error(const Problem& p) {
  absl::Status s = Validate(p);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
  return std::string(s.message());
}

TEST(ValidateTest, WellFormedProblemIsAccepted) { EXPECT_TRUE(Validate(MakeGroup(8)).ok()); }

TEST(ValidateTest, DuplicateLeaderIdNamesBothPlaces) {
  Problem p = MakeGroup(4);
  p.schools[2].leaders[1].id = p.schools[0].leaders[0].id;
  EXPECT_EQ(Error(p), "schools[2].leaders[1].id: duplicate leader id \"G1-h\" (also "
                      "schools[0].leaders[0])");
}

TEST(ValidateTest, DuplicateSchoolIdIsRefused) {
  Problem p = MakeGroup(4);
  p.schools[3].id = "G1";
  EXPECT_THAT(Error(p), HasSubstr("schools[3].id: duplicate school id \"G1\""));
}

TEST(ValidateTest, UnknownSchoolsInConflictsAndHistoryAreNamedByPath) {
  Problem p = MakeGroup(4);
  p.conflicts.push_back({"G1", "999999", "federated"});
  EXPECT_EQ(Error(p), "conflicts[0].b: unknown school \"999999\"");
  p.conflicts.clear();
  p.history.push_back({"G2", "G1", 1});
  p.history.push_back({"X", "G1", 1});
  EXPECT_EQ(Error(p), "history[1].reviewer: unknown school \"X\"");
}

TEST(ValidateTest, DatesMustBeRealCalendarDays) {
  Problem p = MakeGroup(4);
  p.dates[1] = "2027-02-29";
  EXPECT_THAT(Error(p), HasSubstr("dates[1]: \"2027-02-29\" is not an ISO date"));
  p = MakeGroup(4);
  p.schools[2].leaders[0].unavailable_dates = {"4 May"};
  EXPECT_THAT(Error(p), HasSubstr("schools[2].leaders[0].unavailableDates[0]"));
}

TEST(ValidateTest, PolicyAndWeightsOutOfRangeAreRefused) {
  Problem p = MakeGroup(4);
  p.policy.team_size = 0;
  EXPECT_THAT(Error(p), HasSubstr("policy.teamSize: must be at least 1"));
  p = MakeGroup(4);
  p.policy.min_heads_per_team = 4;
  EXPECT_THAT(Error(p), HasSubstr("policy.minHeadsPerTeam"));
  p = MakeGroup(4);
  p.weights.travel_per_km = -1;
  EXPECT_THAT(Error(p), HasSubstr("weights.travelPerKm: must not be negative"));
}

TEST(ValidateTest, LockWithUnknownLeaderIsNamed) {
  Problem p = MakeGroup(8);
  p.locked.push_back({"G1", "", {"G2-h", "nobody"}});
  EXPECT_EQ(Error(p), "locked[0].leaders[1]: unknown leader \"nobody\"");
}

TEST(ValidateTest, LockThatCannotHoldSaysWhichLockAndWhy) {
  Problem p = MakeGroup(8);
  p.schools[1].leaders[0].unavailable_dates = {p.dates[0]};
  p.locked.push_back({"G3", p.dates[1], {"G4-h"}});
  p.locked.push_back({"G1", p.dates[0], {"G2-h"}});
  EXPECT_EQ(Error(p), "locked[1].leaders[0]: leader G2-h is unavailable on 2027-03-10");
}

TEST(ValidateTest, LocksThatMakeAReciprocalPairAreRefused) {
  Problem p = MakeGroup(8);
  p.locked.push_back({"G1", "", {"G2-h"}});
  p.locked.push_back({"G2", "", {"G1-d1"}});
  EXPECT_THAT(Error(p), HasSubstr("would review each other and allowReciprocal is off"));
}

TEST(ValidateTest, LockOnAConflictSaysSo) {
  Problem p = MakeGroup(8);
  p.conflicts.push_back({"G1", "G2", "federated"});
  p.locked.push_back({"G1", "", {"G2-h"}});
  EXPECT_EQ(Error(p), "locked[0].leaders[0]: leader G2-h may not review G1: the two schools "
                      "are listed as a conflict");
}

}  // namespace
}  // namespace partnership::scheduler
