#include "board/seat.h"

#include "board/default_seats.h"
#include "board/seats.h"
#include "gtest/gtest.h"

namespace partnership::board {
namespace {

TEST(SeatTest, KeysAreLowerCaseWordsJoinedBySingleHyphens) {
  EXPECT_TRUE(IsValidSeatKey("secondary-head"));
  EXPECT_TRUE(IsValidSeatKey("la-representative-2"));
  EXPECT_FALSE(IsValidSeatKey(""));
  EXPECT_FALSE(IsValidSeatKey("Secondary-Head"));
  EXPECT_FALSE(IsValidSeatKey("2nd-head"));
  EXPECT_FALSE(IsValidSeatKey("head--teacher"));
  EXPECT_FALSE(IsValidSeatKey("head-"));
  EXPECT_FALSE(IsValidSeatKey("head teacher"));
}

TEST(SeatTest, NamesRoundTrip) {
  for (Body b : {Body::kBoard, Body::kShadowBoard, Body::kPrimarySubCommittee,
                 Body::kSecondarySubCommittee}) {
    EXPECT_EQ(BodyFromName(BodyName(b)), b);
  }
  EXPECT_EQ(SelectorFromName("STEERING_GROUP"), Selector::kSteeringGroup);
  EXPECT_EQ(SelectorFromName("steering_group"), std::nullopt);
  EXPECT_TRUE(IsConstituency(Selector::kGassh));
  EXPECT_FALSE(IsConstituency(Selector::kLocalAuthority));
}

TEST(SeatTest, EligibilityReadsAsASentence) {
  EXPECT_EQ(DescribeEligibility({}), "anyone");
  EXPECT_EQ(DescribeEligibility({registry::PersonRole::kHeadteacher, registry::Phase::kSecondary,
                                 true}),
            "a HEADTEACHER of a SECONDARY school that is an active member");
  EXPECT_EQ(DescribeEligibility({registry::PersonRole::kLaOfficer, std::nullopt, false}),
            "an LA_OFFICER");
  EXPECT_EQ(RoleWithArticle(registry::PersonRole::kGovernor), "a GOVERNOR");
}

TEST(DefaultSeatsTest, TheProposalsBoardHasElevenSeatsAndTheCommitteesTwelve) {
  int board = 0, shadow = 0, primary = 0, secondary = 0, elected = 0;
  for (const Seat& s : ProposalSeats()) {
    EXPECT_TRUE(CheckSeat(s).ok()) << s.key << ": " << CheckSeat(s);
    board += s.body == Body::kBoard;
    shadow += s.body == Body::kShadowBoard;
    primary += s.body == Body::kPrimarySubCommittee;
    secondary += s.body == Body::kSecondarySubCommittee;
    elected += s.method == FillMethod::kElected;
  }
  EXPECT_EQ(board, 11);
  EXPECT_EQ(shadow, 11);
  EXPECT_EQ(primary, 7);
  EXPECT_EQ(secondary, 5);
  EXPECT_EQ(elected, 7);  // a head and a governor per phase, and the teaching schools'
}

TEST(CheckSeatTest, OnlyTheAssociationsAndTeachingSchoolsElect) {
  Seat s = ProposalSeats()[0];  // the independent chair, appointed by the board
  s.method = FillMethod::kElected;
  absl::Status status = CheckSeat(s);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("seat.selector"), std::string::npos) << status;
  s.term_years = 0;
  EXPECT_NE(CheckSeat(s).message().find("seat.term_years"), std::string::npos);
}

}  // namespace
}  // namespace partnership::board
