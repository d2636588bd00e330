#include "elections/scottish_stv.h"

#include <string>

#include "absl/strings/match.h"
#include "elections/blt_file.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnership::elections {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

CountResult Count(absl::string_view blt) {
  absl::StatusOr<Election> election = ParseBlt(blt);
  EXPECT_TRUE(election.ok()) << election.status();
  absl::StatusOr<CountResult> result = CountScottishStv(*election);
  EXPECT_TRUE(result.ok()) << result.status();
  return *std::move(result);
}

bool AnyNoteContains(const Stage& stage, absl::string_view text) {
  for (const std::string& note : stage.notes) {
    if (absl::StrContains(note, text)) return true;
  }
  return false;
}

enum { A, B, C, D, E, F };

// 14 votes, 2 seats: quota 14/3 -> 4 + 1 = 5. A has 6, a surplus of 1: each of A's papers
// moves at 1/6 = 0.166666..., which the rules cut to 0.16666 (rounding would give 0.16667).
constexpr char kTruncation[] =
    "4 2\n6 1 2 0\n1 2 3 0\n4 3 0\n3 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"T\"\n";

TEST(ScottishStvTest, TransferValueIsTruncatedToFiveDecimalPlacesNotRounded) {
  CountResult result = Count(kTruncation);
  EXPECT_EQ(result.quota, Votes::Whole(5));
  ASSERT_GE(result.stages.size(), 2u);
  const Stage& surplus = result.stages[1];
  EXPECT_EQ(surplus.action, StageAction::kSurplusTransfer);
  EXPECT_EQ(surplus.subject, A);
  EXPECT_EQ(surplus.transfer_value.ToString(), "0.16666");
  EXPECT_EQ(surplus.transfers[B].ToString(), "0.99996");  // 6 papers x 0.16666
  EXPECT_EQ(surplus.votes[A], Votes::Whole(5));           // A keeps exactly the quota
  EXPECT_EQ(surplus.rounding_loss.ToString(), "0.00004");
}

TEST(ScottishStvTest, ExcludedCandidatesPapersMoveAtTheValueReceivedOrExhaust) {
  CountResult result = Count(kTruncation);
  // Stage 3: B (1.99996) is excluded. B's own paper goes on to C at full value; the six
  // papers B received from A at 0.16666 rank no one after B and leave the count.
  ASSERT_EQ(result.stages.size(), 3u);
  const Stage& exclusion = result.stages[2];
  EXPECT_EQ(exclusion.action, StageAction::kExclusion);
  EXPECT_THAT(exclusion.excluded, ElementsAre(B));
  EXPECT_EQ(exclusion.transfers[C], Votes::Whole(1));
  EXPECT_EQ(exclusion.non_transferable_change.ToString(), "0.99996");
  EXPECT_THAT(exclusion.elected, ElementsAre(C));  // 4 + 1 reaches the quota of 5
  EXPECT_THAT(result.elected, ElementsAre(A, C));
}

// 33 votes, 2 seats, quota 12. B and C tie on 6 at stage 3. At stage 2 (the most recent
// stage at which they differed) B had fewer, 5 to 6, so B is excluded, although at stage 1 C
// had fewer (4 to 5): the rules look at the most recent difference, not the first.
constexpr char kTieBrokenByEarlierStage[] =
    "6 2\n2 1 3 0\n5 2 0\n4 3 0\n10 4 0\n9 5 0\n1 6 2 0\n2 6 0\n0\n"
    "\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"E\"\n\"F\"\n\"T\"\n";

TEST(ScottishStvTest, EqualLowestIsDecidedByTheMostRecentStageAtWhichTheyDiffered) {
  CountResult result = Count(kTieBrokenByEarlierStage);
  EXPECT_EQ(result.quota, Votes::Whole(12));
  ASSERT_GE(result.stages.size(), 4u);
  EXPECT_THAT(result.stages[1].excluded, ElementsAre(A));
  EXPECT_THAT(result.stages[2].excluded, ElementsAre(F));
  EXPECT_EQ(result.stages[2].votes[B], Votes::Whole(6));
  EXPECT_EQ(result.stages[2].votes[C], Votes::Whole(6));
  const Stage& tie = result.stages[3];
  EXPECT_THAT(tie.excluded, ElementsAre(B));
  EXPECT_TRUE(AnyNoteContains(tie, "at stage 2, the most recent at which B and C had unequal"))
      << tie.notes[0];
  EXPECT_FALSE(result.decided_by_lot);
}

