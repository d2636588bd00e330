#include "elections/tie_break.h"

#include <set>

#include "elections/blt_file.h"
#include "gtest/gtest.h"

namespace partnership::elections {
namespace {

TEST(LotTest, SameSeedDrawsTheSameWhateverTheOrderOfTheTied) {
  Lot first(42), second(42);
  for (int i = 0; i < 20; ++i) EXPECT_EQ(first.Draw({3, 1, 2}), second.Draw({2, 3, 1}));
}

TEST(LotTest, EveryTiedCandidateCanBeDrawn) {
  Lot lot(7);
  std::set<int> drawn;
  for (int i = 0; i < 200; ++i) drawn.insert(lot.Draw({4, 5, 6}));
  EXPECT_EQ(drawn, (std::set<int>{4, 5, 6}));
}

TEST(LotTest, SeedChangesWhenTheBallotsChange) {
  absl::StatusOr<Election> one = ParseBlt("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n");
  absl::StatusOr<Election> other = ParseBlt("2 1\n1 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n");
  ASSERT_TRUE(one.ok() && other.ok());
  EXPECT_EQ(LotSeed(*one), LotSeed(*one));
  EXPECT_NE(LotSeed(*one), LotSeed(*other));
}

TEST(BreakTieTest, SeveralSharingTheFewestAreComparedAtEarlierStagesStill) {
  // Now all three are on 5. At stage 2, B and C had 4 and A 6; at stage 1, C had fewer than B.
  Stage one, two;
  one.number = 1;
  one.votes = {Votes::Whole(6), Votes::Whole(3), Votes::Whole(2)};
  two.number = 2;
  two.votes = {Votes::Whole(6), Votes::Whole(4), Votes::Whole(4)};
  Lot lot(1);
  TieOutcome outcome = BreakTie({0, 1, 2}, TieDirection::kFewest, {one, two}, {"A", "B", "C"},
                                lot, "for exclusion");
  EXPECT_EQ(outcome.chosen, 2);
  EXPECT_FALSE(outcome.by_lot);
}

}  // namespace
}  // namespace partnership::elections
