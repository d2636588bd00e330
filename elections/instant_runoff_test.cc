#include "elections/instant_runoff.h"

#include "elections/blt_file.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnership::elections {
namespace {

using ::testing::ElementsAre;

absl::StatusOr<CountResult> Count(absl::string_view blt) {
  absl::StatusOr<Election> election = ParseBlt(blt);
  EXPECT_TRUE(election.ok()) << election.status();
  return CountInstantRunoff(*election);
}

enum { A, B, C };

TEST(InstantRunoffTest, MajorityOfFirstPreferencesWinsInOneRound) {
  absl::StatusOr<CountResult> result =
      Count("3 1\n6 1 0\n3 2 0\n2 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(result->elected, ElementsAre(A));
  EXPECT_EQ(result->stages.size(), 1u);
}

TEST(InstantRunoffTest, LowestIsExcludedAndTheirPapersDecide) {
  // A 4, B 3, C 2: no majority of 9. C goes; C's papers rank B next: B 5 of 9.
  absl::StatusOr<CountResult> result =
      Count("3 1\n4 1 0\n3 2 0\n2 3 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(result->elected, ElementsAre(B));
  ASSERT_EQ(result->stages.size(), 2u);
  EXPECT_THAT(result->stages[1].excluded, ElementsAre(C));
  EXPECT_EQ(result->stages[1].transfers[B], Votes::Whole(2));
  EXPECT_EQ(result->stages[1].votes[B], Votes::Whole(5));
}

TEST(InstantRunoffTest, ExhaustedPapersLeaveTheCountSoTheMajorityIsOfThoseLeft) {
  // A 4, B 3, C 2: no majority of 9. C goes, but C's papers rank no one else and leave the
  // count, so A wins with 4 of the 7 votes left.
  absl::StatusOr<CountResult> result =
      Count("3 1\n4 1 0\n3 2 0\n2 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(result->elected, ElementsAre(A));
  ASSERT_EQ(result->stages.size(), 2u);
  EXPECT_EQ(result->stages[1].non_transferable, Votes::Whole(2));
}

TEST(InstantRunoffTest, MoreThanOneSeatIsRefused) {
  absl::StatusOr<CountResult> result =
      Count("3 2\n1 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().message(),
            "instant-runoff fills one seat; this election has 2 (count it with scottish-stv)");
}

}  // namespace
}  // namespace partnership::elections
