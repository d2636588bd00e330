// RegistryService through the generated client against the real server.
#include <SQLiteCpp/Database.h>

#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

class RegistryIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    stub_ = v1::RegistryService::NewStub(server_.channel());
    v1::ImportSchoolsResponse report;
    grpc::Status s = server_.Import(server_.coordinator_token(), SampleExtract(), "916", &report);
    ASSERT_TRUE(s.ok()) << s.error_message();
    ASSERT_EQ(report.added(), 18);
  }

  int OpenSchools() {
    v1::ListSchoolsRequest req;
    req.set_page_size(1);
    v1::ListSchoolsResponse resp;
    EXPECT_TRUE(stub_->ListSchools(TestServer::Context(server_.coordinator_token()).get(), req,
                                   &resp)
                    .ok());
    return resp.total_size();
  }

  TestServer server_;
  std::unique_ptr<v1::RegistryService::Stub> stub_;
};

TEST_F(RegistryIntegrationTest, ImportedSchoolsListWithPhaseGroupAndLocation) {
  v1::GetSchoolRequest req;
  req.set_urn("137045");
  v1::School school;
  ASSERT_TRUE(stub_->GetSchool(TestServer::Context(server_.coordinator_token()).get(), req,
                               &school)
                  .ok());
  EXPECT_EQ(school.name(), "Severn Vale Academy");
  EXPECT_EQ(school.phase(), v1::PHASE_SECONDARY);
  EXPECT_FALSE(school.review_group().empty());
  EXPECT_TRUE(school.has_latitude());
  EXPECT_NEAR(school.latitude(), 51.9, 0.3);
  EXPECT_EQ(OpenSchools(), 18);
}

TEST_F(RegistryIntegrationTest, ReimportChangesNothingAndSaysSo) {
  v1::ImportSchoolsResponse again;
  ASSERT_TRUE(server_.Import(server_.coordinator_token(), SampleExtract(), "916", &again).ok());
  EXPECT_EQ(again.added(), 0);
  EXPECT_EQ(again.updated(), 0);
  EXPECT_EQ(again.unchanged(), 18);
  EXPECT_EQ(again.closed(), 0);
}

TEST_F(RegistryIntegrationTest, MalformedFileIsRefusedNamingRowAndColumnAndChangesNothing) {
  std::string bad = SampleExtract();
  // Break the URN of the Severn Vale Academy row.
  bad = absl::StrReplaceAll(bad, {{"\"137045\"", "\"13704X\""}});
  v1::ImportSchoolsResponse report;
  grpc::Status s = server_.Import(server_.coordinator_token(), bad, "916", &report);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("row"), std::string::npos) << s.error_message();
  EXPECT_NE(s.error_message().find("URN"), std::string::npos) << s.error_message();
  EXPECT_EQ(OpenSchools(), 18);
}

TEST_F(RegistryIntegrationTest, UnknownEnumValueIsInvalidArgument) {
  v1::ListSchoolsRequest req;
  req.set_phase(static_cast<v1::Phase>(42));
  v1::ListSchoolsResponse resp;
  grpc::Status s =
      stub_->ListSchools(TestServer::Context(server_.coordinator_token()).get(), req, &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("phase"), std::string::npos);
}

TEST_F(RegistryIntegrationTest, SchoolTokenCannotReachAnotherSchoolsPeople) {
  v1::CreatePersonRequest add;
  v1::Person* p = add.mutable_person();
  p->set_school_urn("115481");
  p->set_role(v1::PERSON_ROLE_DEPUTY_HEAD);
  p->set_given_name("Tom");
  p->set_family_name("Baker");
  p->set_email("t.baker@hillview.gloucs.sch.uk");
  v1::Person created;
  ASSERT_TRUE(stub_->CreatePerson(TestServer::Context(server_.coordinator_token()).get(), add,
                                  &created)
                  .ok());
  const std::string own = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, "115481");
  const std::string other = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, "115502");

  v1::GetPersonRequest get;
  get.set_id(created.id());
  v1::Person got;
  EXPECT_TRUE(stub_->GetPerson(TestServer::Context(own).get(), get, &got).ok());
  EXPECT_EQ(stub_->GetPerson(TestServer::Context(other).get(), get, &got).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  v1::UpdatePersonRequest update;
  update.mutable_person()->set_id(created.id());
  update.mutable_person()->set_email("intruder@example.org");
  update.mutable_update_mask()->add_paths("email");
  v1::Person updated;
  EXPECT_EQ(stub_->UpdatePerson(TestServer::Context(other).get(), update, &updated).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  v1::ListPeopleRequest list;
  list.set_school_urn("115481");
  v1::ListPeopleResponse listed;
  EXPECT_EQ(stub_->ListPeople(TestServer::Context(other).get(), list, &listed).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  ASSERT_TRUE(stub_->GetPerson(TestServer::Context(own).get(), get, &got).ok());
  EXPECT_EQ(got.email(), "t.baker@hillview.gloucs.sch.uk");
}

TEST_F(RegistryIntegrationTest, NoTokenIsUnauthenticated) {
  v1::ListSchoolsRequest req;
  v1::ListSchoolsResponse resp;
  EXPECT_EQ(stub_->ListSchools(TestServer::Context("").get(), req, &resp).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(stub_->ListSchools(TestServer::Context("gsp_wrong").get(), req, &resp).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
}

}  // namespace
}  // namespace partnership::testing
