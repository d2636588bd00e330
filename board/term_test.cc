#include "board/term.h"

#include "gtest/gtest.h"

namespace partnership::board {
namespace {

TEST(TermTest, ATermEndsTheDayBeforeItsAnniversary) {
  EXPECT_EQ(TermEnd("2026-09-01", 3).value(), "2029-08-31");
  EXPECT_EQ(TermEnd("2027-01-01", 1).value(), "2027-12-31");
}

TEST(TermTest, ATermFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth) {
  EXPECT_EQ(TermEnd("2028-02-29", 1).value(), "2029-02-28");
  EXPECT_EQ(TermEnd("2028-02-29", 4).value(), "2032-02-28");
}

TEST(TermTest, BadDatesAndTermsAreRefused) {
  EXPECT_EQ(TermEnd("2027-02-29", 1).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(TermEnd("1/9/2026", 1).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(TermEnd("2026-09-01", 0).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(TermTest, DayBeforeCrossesMonthsAndYears) {
  EXPECT_EQ(DayBefore("2027-01-01"), "2026-12-31");
  EXPECT_EQ(DayBefore("2028-03-01"), "2028-02-29");
}

}  // namespace
}  // namespace partnership::board