TEST(ScottishStvTest, LastVacanciesAreFilledWithoutFurtherTransfers) {
  CountResult result = Count(kTieBrokenByEarlierStage);
  // After C's exclusion only D and E continue for the 2 seats: both are elected on that
  // stage (rule 52) although neither has the quota, and no further stage is counted.
  ASSERT_EQ(result.stages.size(), 5u);
  const Stage& last = result.stages[4];
  EXPECT_THAT(last.excluded, ElementsAre(C));
  EXPECT_THAT(last.elected, ElementsAre(D, E));
  EXPECT_TRUE(AnyNoteContains(last, "rule 52"));
  EXPECT_THAT(result.elected, ElementsAre(D, E));
  EXPECT_LT(last.votes[D], result.quota);
}

TEST(ScottishStvTest, TieAtEveryStageIsDecidedByLotAndSaysSo) {
  const char* blt = "3 1\n1 1 0\n1 2 0\n1 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n";
  CountResult first = Count(blt);
  EXPECT_TRUE(first.decided_by_lot);
  ASSERT_GE(first.stages.size(), 2u);
  EXPECT_TRUE(AnyNoteContains(first.stages[1], "the lot decided"));
  // The same file always draws the same lot.
  CountResult again = Count(blt);
  EXPECT_EQ(first.elected, again.elected);
  EXPECT_EQ(first.stages[1].excluded, again.stages[1].excluded);
}

TEST(ScottishStvTest, LargestSurplusIsTransferredFirst) {
  // 20 votes, 3 seats: quota 6. A has 9 (surplus 3), B has 7 (surplus 1).
  CountResult result =
      Count("4 3\n9 1 3 0\n7 2 3 0\n2 3 0\n2 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"T\"\n");
  ASSERT_GE(result.stages.size(), 2u);
  EXPECT_THAT(result.stages[0].elected, ElementsAre(A, B));
  EXPECT_EQ(result.stages[1].subject, A);
  EXPECT_EQ(result.stages[1].transfers[C].ToString(), "2.99997");  // 9 papers x 0.33333
}

TEST(ScottishStvTest, UncontestedSeatsAreFilledWithoutAPoll) {
  CountResult result = Count("2 2\n1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n");
  EXPECT_TRUE(result.uncontested);
  EXPECT_THAT(result.elected, ElementsAre(A, B));
  EXPECT_THAT(result.stages, IsEmpty());
}

TEST(ScottishStvTest, WithdrawalThatLeavesNoContestElectsTheRest) {
  CountResult result = Count("3 2\n-3\n1 3 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  EXPECT_TRUE(result.uncontested);
  EXPECT_THAT(result.elected, ElementsAre(A, B));
}

TEST(ScottishStvTest, WithdrawnCandidatesAreSkippedOnEveryBallot) {
  // C withdrew; the 3 papers ranking C first count for their next preference, B.
  CountResult result =
      Count("3 1\n-3\n2 1 0\n3 3 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  ASSERT_FALSE(result.stages.empty());
  EXPECT_EQ(result.stages[0].votes[B], Votes::Whole(3));
  EXPECT_EQ(result.stages[0].votes[C], Votes());
  EXPECT_THAT(result.elected, ElementsAre(B));
}

TEST(ScottishStvTest, BallotsThatCannotBeCountedAreRefused) {
  Election election;
  election.seats = 1;
  election.candidates = {"A", "B"};
  election.ballots = {{1, {0, 0}}};
  EXPECT_EQ(CountScottishStv(election).status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace partnership::elections
