// AdminService, health checking and reflection against the real server.
#include <SQLiteCpp/Database.h>

#include <fstream>

#include <grpcpp/generic/generic_stub.h>

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

// Server reflection answers without a token. The reflection messages have no installed C++
// header, so the request is written as bytes: ServerReflectionRequest{list_services: ""} is
// field 7, length 0.
TEST(AdminIntegrationTest, ReflectionListsThePartnershipServicesWithoutAToken) {
  TestServer server;
  grpc::GenericStub stub(server.channel());
  grpc::CompletionQueue cq;
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  auto call = stub.PrepareCall(
      &ctx, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", &cq);
  void* tag = nullptr;
  bool ok = false;
  auto step = [&](void* expected) {
    ASSERT_TRUE(cq.Next(&tag, &ok));
    EXPECT_EQ(tag, expected);
  };
  call->StartCall(reinterpret_cast<void*>(1));
  step(reinterpret_cast<void*>(1));
  const char request_bytes[] = {0x3a, 0x00};
  grpc::Slice slice(request_bytes, sizeof(request_bytes));
  grpc::ByteBuffer request(&slice, 1);
  call->Write(request, reinterpret_cast<void*>(2));
  step(reinterpret_cast<void*>(2));
  grpc::ByteBuffer response;
  call->Read(&response, reinterpret_cast<void*>(3));
  step(reinterpret_cast<void*>(3));
  ASSERT_TRUE(ok);
  std::vector<grpc::Slice> slices;
  ASSERT_TRUE(response.Dump(&slices).ok());
  std::string bytes;
  for (const grpc::Slice& s : slices) bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
  for (const char* service : {"partnership.v1.RegistryService", "partnership.v1.AccessService",
                              "partnership.v1.AuditService", "partnership.v1.ReviewService",
                              "grpc.health.v1.Health"}) {
    EXPECT_NE(bytes.find(service), std::string::npos) << service;
  }
  call->WritesDone(reinterpret_cast<void*>(4));
  step(reinterpret_cast<void*>(4));
  grpc::Status status;
  call->Finish(&status, reinterpret_cast<void*>(5));
  step(reinterpret_cast<void*>(5));
  EXPECT_TRUE(status.ok()) << status.error_message();
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
