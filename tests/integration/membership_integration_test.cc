// MembershipService through the generated client against the real server.
#include "gtest/gtest.h"
#include "partnership/v1/membership.grpc.pb.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

constexpr char kUrn[] = "115481";
constexpr char kOtherUrn[] = "115502";

class MembershipIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    membership_ = v1::MembershipService::NewStub(server_.channel());
    registry_ = v1::RegistryService::NewStub(server_.channel());
    v1::ImportSchoolsResponse report;
    grpc::Status s = server_.Import(server_.coordinator_token(), SampleExtract(), "916", &report);
    ASSERT_TRUE(s.ok()) << s.error_message();
    head_ = AddPerson(kUrn, v1::PERSON_ROLE_HEADTEACHER, "Hannah", "Head");
    deputy_ = AddPerson(kUrn, v1::PERSON_ROLE_DEPUTY_HEAD, "Derek", "Deputy");
    school_ = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, kUrn);
    other_school_ = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, kOtherUrn);
    board_ = server_.IssueToken(v1::ACCESS_ROLE_BOARD_MEMBER);
  }

  std::string AddPerson(const std::string& urn, v1::PersonRole role, const std::string& given,
                        const std::string& family) {
    v1::CreatePersonRequest req;
    req.mutable_person()->set_school_urn(urn);
    req.mutable_person()->set_role(role);
    req.mutable_person()->set_given_name(given);
    req.mutable_person()->set_family_name(family);
    req.mutable_person()->set_email(given + "@example.sch.uk");
    v1::Person person;
    grpc::Status s = registry_->CreatePerson(
        TestServer::Context(server_.coordinator_token()).get(), req, &person);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return person.id();
  }

  grpc::Status Apply(const std::string& token, const std::string& urn, const std::string& year,
                     v1::Agreement* out) {
    v1::ApplyForMembershipRequest req;
    req.set_school_urn(urn);
    req.set_academic_year(year);
    req.set_applied_on("2026-06-01");
    return membership_->ApplyForMembership(TestServer::Context(token).get(), req, out);
  }

  grpc::Status Approve(const std::string& token, const std::string& id, v1::Agreement* out) {
    v1::RecordGoverningBodyApprovalRequest req;
    req.set_id(id);
    req.set_approved_on("2026-06-20");
    req.set_minute_reference("FGB 2026-06-20 item 7");
    return membership_->RecordGoverningBodyApproval(TestServer::Context(token).get(), req, out);
  }

  grpc::Status Sign(const std::string& token, const std::string& id, const std::string& head,
                    v1::Agreement* out) {
    v1::SignAgreementRequest req;
    req.set_id(id);
    req.set_headteacher_id(head);
    req.set_signed_on("2026-07-01");
    return membership_->SignAgreement(TestServer::Context(token).get(), req, out);
  }

  TestServer server_;
  std::unique_ptr<v1::MembershipService::Stub> membership_;
  std::unique_ptr<v1::RegistryService::Stub> registry_;
  std::string head_, deputy_, school_, other_school_, board_;
};

TEST_F(MembershipIntegrationTest, SchoolJoinsAndTheBoardSeesItActiveInTheRegister) {
  v1::Agreement a;
  ASSERT_TRUE(Apply(school_, kUrn, "2026-27", &a).ok());
  EXPECT_EQ(a.status(), v1::AGREEMENT_STATUS_APPLIED);
  EXPECT_EQ(a.text_version(), 1);
  ASSERT_TRUE(Approve(school_, a.id(), &a).ok());
  grpc::Status s = Sign(school_, a.id(), head_, &a);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(a.status(), v1::AGREEMENT_STATUS_ACTIVE);
  EXPECT_EQ(a.signed_by_name(), "Hannah Head");
  ASSERT_EQ(a.history_size(), 3);
  EXPECT_EQ(a.history(1).action(), v1::AGREEMENT_ACTION_APPROVE);

  v1::ListMembershipRequest list;
  list.set_academic_year("2026-27");
  list.set_status(v1::MEMBERSHIP_STATUS_ACTIVE);
  v1::ListMembershipResponse reg;
  ASSERT_TRUE(membership_->ListMembership(TestServer::Context(board_).get(), list, &reg).ok());
  ASSERT_EQ(reg.entries_size(), 1);
  EXPECT_EQ(reg.entries(0).school_urn(), kUrn);
  EXPECT_EQ(reg.entries(0).signed_on(), "2026-07-01");
  EXPECT_EQ(reg.entries(0).approved_on(), "2026-06-20");
  EXPECT_EQ(reg.active_members(), 1);

  v1::RenewAgreementRequest renew;
  renew.set_id(a.id());
  renew.set_renewed_on("2027-06-01");
  v1::Agreement next;
  ASSERT_TRUE(membership_->RenewAgreement(TestServer::Context(school_).get(), renew, &next).ok());
  EXPECT_EQ(next.academic_year(), "2027-28");
  EXPECT_EQ(next.status(), v1::AGREEMENT_STATUS_ACTIVE);
  EXPECT_EQ(next.previous_agreement_id(), a.id());
}

