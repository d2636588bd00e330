#include "board/roster.h"

#include "board/board_test_fixture.h"

namespace partnership::board {
namespace {

using registry::PersonRole;

TEST_F(BoardTest, AnElectedHeadHoldsTheSeatForTheTermAndAppearsOnTheRoster) {
  const std::string head = IdOf("100002", PersonRole::kHeadteacher);
  auto filled = roster_.Fill(kCoordinator,
                             Fill("secondary-head", head, "2027-01-01", Won(head, "secondary-head")));
  ASSERT_TRUE(filled.ok()) << filled.status();
  EXPECT_EQ(filled->holding.basis, Basis::kElected);
  EXPECT_EQ(filled->holding.appointed_by, Selector::kGash);
  EXPECT_EQ(filled->holding.to_date, "2029-12-31");
  EXPECT_EQ(filled->holding.person_name, "Head 100002");

  auto view = roster_.On(kSchool, "2028-06-01", Body::kBoard);
  ASSERT_TRUE(view.ok()) << view.status();
  EXPECT_EQ(view->entries.size(), 11u);
  EXPECT_EQ(view->filled, 1);
  EXPECT_EQ(view->vacant, 10);
  EXPECT_EQ(roster_.On(kSchool, "2030-01-01", Body::kBoard)->filled, 0);
}

TEST_F(BoardTest, AnElectedSeatNeedsAPublishedElectionThatElectedThatPersonForThatSeat) {
  const std::string head = IdOf("100002", PersonRole::kHeadteacher);
  const std::string other = IdOf("100001", PersonRole::kHeadteacher);
  struct Case {
    std::string reference;
    absl::StatusCode code;
    std::string says;
  } cases[] = {
      {"E-2026-07", absl::StatusCode::kInvalidArgument, "is not an election id"},
      {"99", absl::StatusCode::kFailedPrecondition, "there is no election 99"},
      {Won(head, "secondary-head", /*publish=*/false), absl::StatusCode::kFailedPrecondition,
       "is COUNTED: a seat is filled from a published result"},
      {Won(other, "secondary-head"), absl::StatusCode::kFailedPrecondition,
       absl::StrCat("did not elect person ", head)},
      {Won(head, "special-head"), absl::StatusCode::kFailedPrecondition,
       "was held for seat special-head, not secondary-head"},
  };
  for (const Case& c : cases) {
    auto filled = roster_.Fill(kCoordinator, Fill("secondary-head", head, "2027-01-01",
                                                  c.reference));
    EXPECT_EQ(filled.status().code(), c.code) << c.reference << ": " << filled.status();
    EXPECT_NE(filled.status().message().find(c.says), std::string::npos) << filled.status();
  }
  EXPECT_EQ(roster_.History(kCoordinator, HistoryFilter{})->total_size, 0);
}

TEST_F(BoardTest, AGovernorIsRefusedTheHeadsSeatAndNothingIsStored) {
  auto filled = roster_.Fill(kCoordinator, Fill("secondary-head",
                                                IdOf("100002", PersonRole::kGovernor),
                                                "2027-01-01", "42"));
  EXPECT_EQ(filled.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(filled.status().message().find("is a GOVERNOR"), std::string::npos);
  EXPECT_EQ(roster_.History(kCoordinator, HistoryFilter{})->total_size, 0);
}

TEST_F(BoardTest, TheHeadOfASchoolThatHasNotJoinedIsRefused) {
  auto filled = roster_.Fill(kCoordinator, Fill("primary-head",
                                                IdOf("100004", PersonRole::kHeadteacher),
                                                "2027-01-01", "43"));
  EXPECT_EQ(filled.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(filled.status().message().find("not an active member on 2027-01-01"),
            std::string::npos)
      << filled.status();
}

TEST_F(BoardTest, AnOfficerMayNotHoldBothLaSeatsAtOnceNorADiocesanRepresentativeEither) {
  const std::string officer = IdOf("", PersonRole::kLaOfficer);
  ASSERT_TRUE(roster_.Fill(kCoordinator, Fill("la-representative-1", officer, "2026-10-01")).ok());
  auto again = roster_.Fill(kCoordinator, Fill("la-representative-1",
                                               IdOf("", PersonRole::kDiocesanRepresentative),
                                               "2027-10-01"));
  EXPECT_EQ(again.status().code(), absl::StatusCode::kFailedPrecondition);
  // The diocesan representative is not an LA officer either; the role is checked first.
  EXPECT_NE(again.status().message().find("is a DIOCESAN_REPRESENTATIVE"), std::string::npos);
  // The same officer cannot take the second LA seat at the same time.
  auto second = roster_.Fill(kCoordinator, Fill("la-representative-2", officer, "2027-01-01"));
  EXPECT_EQ(second.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(second.status().message().find("already holds seat la-representative-1"),
            std::string::npos)
      << second.status();
}

TEST_F(BoardTest, TheSeatIsFreeAgainAfterTheHolderResigns) {
  const std::string head = IdOf("100001", PersonRole::kHeadteacher);
  auto first = roster_.Fill(kCoordinator, Fill("primary-partnership-chair-1", head, "2026-10-01"));
  ASSERT_TRUE(first.ok()) << first.status();
  auto clash = roster_.Fill(kCoordinator, Fill("primary-partnership-chair-1",
                                               IdOf("100001", PersonRole::kHeadteacher),
                                               "2027-01-01"));
  EXPECT_EQ(clash.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(clash.status().message().find("already held by Head 100001"), std::string::npos)
      << clash.status();
  auto ended = roster_.End(kCoordinator, absl::StrCat(first->holding.id), "2026-12-31",
                           "resigned");
  ASSERT_TRUE(ended.ok()) << ended.status();
  EXPECT_EQ(ended->term_end, "2027-09-30");
  EXPECT_EQ(ended->end_reason, "resigned");
  EXPECT_TRUE(roster_.Fill(kCoordinator, Fill("primary-partnership-chair-1", head, "2027-01-01"))
                  .ok());
  HistoryFilter f;
  f.seat_key = "primary-partnership-chair-1";
  auto history = roster_.History(kBoardMember, f);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->holdings.size(), 2u);
  EXPECT_EQ(history->holdings[0].to_date, "2026-12-31");
}

TEST_F(BoardTest, BadDatesAndAMissingElectionAreInvalidArguments) {
  const std::string head = IdOf("100002", PersonRole::kHeadteacher);
  EXPECT_EQ(roster_.Fill(kCoordinator, Fill("secondary-head", head, "01/01/2027", "4"))
                .status().code(),
            absl::StatusCode::kInvalidArgument);
  FillRequest backwards = Fill("secondary-head", head, "2027-01-01", "4");
  backwards.to_date = "2026-12-01";
  auto r = roster_.Fill(kCoordinator, backwards);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("to_date"), std::string::npos);
  auto no_election = roster_.Fill(kCoordinator, Fill("secondary-head", head, "2027-01-01"));
  EXPECT_EQ(no_election.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(no_election.status().message().find("election_reference"), std::string::npos);
  EXPECT_EQ(roster_.Fill(kBoardMember, Fill("secondary-head", head, "2027-01-01", "4"))
                .status().code(),
            absl::StatusCode::kPermissionDenied);
}

TEST_F(BoardTest, TheShadowBoardStandsDownWhenTheElectedBoardTakesOffice) {
  const std::string head = IdOf("100004", PersonRole::kHeadteacher);  // not even a member yet
  auto shadow = roster_.Fill(kCoordinator, Fill("shadow-primary-head", head, "2026-04-01"));
  ASSERT_TRUE(shadow.ok()) << shadow.status();
  EXPECT_EQ(shadow->holding.basis, Basis::kShadow);
  EXPECT_EQ(shadow->holding.appointed_by, Selector::kSteeringGroup);
  const std::string primary_head = IdOf("100001", PersonRole::kHeadteacher);
  auto elected = roster_.Fill(kCoordinator, Fill("primary-head", primary_head, "2026-09-01",
                                                 Won(primary_head, "primary-head")));
  ASSERT_TRUE(elected.ok()) << elected.status();
  ASSERT_EQ(elected->shadow_ended.size(), 1u);
  EXPECT_EQ(elected->shadow_ended[0].to_date, "2026-08-31");
  EXPECT_EQ(roster_.On(kCoordinator, "2026-09-01", Body::kShadowBoard)->filled, 0);
  EXPECT_EQ(roster_.On(kCoordinator, "2026-08-31", Body::kShadowBoard)->filled, 1);
  auto late = roster_.Fill(kCoordinator, Fill("shadow-special-head",
                                              IdOf("100003", PersonRole::kHeadteacher),
                                              "2026-08-01"));
  EXPECT_EQ(late.status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST_F(BoardTest, TheShadowBoardCanBeStoodDownOnAGivenDay) {
  ASSERT_TRUE(roster_.Fill(kCoordinator, Fill("shadow-la-representative-1",
                                              IdOf("", PersonRole::kLaOfficer), "2026-04-01"))
                  .ok());
  auto ended = roster_.EndShadowBoard(kCoordinator, "2026-07-31");
  ASSERT_TRUE(ended.ok()) << ended.status();
  ASSERT_EQ(ended->size(), 1u);
  EXPECT_EQ((*ended)[0].to_date, "2026-07-31");
  EXPECT_TRUE(roster_.EndShadowBoard(kCoordinator, "2026-07-31")->empty());
}

}  // namespace
}  // namespace partnership::board
