// The agreement lifecycle as a school and the coordinator would go through it.
#include "audit/audit_trail.h"
#include "gtest/gtest.h"
#include "membership/membership_test_fixture.h"

namespace partnership::membership {
namespace {

using absl::StatusCode;

TEST_F(MembershipTest, SchoolAppliesItsGoverningBodyApprovesItsHeadSignsAndItIsActive) {
  auto applied = agreements_.Apply(kSchoolA, For("100001"));
  ASSERT_TRUE(applied.ok()) << applied.status();
  EXPECT_EQ(applied->status, AgreementStatus::kApplied);
  EXPECT_EQ(applied->text_version, 1);
  EXPECT_EQ(applied->school_name, "Amberley Parochial School");
  const std::string id = absl::StrCat(applied->id);

  auto approved = agreements_.RecordGoverningBodyApproval(kSchoolA, id, "2026-06-20",
                                                          "FGB 2026-06-20 item 7");
  ASSERT_TRUE(approved.ok()) << approved.status();
  EXPECT_EQ(approved->status, AgreementStatus::kApproved);
  EXPECT_EQ(approved->approval_minute, "FGB 2026-06-20 item 7");

  auto signed_ = agreements_.Sign(kSchoolA, id, head_a_, "2026-07-01");
  ASSERT_TRUE(signed_.ok()) << signed_.status();
  EXPECT_EQ(signed_->status, AgreementStatus::kActive);
  EXPECT_EQ(signed_->signed_by_name, "Ada Lovelace");
  ASSERT_EQ(signed_->history.size(), 3u);
  EXPECT_EQ(signed_->history[0].action, AgreementAction::kApply);
  EXPECT_EQ(signed_->history[2].action, AgreementAction::kSign);
  EXPECT_EQ(signed_->history[2].effective_on, "2026-07-01");
  EXPECT_EQ(signed_->history[2].actor, kSchoolA.Describe());

  auto trail = audit::List(scratch_.db(), 0, absl::StrCat("agreement/", id), 100);
  ASSERT_TRUE(trail.ok());
  EXPECT_EQ(trail->size(), 3u);
  EXPECT_TRUE(audit::Verify(scratch_.db())->intact());

  EXPECT_EQ(register_.IsActiveMember("100001", "2026-09-01").value(), true);
  EXPECT_EQ(register_.IsActiveMember("100002", "2026-09-01").value(), false);
}

TEST_F(MembershipTest, HeadCannotSignBeforeTheGoverningBodyApproves) {
  auto applied = agreements_.Apply(kSchoolA, For("100001"));
  ASSERT_TRUE(applied.ok());
  const std::string id = absl::StrCat(applied->id);
  auto r = agreements_.Sign(kSchoolA, id, head_a_, "2026-07-01");
  EXPECT_EQ(CodeOf(r), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("governing body approval"), std::string::npos);
  EXPECT_EQ(agreements_.Get(kSchoolA, id)->status, AgreementStatus::kApplied);
  EXPECT_EQ(agreements_.Get(kSchoolA, id)->history.size(), 1u);
}

TEST_F(MembershipTest, OnlyTheSchoolsOwnHeadteacherSigns) {
  auto applied = agreements_.Apply(kCoordinator, For("100001"));
  const std::string id = absl::StrCat(applied->id);
  ASSERT_TRUE(agreements_.RecordGoverningBodyApproval(kCoordinator, id, "2026-06-20", "m").ok());
  auto deputy = agreements_.Sign(kCoordinator, id, deputy_a_, "2026-07-01");
  EXPECT_EQ(CodeOf(deputy), StatusCode::kFailedPrecondition);
  EXPECT_NE(deputy.status().message().find("DEPUTY_HEAD"), std::string::npos);
  auto other_head = agreements_.Sign(kCoordinator, id, head_b_, "2026-07-01");
  EXPECT_EQ(CodeOf(other_head), StatusCode::kFailedPrecondition);
  EXPECT_NE(other_head.status().message().find("headteacher_id"), std::string::npos);
  EXPECT_EQ(CodeOf(agreements_.Sign(kCoordinator, id, "9999", "2026-07-01")),
            StatusCode::kNotFound);
  EXPECT_EQ(agreements_.Get(kCoordinator, id)->status, AgreementStatus::kApproved);
}

TEST_F(MembershipTest, SecondLiveAgreementForTheSameYearIsRefusedUntilWithdrawn) {
  auto first = agreements_.Apply(kSchoolA, For("100001"));
  ASSERT_TRUE(first.ok());
  auto second = agreements_.Apply(kSchoolA, For("100001"));
  EXPECT_EQ(CodeOf(second), StatusCode::kAlreadyExists);
  EXPECT_NE(second.status().message().find(absl::StrCat("agreement ", first->id)),
            std::string::npos);
  ASSERT_TRUE(agreements_.Withdraw(kCoordinator, absl::StrCat(first->id), "2026-06-05",
                                   "applied by mistake")
                  .ok());
  EXPECT_TRUE(agreements_.Apply(kSchoolA, For("100001", "2026-27", "2026-06-06")).ok());
  // A different year is a different agreement.
  EXPECT_TRUE(agreements_.Apply(kSchoolA, For("100001", "2027-28")).ok());
}

TEST_F(MembershipTest, StepsDatedBeforeTheStepBeforeThemAreRefused) {
  auto applied = agreements_.Apply(kSchoolA, For("100001"));
  const std::string id = absl::StrCat(applied->id);
  auto early = agreements_.RecordGoverningBodyApproval(kSchoolA, id, "2026-05-31", "m");
  EXPECT_EQ(CodeOf(early), StatusCode::kFailedPrecondition);
  EXPECT_NE(early.status().message().find("approved_on"), std::string::npos);
  ASSERT_TRUE(agreements_.RecordGoverningBodyApproval(kSchoolA, id, "2026-06-20", "m").ok());
  auto sign_early = agreements_.Sign(kSchoolA, id, head_a_, "2026-06-19");
  EXPECT_EQ(CodeOf(sign_early), StatusCode::kFailedPrecondition);
  EXPECT_NE(sign_early.status().message().find("signed_on"), std::string::npos);
  auto sign_late = agreements_.Sign(kSchoolA, id, head_a_, "2027-09-01");
  EXPECT_EQ(CodeOf(sign_late), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(agreements_.Sign(kSchoolA, id, head_a_, "2026-07-01").ok());
  EXPECT_EQ(CodeOf(agreements_.Suspend(kCoordinator, id, "2026-06-30", "late")),
            StatusCode::kFailedPrecondition);
}

TEST_F(MembershipTest, StepsOutOfOrderAreRefused) {
  const std::string id = MakeActive("100001", head_a_);
  EXPECT_EQ(CodeOf(agreements_.RecordGoverningBodyApproval(kCoordinator, id, "2026-08-01", "m")),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(CodeOf(agreements_.Sign(kCoordinator, id, head_a_, "2026-08-01")),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(CodeOf(agreements_.Reinstate(kCoordinator, id, "2026-08-01")),
            StatusCode::kFailedPrecondition);
  ASSERT_TRUE(agreements_.Withdraw(kCoordinator, id, "2026-12-31", "").ok());
  EXPECT_EQ(CodeOf(agreements_.Withdraw(kCoordinator, id, "2027-01-31", "")),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(CodeOf(agreements_.Suspend(kCoordinator, id, "2027-01-31", "x")),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(CodeOf(agreements_.Renew(kCoordinator, id, "2027-06-01")),
            StatusCode::kFailedPrecondition);
}

TEST_F(MembershipTest, SchoolCannotActForOrReadAnotherSchool) {
  EXPECT_EQ(CodeOf(agreements_.Apply(kSchoolB, For("100001"))), StatusCode::kPermissionDenied);
  auto applied = agreements_.Apply(kSchoolA, For("100001"));
  const std::string id = absl::StrCat(applied->id);
  EXPECT_EQ(CodeOf(agreements_.RecordGoverningBodyApproval(kSchoolB, id, "2026-06-20", "m")),
            StatusCode::kPermissionDenied);
  EXPECT_EQ(CodeOf(agreements_.Get(kSchoolB, id)), StatusCode::kPermissionDenied);
  AgreementFilter everyone;
  EXPECT_EQ(CodeOf(agreements_.List(kSchoolB, everyone)), StatusCode::kPermissionDenied);
  AgreementFilter of_a;
  of_a.school_urn = "100001";
  EXPECT_EQ(CodeOf(agreements_.List(kSchoolB, of_a)), StatusCode::kPermissionDenied);
  EXPECT_EQ(agreements_.List(kSchoolA, of_a)->total_size, 1);
  // Suspension and withdrawal are the coordinator's, even for the school's own agreement.
  EXPECT_EQ(CodeOf(agreements_.Withdraw(kSchoolA, id, "2026-06-02", "")),
            StatusCode::kPermissionDenied);
  // Board members and LA officers read; they do not act; reviewers do neither.
  EXPECT_TRUE(agreements_.Get(kBoard, id).ok());
  EXPECT_TRUE(agreements_.Get(kOfficer, id).ok());
  EXPECT_EQ(CodeOf(agreements_.Apply(kBoard, For("100002"))), StatusCode::kPermissionDenied);
  EXPECT_EQ(CodeOf(agreements_.Get(kReviewer, id)), StatusCode::kPermissionDenied);
  EXPECT_EQ(agreements_.Get(kCoordinator, id)->history.size(), 1u);
}

TEST_F(MembershipTest, BadInputIsRefusedNamingTheField) {
  auto expect_field = [](const absl::Status& s, const std::string& field) {
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << field << ": " << s;
    EXPECT_NE(s.message().find(field), std::string::npos) << s.message();
  };
  expect_field(agreements_.Apply(kCoordinator, For("100001", "2026-28")).status(),
               "academic_year");
  expect_field(agreements_.Apply(kCoordinator, For("1000x1")).status(), "school_urn");
  expect_field(agreements_.Apply(kCoordinator, For("100001", "2026-27", "2026-02-30")).status(),
               "applied_on");
  auto applied = agreements_.Apply(kCoordinator, For("100001"));
  const std::string id = absl::StrCat(applied->id);
  expect_field(agreements_.RecordGoverningBodyApproval(kCoordinator, id, "20 June", "m").status(),
               "approved_on");
  expect_field(agreements_.RecordGoverningBodyApproval(kCoordinator, id, "2026-06-20", "").status(),
               "minute_reference");
  expect_field(agreements_.RecordGoverningBodyApproval(kCoordinator, "x", "2026-06-20", "m").status(),
               "id");
  expect_field(agreements_.Sign(kCoordinator, id, "head", "2026-07-01").status(),
               "headteacher_id");
  EXPECT_EQ(CodeOf(agreements_.Get(kCoordinator, "4242")), StatusCode::kNotFound);
  EXPECT_EQ(CodeOf(agreements_.Apply(kCoordinator, For("999999"))), StatusCode::kNotFound);
}

TEST_F(MembershipTest, ClosedSchoolsPastYearsAndTextsThatDoNotApplyAreRefused) {
  EXPECT_EQ(CodeOf(agreements_.Apply(kCoordinator, For("100004"))),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(CodeOf(agreements_.Apply(kCoordinator, For("100001", "2025-26", "2026-09-02"))),
            StatusCode::kFailedPrecondition);
  Application old = For("100001", "2025-26", "2025-06-01");
  auto r = agreements_.Apply(kCoordinator, old);
  EXPECT_EQ(CodeOf(r), StatusCode::kFailedPrecondition);  // version 1 starts in 2026-27
  EXPECT_NE(r.status().message().find("text_version"), std::string::npos);
  Application missing = For("100001");
  missing.text_version = 7;
  EXPECT_EQ(CodeOf(agreements_.Apply(kCoordinator, missing)), StatusCode::kNotFound);
}

TEST_F(MembershipTest, SuspensionReinstatementAndWithdrawalDecideActiveMembershipByDate) {
  const std::string id = MakeActive("100001", head_a_);
  MakeActive("100002", head_b_);
  auto suspended = agreements_.Suspend(kCoordinator, id, "2027-01-10", "review not hosted");
  ASSERT_TRUE(suspended.ok()) << suspended.status();
  EXPECT_EQ(suspended->status, AgreementStatus::kSuspended);
  EXPECT_EQ(suspended->suspension_reason, "review not hosted");
  auto reinstated = agreements_.Reinstate(kCoordinator, id, "2027-02-01");
  ASSERT_TRUE(reinstated.ok()) << reinstated.status();
  EXPECT_EQ(reinstated->status, AgreementStatus::kActive);
  auto withdrawn = agreements_.Withdraw(kCoordinator, id, "2027-05-01", "school closing");
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.status();
  EXPECT_EQ(withdrawn->history.size(), 6u);

  EXPECT_TRUE(register_.IsActiveMember("100001", "2026-12-01").value());
  EXPECT_FALSE(register_.IsActiveMember("100001", "2027-01-20").value());
  EXPECT_TRUE(register_.IsActiveMember("100001", "2027-03-01").value());
  EXPECT_FALSE(register_.IsActiveMember("100001", "2027-05-01").value());
  EXPECT_FALSE(register_.IsActiveMember("100003", "2027-03-01").value());
  EXPECT_EQ(register_.ActiveMembersOn("2027-03-01").value(),
            (std::vector<std::string>{"100001", "100002"}));
  EXPECT_EQ(register_.ActiveMembersOn("2027-01-20").value(), std::vector<std::string>{"100002"});
  EXPECT_EQ(register_.ActiveMembers("2026-27").value(), std::vector<std::string>{"100002"});
  EXPECT_EQ(CodeOf(register_.IsActiveMember("100001", "2027-13-01")),
            StatusCode::kInvalidArgument);
}

TEST_F(MembershipTest, RenewalUnderTheSameTextIsActiveAtOnceAndLinkedToTheYearBefore) {
  const std::string id = MakeActive("100001", head_a_);
  auto renewed = agreements_.Renew(kSchoolA, id, "2027-06-15");
  ASSERT_TRUE(renewed.ok()) << renewed.status();
  EXPECT_EQ(renewed->academic_year, "2027-28");
  EXPECT_EQ(renewed->status, AgreementStatus::kActive);
  EXPECT_EQ(absl::StrCat(renewed->previous_id), id);
  EXPECT_EQ(renewed->signed_by_name, "Ada Lovelace");
  EXPECT_EQ(agreements_.Get(kCoordinator, id)->renewed_by_id, renewed->id);
  EXPECT_TRUE(register_.IsActiveMember("100001", "2027-10-01").value());
  EXPECT_EQ(CodeOf(agreements_.Renew(kSchoolA, id, "2027-06-16")), StatusCode::kAlreadyExists);
  EXPECT_EQ(CodeOf(agreements_.Renew(kSchoolB, id, "2027-06-16")),
            StatusCode::kPermissionDenied);
}

TEST_F(MembershipTest, RenewalUnderANewTextNeedsApprovalAndSignatureAgain) {
  const std::string id = MakeActive("100001", head_a_);
  AgreementText v2 = texts_.Get(kCoordinator, 1).value();
  v2.version = 0;
  v2.title = "Membership agreement, second edition";
  v2.first_academic_year = "2027-28";
  auto added = texts_.Create(kCoordinator, v2);
  ASSERT_TRUE(added.ok()) << added.status();
  EXPECT_EQ(added->version, 2);
  auto renewed = agreements_.Renew(kCoordinator, id, "2027-06-15");
  ASSERT_TRUE(renewed.ok()) << renewed.status();
  EXPECT_EQ(renewed->text_version, 2);
  EXPECT_EQ(renewed->status, AgreementStatus::kApplied);
  EXPECT_TRUE(renewed->signed_on.empty());
  EXPECT_FALSE(register_.IsActiveMember("100001", "2027-10-01").value());
  // Version 1 is as it was.
  EXPECT_EQ(texts_.Get(kBoard, 1)->title,
            "Gloucestershire Schools Partnership membership agreement");
  EXPECT_EQ(texts_.Get(kBoard, 1)->first_academic_year, "2026-27");
}

TEST_F(MembershipTest, VersionOneFollowsTheProposal) {
  auto t = texts_.Get(kReviewer, 1);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_TRUE(CheckAgreementText(*t).ok()) << CheckAgreementText(*t);
  std::string all;
  for (const Clause& c : t->clauses) all += c.heading + " " + c.body + "\n";
  for (const char* words : {"partnership board", "annual general meeting", "Ways of working",
                            "3 school leaders", "directory", "communications", "CPD",
                            "as a reviewer", "outcomes of its peer review", "shares data"}) {
    EXPECT_NE(all.find(words), std::string::npos) << words;
  }
  EXPECT_TRUE(t->AppliesTo(AcademicYear(2026)));
  EXPECT_FALSE(t->AppliesTo(AcademicYear(2025)));
}

TEST_F(MembershipTest, OnlyTheCoordinatorAddsTextsAndBadTextsAreRefused) {
  AgreementText good = texts_.Get(kCoordinator, 1).value();
  good.version = 0;
  EXPECT_EQ(CodeOf(texts_.Create(kSchoolA, good)), StatusCode::kPermissionDenied);
  AgreementText bad = good;
  bad.clauses[0].heading.clear();
  auto r = texts_.Create(kCoordinator, bad);
  EXPECT_EQ(CodeOf(r), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("text.clauses[0].heading"), std::string::npos);
  EXPECT_EQ(texts_.List(kReviewer, 0, "")->total_size, 1);
}

}  // namespace
}  // namespace partnership::membership
