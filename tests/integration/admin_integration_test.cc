// AdminService, health checking and reflection against the real server.
#include <SQLiteCpp/Database.h>

#include <fstream>

#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

TEST(AdminIntegrationTest, HealthIsServingWithoutAToken) {
  TestServer server;
  auto health = grpc::health::v1::Health::NewStub(server.channel());
  grpc::health::v1::HealthCheckResponse resp;
  grpc::ClientContext ctx;
  ASSERT_TRUE(health->Check(&ctx, grpc::health::v1::HealthCheckRequest(), &resp).ok());
  EXPECT_EQ(resp.status(), grpc::health::v1::HealthCheckResponse::SERVING);
}

// Two servers on one address would split the calls between two databases.
TEST(AdminIntegrationTest, SecondServerOnTheSameAddressRefusesToStart) {
  TestServer first;
  server::ServerOptions options;
  options.listen = first.address();
  options.db_path = first.dir() + "/other.db";
  options.log_rpcs = false;
  auto second = server::PartnershipServer::Start(options);
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable) << second.status();
}

TEST(AdminIntegrationTest, DemoCountyLoadsOnceWithPeopleAndGroups) {
  TestServer server;
  auto admin = v1::AdminService::NewStub(server.channel());
  v1::SeedDemoRequest req;
  req.set_seed(7);
  v1::SeedDemoResponse resp;
  grpc::Status s = admin->SeedDemo(TestServer::Context(server.coordinator_token()).get(), req, &resp);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_GE(resp.schools(), 270);
  EXPECT_LE(resp.schools(), 320);
  EXPECT_EQ(resp.review_groups(), 12);
  EXPECT_GT(resp.people(), resp.schools() * 3);
  EXPECT_EQ(admin->SeedDemo(TestServer::Context(server.coordinator_token()).get(), req, &resp)
                .error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
}

TEST(AdminIntegrationTest, BackupIsAConsistentDatabaseWithTheSameSchools) {
  TestServer server;
  v1::ImportSchoolsResponse report;
  ASSERT_TRUE(server.Import(server.coordinator_token(), SampleExtract(), "916", &report).ok());
  auto admin = v1::AdminService::NewStub(server.channel());
  auto ctx = TestServer::Context(server.coordinator_token());
  auto reader = admin->Backup(ctx.get(), v1::BackupRequest());
  std::string bytes, digest;
  v1::BackupChunk chunk;
  while (reader->Read(&chunk)) {
    bytes += chunk.data();
    if (!chunk.sha256().empty()) digest = chunk.sha256();
  }
  ASSERT_TRUE(reader->Finish().ok());
  EXPECT_EQ(digest.size(), 64u);
  const std::string copy = server.dir() + "/copy.db";
  {
    std::ofstream out(copy, std::ios::binary);
    out << bytes;
  }
  SQLite::Database restored(copy, SQLite::OPEN_READONLY);
  EXPECT_EQ(restored.execAndGet("SELECT count(*) FROM schools").getInt(), 18);
}

TEST(AdminIntegrationTest, SchoolTokenCannotTakeBackups) {
  TestServer server;
  v1::ImportSchoolsResponse report;
  ASSERT_TRUE(server.Import(server.coordinator_token(), SampleExtract(), "916", &report).ok());
  const std::string school = server.IssueToken(v1::ACCESS_ROLE_SCHOOL, "115481");
  auto admin = v1::AdminService::NewStub(server.channel());
  auto ctx = TestServer::Context(school);
  auto reader = admin->Backup(ctx.get(), v1::BackupRequest());
  v1::BackupChunk chunk;
  EXPECT_FALSE(reader->Read(&chunk));
  EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

}  // namespace
}  // namespace partnership::testing
