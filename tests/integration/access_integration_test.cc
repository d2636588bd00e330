// AccessService and AuditService through the generated client against the real server.
#include <SQLiteCpp/Database.h>

#include "gtest/gtest.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

TEST(AccessIntegrationTest, RevokedTokenIsRefusedFromTheNextCall) {
  TestServer server;
  const std::string board = server.IssueToken(v1::ACCESS_ROLE_BOARD_MEMBER);
  auto access = v1::AccessService::NewStub(server.channel());
  v1::Token me;
  ASSERT_TRUE(access->GetCaller(TestServer::Context(board).get(), v1::GetCallerRequest(), &me).ok());
  EXPECT_EQ(me.role(), v1::ACCESS_ROLE_BOARD_MEMBER);

  v1::RevokeTokenRequest revoke;
  revoke.set_id(me.id());
  v1::Token revoked;
  ASSERT_TRUE(access->RevokeToken(TestServer::Context(server.coordinator_token()).get(), revoke,
                                  &revoked)
                  .ok());
  EXPECT_TRUE(revoked.has_revoke_time());
  EXPECT_EQ(access->GetCaller(TestServer::Context(board).get(), v1::GetCallerRequest(), &me)
                .error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
}

TEST(AccessIntegrationTest, OnlyTheCoordinatorIssuesTokens) {
  TestServer server;
  const std::string la = server.IssueToken(v1::ACCESS_ROLE_LA_OFFICER);
  auto access = v1::AccessService::NewStub(server.channel());
  v1::CreateTokenRequest req;
  req.mutable_token()->set_role(v1::ACCESS_ROLE_COORDINATOR);
  req.mutable_token()->set_label("sneaky");
  v1::CreateTokenResponse resp;
  EXPECT_EQ(access->CreateToken(TestServer::Context(la).get(), req, &resp).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  req.mutable_token()->set_label("");
  EXPECT_EQ(access->CreateToken(TestServer::Context(server.coordinator_token()).get(), req, &resp)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(AuditIntegrationTest, TrailVerifiesAndThenCatchesAHandEdit) {
  TestServer server;
  server.IssueToken(v1::ACCESS_ROLE_LA_OFFICER);
  server.IssueToken(v1::ACCESS_ROLE_BOARD_MEMBER);
  auto audit = v1::AuditService::NewStub(server.channel());
  v1::VerifyAuditTrailResponse verdict;
  ASSERT_TRUE(audit->VerifyAuditTrail(TestServer::Context(server.coordinator_token()).get(),
                                      v1::VerifyAuditTrailRequest(), &verdict)
                  .ok());
  EXPECT_TRUE(verdict.intact());
  EXPECT_EQ(verdict.entries_checked(), 3);  // first coordinator token + two issued

  {
    // A second writer on the same file, as an administrator with the sqlite3 shell would be.
    SQLite::Database raw(server.db_path(), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE audit_log SET actor = 'nobody' WHERE sequence = 2");
  }
  ASSERT_TRUE(audit->VerifyAuditTrail(TestServer::Context(server.coordinator_token()).get(),
                                      v1::VerifyAuditTrailRequest(), &verdict)
                  .ok());
  EXPECT_FALSE(verdict.intact());
  ASSERT_EQ(verdict.problems_size(), 1);
  EXPECT_EQ(verdict.problems(0).sequence(), 2);
  EXPECT_EQ(verdict.problems(0).kind(), v1::AuditProblem::KIND_EDITED);
}

}  // namespace
}  // namespace partnership::testing