TEST_F(MembershipIntegrationTest, RefusalsArriveWithTheirCodesAndNameTheField) {
  v1::Agreement a;
  grpc::Status bad_year = Apply(school_, kUrn, "2026-2027", &a);
  EXPECT_EQ(bad_year.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(bad_year.error_message().find("academic_year"), std::string::npos);
  EXPECT_EQ(Apply(other_school_, kUrn, "2026-27", &a).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Apply("", kUrn, "2026-27", &a).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  ASSERT_TRUE(Apply(school_, kUrn, "2026-27", &a).ok());
  const std::string id = a.id();
  v1::Agreement again;
  EXPECT_EQ(Apply(school_, kUrn, "2026-27", &again).error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(Sign(school_, id, head_, &again).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  ASSERT_TRUE(Approve(school_, id, &again).ok());
  grpc::Status deputy = Sign(school_, id, deputy_, &again);
  EXPECT_EQ(deputy.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_NE(deputy.error_message().find("headteacher_id"), std::string::npos);
  EXPECT_EQ(Sign(other_school_, id, head_, &again).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Sign(school_, "4242", head_, &again).error_code(), grpc::StatusCode::NOT_FOUND);

  v1::SuspendAgreementRequest suspend;
  suspend.set_id(id);
  suspend.set_suspended_from("2026-10-01");
  suspend.set_reason("no reviewer released");
  EXPECT_EQ(membership_->SuspendAgreement(TestServer::Context(school_).get(), suspend, &again)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  v1::ListMembershipRequest list;
  list.set_academic_year("2026-27");
  list.set_status(static_cast<v1::MembershipStatus>(42));
  v1::ListMembershipResponse reg;
  grpc::Status unknown =
      membership_->ListMembership(TestServer::Context(board_).get(), list, &reg);
  EXPECT_EQ(unknown.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(unknown.error_message().find("status"), std::string::npos);
  list.set_status(v1::MEMBERSHIP_STATUS_UNSPECIFIED);
  EXPECT_EQ(membership_->ListMembership(TestServer::Context(school_).get(), list, &reg)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  v1::GetAgreementRequest get;
  get.set_id(id);
  v1::Agreement unchanged;
  ASSERT_TRUE(membership_->GetAgreement(TestServer::Context(school_).get(), get, &unchanged).ok());
  EXPECT_EQ(unchanged.status(), v1::AGREEMENT_STATUS_APPROVED);
  EXPECT_EQ(unchanged.history_size(), 2);
}

TEST_F(MembershipIntegrationTest, BandingAndTextsThroughTheServer) {
  v1::ListAgreementTextsResponse texts;
  ASSERT_TRUE(membership_->ListAgreementTexts(TestServer::Context(other_school_).get(),
                                              v1::ListAgreementTextsRequest(), &texts)
                  .ok());
  ASSERT_EQ(texts.texts_size(), 1);
  EXPECT_EQ(texts.texts(0).version(), 1);
  EXPECT_GE(texts.texts(0).clauses_size(), 4);

  v1::CreateAgreementTextRequest create;
  *create.mutable_text() = texts.texts(0);
  v1::AgreementText created;
  grpc::Status numbered = membership_->CreateAgreementText(
      TestServer::Context(server_.coordinator_token()).get(), create, &created);
  EXPECT_EQ(numbered.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  create.mutable_text()->set_version(0);
  create.mutable_text()->clear_create_time();
  create.mutable_text()->clear_created_by();
  create.mutable_text()->set_first_academic_year("2027-28");
  ASSERT_TRUE(membership_->CreateAgreementText(
                  TestServer::Context(server_.coordinator_token()).get(), create, &created)
                  .ok());
  EXPECT_EQ(created.version(), 2);

  v1::SetBandingRequest set;
  set.mutable_banding()->set_academic_year("2026-27");
  set.mutable_banding()->set_la_contribution_pence(3750000);
  v1::Band* small = set.mutable_banding()->add_bands();
  small->set_min_pupils(0);
  small->set_max_pupils(299);
  small->set_annual_pence(30000);
  v1::Band* large = set.mutable_banding()->add_bands();
  large->set_min_pupils(350);
  large->set_annual_pence(60000);
  v1::Banding stored;
  grpc::Status gap = membership_->SetBanding(
      TestServer::Context(server_.coordinator_token()).get(), set, &stored);
  EXPECT_EQ(gap.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(gap.error_message().find("bands[1].min_pupils"), std::string::npos);
  large->set_min_pupils(300);
  EXPECT_EQ(membership_->SetBanding(TestServer::Context(school_).get(), set, &stored).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  ASSERT_TRUE(membership_->SetBanding(TestServer::Context(server_.coordinator_token()).get(), set,
                                      &stored)
                  .ok());
  EXPECT_FALSE(stored.updated_by().empty());

  v1::Agreement a;
  ASSERT_TRUE(Apply(school_, kUrn, "2026-27", &a).ok());
  if (a.has_pupils()) {
    EXPECT_EQ(a.contribution_pence(), a.pupils() < 300 ? 30000 : 60000);
  }
  v1::ListMembershipRequest list;
  list.set_academic_year("2026-27");
  v1::ListMembershipResponse reg;
  ASSERT_TRUE(membership_->ListMembership(TestServer::Context(board_).get(), list, &reg).ok());
  EXPECT_EQ(reg.total_size(), 18);
  EXPECT_EQ(reg.la_contribution_pence(), 3750000);
}

}  // namespace
}  // namespace partnership::testing
