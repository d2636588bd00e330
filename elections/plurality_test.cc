#include "elections/plurality.h"

#include "absl/strings/match.h"
#include "elections/blt_file.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnership::elections {
namespace {

using ::testing::ElementsAre;

CountResult Count(absl::string_view blt) {
  absl::StatusOr<Election> election = ParseBlt(blt);
  EXPECT_TRUE(election.ok()) << election.status();
  absl::StatusOr<CountResult> result = CountPlurality(*election);
  EXPECT_TRUE(result.ok()) << result.status();
  return *std::move(result);
}

enum { A, B, C, D };

TEST(PluralityTest, MostFirstPreferencesWinInOrderAndLaterPreferencesAreIgnored) {
  CountResult result = Count(
      "4 2\n3 1 2 0\n5 2 0\n4 3 1 0\n1 4 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"T\"\n");
  EXPECT_THAT(result.elected, ElementsAre(B, C));
  ASSERT_EQ(result.stages.size(), 1u);
  EXPECT_EQ(result.stages[0].votes[A], Votes::Whole(3));
  EXPECT_EQ(result.valid_votes, Votes::Whole(13));
  EXPECT_FALSE(result.decided_by_lot);
}

TEST(PluralityTest, TieForTheLastSeatIsDecidedByLotAndReported) {
  const char* blt = "3 1\n2 1 0\n2 2 0\n1 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n";
  CountResult result = Count(blt);
  EXPECT_TRUE(result.decided_by_lot);
  ASSERT_EQ(result.elected.size(), 1u);
  EXPECT_NE(result.elected[0], C);
  bool noted = false;
  for (const std::string& note : result.stages[0].notes) {
    noted |= absl::StrContains(note, "A and B tied on 2 votes for the last seat");
  }
  EXPECT_TRUE(noted);
  EXPECT_EQ(Count(blt).elected, result.elected);  // the same file draws the same lot
}

TEST(PluralityTest, TieBelowTheLastSeatNeedsNoLot) {
  CountResult result = Count("3 1\n3 1 0\n1 2 0\n1 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  EXPECT_THAT(result.elected, ElementsAre(A));
  EXPECT_FALSE(result.decided_by_lot);
}

TEST(PluralityTest, UncontestedSeatsAreFilledWithoutAPoll) {
  CountResult result = Count("1 1\n0\n\"A\"\n\"T\"\n");
  EXPECT_TRUE(result.uncontested);
  EXPECT_THAT(result.elected, ElementsAre(A));
}

}  // namespace
}  // namespace partnership::elections
