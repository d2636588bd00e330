#include "board/seats.h"

#include "audit/audit_trail.h"
#include "board/board_test_fixture.h"

namespace partnership::board {
namespace {

TEST_F(BoardTest, InstallingTheDefaultsTwiceCreatesNothingTheSecondTime) {
  auto page = seats_.List(kBoardMember, SeatFilter{});
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->total_size, 34);
  auto again = seats_.InstallDefaults(kCoordinator);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->created.empty());
  EXPECT_EQ(again->kept.size(), 34u);
}

TEST_F(BoardTest, ACreatedSeatGoesLastInItsBodyAndIsAudited) {
  Seat s;
  s.key = "co-opted-governor";
  s.body = Body::kBoard;
  s.title = "Co-opted governor";
  s.eligibility.role = registry::PersonRole::kGovernor;
  s.term_years = 2;
  s.method = FillMethod::kAppointed;
  s.selector = Selector::kBoard;
  auto before = audit::CountEntries(scratch_.db());
  auto created = seats_.Create(kCoordinator, s);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->position, 12);
  EXPECT_EQ(*audit::CountEntries(scratch_.db()), *before + 1);
  EXPECT_EQ(seats_.Create(kCoordinator, s).status().code(), absl::StatusCode::kAlreadyExists);
}

TEST_F(BoardTest, OnlyTheCoordinatorChangesSeatsButSchoolsReadThem) {
  SeatChanges c;
  c.term_years = 4;
  EXPECT_EQ(seats_.Update(kBoardMember, "primary-head", c).status().code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_TRUE(seats_.Get(kSchool, "primary-head").ok());
  EXPECT_EQ(seats_.Get(kReviewer, "primary-head").status().code(),
            absl::StatusCode::kPermissionDenied);
  auto changed = seats_.Update(kCoordinator, "primary-head", c);
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_EQ(changed->term_years, 4);
  EXPECT_EQ(changed->title, "Primary school head");
}

TEST_F(BoardTest, AChangeThatBreaksTheRulesStoresNothing) {
  SeatChanges c;
  c.selector = Selector::kLocalAuthority;  // the primary head is elected: the LA elects no one
  auto changed = seats_.Update(kCoordinator, "primary-head", c);
  EXPECT_EQ(changed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(seats_.Get(kCoordinator, "primary-head")->selector, Selector::kGaph);
}

TEST_F(BoardTest, ASeatHeldAfterTheRetirementDayCannotBeRetired) {
  auto filled = roster_.Fill(kCoordinator, Fill("la-representative-2",
                                                IdOf("", registry::PersonRole::kLaOfficer),
                                                "2026-10-01"));
  ASSERT_TRUE(filled.ok()) << filled.status();
  auto retired = seats_.Retire(kCoordinator, "la-representative-2", "2027-09-01");
  EXPECT_EQ(retired.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(retired.status().message().find("Olive Officer"), std::string::npos);
  ASSERT_TRUE(roster_.End(kCoordinator, absl::StrCat(filled->holding.id), "2027-08-31",
                          "the LA has one representative from September").ok());
  auto ok = seats_.Retire(kCoordinator, "la-representative-2", "2027-09-01");
  ASSERT_TRUE(ok.ok()) << ok.status();
  SeatFilter live;
  EXPECT_EQ(seats_.List(kCoordinator, live)->total_size, 33);
  live.include_retired = true;
  EXPECT_EQ(seats_.List(kCoordinator, live)->total_size, 34);
}

}  // namespace
}  // namespace partnership::board
