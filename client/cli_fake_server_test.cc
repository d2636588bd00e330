// Runs the command line in-process against fake services on a loopback port, to check what
// crosses the wire: headers, chunking, paging, tokens, and what lands on disk.
#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "client/cli.h"
#include "client/exit_codes.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "gtest/gtest.h"
#include "partnership/v1/admin.grpc.pb.h"
#include "partnership/v1/audit.grpc.pb.h"
#include "partnership/v1/registry.grpc.pb.h"

namespace partnership::cli {
namespace {

// SHA-256("abc"), FIPS 180-2 appendix B.1.
constexpr char kAbcSha256[] = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

std::string Authorization(grpc::ServerContext* context) {
  auto it = context->client_metadata().find("authorization");
  return it == context->client_metadata().end() ? "" : std::string(it->second.data(), it->second.size());
}

class FakeRegistry : public v1::RegistryService::Service {
 public:
  grpc::Status ImportSchools(grpc::ServerContext* context,
                             grpc::ServerReader<v1::ImportSchoolsRequest>* reader,
                             v1::ImportSchoolsResponse* response) override {
    authorization = Authorization(context);
    v1::ImportSchoolsRequest request;
    bool first = true;
    while (reader->Read(&request)) {
      if (first) {
        if (!request.has_header()) return {grpc::StatusCode::INVALID_ARGUMENT, "no header"};
        header = request.header();
        first = false;
        continue;
      }
      if (request.has_header()) return {grpc::StatusCode::INVALID_ARGUMENT, "second header"};
      chunk_sizes.push_back(request.chunk().size());
      bytes += request.chunk();
    }
    response->set_added(2);
    response->set_unchanged(1);
    response->set_skipped(5);
    response->set_rows_read(8);
    response->add_added_urns("100001");
    response->add_added_urns("100002");
    return grpc::Status::OK;
  }

  // Three schools, two per page, whatever page_size asks for.
  grpc::Status ListSchools(grpc::ServerContext*, const v1::ListSchoolsRequest* request,
                           v1::ListSchoolsResponse* response) override {
    list_calls++;
    const int start = request->page_token().empty() ? 0 : std::stoi(request->page_token());
    for (int i = start; i < 3 && i < start + 2; ++i) {
      v1::School* s = response->add_schools();
      s->set_urn(std::to_string(100001 + i));
      s->set_name("School " + std::to_string(i));
      s->set_phase(v1::PHASE_PRIMARY);
    }
    if (start + 2 < 3) response->set_next_page_token(std::to_string(start + 2));
    response->set_total_size(3);
    return grpc::Status::OK;
  }

  std::string authorization;
  v1::ImportSchoolsHeader header;
  std::vector<size_t> chunk_sizes;
  std::string bytes;
  int list_calls = 0;
};

class FakeAdmin : public v1::AdminService::Service {
 public:
  grpc::Status Backup(grpc::ServerContext*, const v1::BackupRequest*,
                      grpc::ServerWriter<v1::BackupChunk>* writer) override {
    v1::BackupChunk chunk;
    chunk.set_data("a");
    writer->Write(chunk);
    chunk.set_data("bc");
    chunk.set_sha256(sha256);
    writer->Write(chunk);
    return grpc::Status::OK;
  }
  std::string sha256 = kAbcSha256;
};

class FakeAudit : public v1::AuditService::Service {
 public:
  grpc::Status VerifyAuditTrail(grpc::ServerContext*, const v1::VerifyAuditTrailRequest*,
                                v1::VerifyAuditTrailResponse* response) override {
    response->set_intact(false);
    response->set_entries_checked(4);
    auto* problem = response->add_problems();
    problem->set_sequence(2);
    problem->set_kind(v1::AuditProblem::KIND_EDITED);
    problem->set_message("content does not match its hash");
    return grpc::Status::OK;
  }
};

struct Result {
  int code;
  std::string out, err;
};

class CliFakeServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::unsetenv("PARTNERSHIP_SERVER");
    ::unsetenv("PARTNERSHIP_TOKEN_FILE");
    ::setenv("PARTNERSHIP_TOKEN", "tok-secret", 1);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&registry_);
    builder.RegisterService(&admin_);
    builder.RegisterService(&audit_);
    server_ = builder.BuildAndStart();
    ASSERT_NE(server_, nullptr);
    address_ = "127.0.0.1:" + std::to_string(port);
  }
  void TearDown() override { server_->Shutdown(); }

  Result Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"partnership", "--server", address_});
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int code = RunCli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
  }

  static bool Exists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
  }

  FakeRegistry registry_;
  FakeAdmin admin_;
  FakeAudit audit_;
  std::unique_ptr<grpc::Server> server_;
  std::string address_;
};

