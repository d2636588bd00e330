// The banding and the membership register as the coordinator, the board and schools see them.
#include "gtest/gtest.h"
#include "membership/membership_test_fixture.h"

namespace partnership::membership {
namespace {

using absl::StatusCode;

Banding Standard(const std::string& year = "2026-27") {
  Banding b;
  b.academic_year = year;
  b.bands = {{0, 199, 25000}, {200, 599, 50000}, {600, std::nullopt, 100000}};
  b.la_contribution_pence = 3750000;
  return b;
}

TEST_F(MembershipTest, BandingIsReplacedWholeAndAgreementsShowTheirContribution) {
  const std::string id = MakeActive("100001", head_a_);  // 150 pupils
  EXPECT_FALSE(agreements_.Get(kCoordinator, id)->contribution_pence.has_value());
  EXPECT_EQ(CodeOf(contributions_.Get(kSchoolA, "2026-27")), StatusCode::kNotFound);

  auto set = contributions_.Set(kCoordinator, Standard());
  ASSERT_TRUE(set.ok()) << set.status();
  EXPECT_EQ(set->updated_by, kCoordinator.Describe());
  EXPECT_EQ(agreements_.Get(kSchoolA, id)->contribution_pence, 25000);

  Banding flat;
  flat.academic_year = "2026-27";
  flat.bands = {{0, std::nullopt, 40000}};
  ASSERT_TRUE(contributions_.Set(kCoordinator, flat).ok());
  auto now = contributions_.Get(kSchoolB, "2026-27");
  ASSERT_TRUE(now.ok());
  EXPECT_EQ(now->bands.size(), 1u);
  EXPECT_EQ(now->la_contribution_pence, 0);
  EXPECT_EQ(agreements_.Get(kSchoolA, id)->contribution_pence, 40000);
  // Another year's banding is its own.
  EXPECT_EQ(CodeOf(contributions_.Get(kCoordinator, "2027-28")), StatusCode::kNotFound);
}

TEST_F(MembershipTest, InvalidBandingIsRefusedAndTheOldOneKept) {
  ASSERT_TRUE(contributions_.Set(kCoordinator, Standard()).ok());
  Banding gap = Standard();
  gap.bands[2].min_pupils = 700;
  auto r = contributions_.Set(kCoordinator, gap);
  EXPECT_EQ(CodeOf(r), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("banding.bands[2].min_pupils"), std::string::npos);
  EXPECT_EQ(contributions_.Get(kCoordinator, "2026-27")->bands[2].min_pupils, 600);
  EXPECT_EQ(CodeOf(contributions_.Set(kSchoolA, Standard())), StatusCode::kPermissionDenied);
  EXPECT_EQ(CodeOf(contributions_.Set(kBoard, Standard())), StatusCode::kPermissionDenied);
}

TEST_F(MembershipTest, RegisterShowsEveryOpenSchoolWithStatusDatesAndContribution) {
  ASSERT_TRUE(contributions_.Set(kCoordinator, Standard()).ok());
  const std::string a = MakeActive("100001", head_a_);
  auto b = agreements_.Apply(kSchoolB, For("100002"));
  ASSERT_TRUE(b.ok());
  RegisterFilter f;
  f.academic_year = "2026-27";
  auto page = register_.List(kBoard, f);
  ASSERT_TRUE(page.ok()) << page.status();
  // The closed school without an agreement is not listed.
  ASSERT_EQ(page->entries.size(), 3u);
  EXPECT_EQ(page->total_size, 3);
  const MembershipEntry& first = page->entries[0];
  EXPECT_EQ(first.school_urn, "100001");
  EXPECT_EQ(first.status, MembershipStatus::kActive);
  EXPECT_EQ(first.agreement->approved_on, "2026-06-20");
  EXPECT_EQ(first.agreement->signed_on, "2026-07-01");
  EXPECT_EQ(first.agreement->contribution_pence, 25000);
  EXPECT_EQ(page->entries[1].status, MembershipStatus::kApplied);
  EXPECT_EQ(page->entries[1].agreement->contribution_pence, 50000);
  EXPECT_EQ(page->entries[2].status, MembershipStatus::kNotMember);
  EXPECT_FALSE(page->entries[2].agreement.has_value());
  EXPECT_EQ(page->active_members, 1);
  EXPECT_EQ(page->school_contributions_pence, 25000);
  EXPECT_EQ(page->la_contribution_pence, 3750000);

  f.status = MembershipStatus::kNotMember;
  auto outsiders = register_.List(kOfficer, f);
  ASSERT_TRUE(outsiders.ok());
  ASSERT_EQ(outsiders->entries.size(), 1u);
  EXPECT_EQ(outsiders->entries[0].school_urn, "100003");
  EXPECT_EQ(outsiders->active_members, 1);  // totals are over the whole register

  f.status.reset();
  f.page_size = 2;
  auto first_page = register_.List(kCoordinator, f);
  ASSERT_EQ(first_page->entries.size(), 2u);
  f.page_token = first_page->next_page_token;
  auto second_page = register_.List(kCoordinator, f);
  ASSERT_EQ(second_page->entries.size(), 1u);
  EXPECT_EQ(second_page->entries[0].school_urn, "100003");
  EXPECT_TRUE(second_page->next_page_token.empty());
}

TEST_F(MembershipTest, RegisterIsForTheCoordinatorTheBoardAndTheLocalAuthority) {
  RegisterFilter f;
  f.academic_year = "2026-27";
  EXPECT_EQ(CodeOf(register_.List(kSchoolA, f)), StatusCode::kPermissionDenied);
  EXPECT_EQ(CodeOf(register_.List(kReviewer, f)), StatusCode::kPermissionDenied);
  f.academic_year = "";
  EXPECT_EQ(CodeOf(register_.List(kCoordinator, f)), StatusCode::kInvalidArgument);
  f.academic_year = "2026-27";
  f.page_token = "zz";
  EXPECT_EQ(CodeOf(register_.List(kCoordinator, f)), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace partnership::membership