TEST_F(CliFakeServerTest, ImportSendsTheHeaderThenTheFileInMebibyteChunksWithTheToken) {
  const std::string path = ::testing::TempDir() + "/edubase_big.csv";
  std::string contents;
  for (int i = 0; contents.size() < (5u << 19); ++i) contents += "row " + std::to_string(i) + "\n";
  std::ofstream(path, std::ios::binary) << contents;

  Result r = Run({"schools", "import", path, "--la", "916", "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "dry run, nothing written: added 2, updated 0, unchanged 1, closed 0, "
                   "skipped 5 (rows read 8)\n");
  EXPECT_EQ(registry_.header.la_code(), "916");
  EXPECT_TRUE(registry_.header.dry_run());
  EXPECT_EQ(registry_.header.file_name(), "edubase_big.csv");
  EXPECT_EQ(registry_.bytes, contents);
  ASSERT_EQ(registry_.chunk_sizes.size(), 3u);
  EXPECT_EQ(registry_.chunk_sizes[0], 1u << 20);
  EXPECT_EQ(registry_.authorization, "Bearer tok-secret");
}

TEST_F(CliFakeServerTest, ImportJsonListsTheUrnsAndKeepsZeroCounts) {
  const std::string path = ::testing::TempDir() + "/edubase_small.csv";
  std::ofstream(path) << "URN\n1\n";
  Result r = Run({"schools", "import", path, "--la", "916", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"updated\": 0"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"100002\""), std::string::npos) << r.out;
}

TEST_F(CliFakeServerTest, ListFollowsPageTokensToTheEnd) {
  Result r = Run({"schools", "list", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(registry_.list_calls, 2);
  EXPECT_NE(r.out.find("100003"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"totalSize\": 3"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("nextPageToken\": \"2"), std::string::npos) << r.out;
}

TEST_F(CliFakeServerTest, ListStopsAtTheLimitAndSaysHowManyThereAre) {
  Result r = Run({"schools", "list", "--limit", "1"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("100001  School 0  primary"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("100002"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "1 of 3 schools\n");
}

TEST_F(CliFakeServerTest, BackupIsRenamedIntoPlaceOnlyWhenTheDigestMatches) {
  const std::string path = ::testing::TempDir() + "/backup_good.db";
  std::remove(path.c_str());
  Result r = Run({"admin", "backup", path});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find(kAbcSha256), std::string::npos) << r.out;
  std::ifstream in(path);
  std::string contents((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(contents, "abc");
  EXPECT_FALSE(Exists(path + ".tmp"));
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600);
}

TEST_F(CliFakeServerTest, BackupWithTheWrongDigestLeavesTheOldFileAlone) {
  admin_.sha256 = std::string(64, '0');
  const std::string path = ::testing::TempDir() + "/backup_bad.db";
  std::ofstream(path) << "yesterday";
  Result r = Run({"admin", "backup", path});
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("DATA_LOSS"), std::string::npos) << r.err;
  std::ifstream in(path);
  std::string contents((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(contents, "yesterday");
  EXPECT_FALSE(Exists(path + ".tmp"));
}

TEST_F(CliFakeServerTest, BrokenAuditChainIsReportedAndExitsTen) {
  Result r = Run({"audit", "verify"});
  EXPECT_EQ(r.code, kExitIntegrity);
  EXPECT_NE(r.out.find("NOT INTACT"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("entry 2: edited"), std::string::npos) << r.out;
}

TEST_F(CliFakeServerTest, MissingMethodIsAnOrdinaryServerError) {
  Result r = Run({"people", "list"});  // the fake registry does not implement ListPeople
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("partnership: UNIMPLEMENTED"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace partnership::cli
