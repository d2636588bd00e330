#include "tests/integration/test_server.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace partnership::testing {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TestServer::TestServer() {
  char dir_template[] = "/tmp/partnership-it-XXXXXX";
  dir_ = mkdtemp(dir_template);
  db_path_ = dir_ + "/p.db";
  server::ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.db_path = db_path_;
  options.log_rpcs = false;
  auto started = server::PartnershipServer::Start(options);
  EXPECT_TRUE(started.ok()) << started.status();
  server_ = *std::move(started);
  coordinator_token_ = std::string(
      absl::StripAsciiWhitespace(ReadAll(server::CoordinatorTokenPath(db_path_))));
  channel_ = grpc::CreateChannel(absl::StrCat("127.0.0.1:", server_->port()),
                                 grpc::InsecureChannelCredentials());
}

std::string TestServer::address() const { return absl::StrCat("127.0.0.1:", server_->port()); }

TestServer::~TestServer() {
  server_.reset();
  std::filesystem::remove_all(dir_);
}

std::unique_ptr<grpc::ClientContext> TestServer::Context(const std::string& token) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  return ctx;
}

std::string TestServer::IssueToken(v1::AccessRole role, const std::string& school_urn,
                                   const std::string& person_id) {
  auto stub = v1::AccessService::NewStub(channel_);
  v1::CreateTokenRequest req;
  req.mutable_token()->set_role(role);
  req.mutable_token()->set_label("integration test");
  req.mutable_token()->set_school_urn(school_urn);
  req.mutable_token()->set_person_id(person_id);
  v1::CreateTokenResponse resp;
  grpc::Status s = stub->CreateToken(Context(coordinator_token_).get(), req, &resp);
  EXPECT_TRUE(s.ok()) << s.error_message();
  return resp.secret();
}

grpc::Status TestServer::Import(const std::string& token, const std::string& bytes,
                                const std::string& la_code, v1::ImportSchoolsResponse* response,
                                bool dry_run) {
  auto stub = v1::RegistryService::NewStub(channel_);
  auto ctx = Context(token);
  auto writer = stub->ImportSchools(ctx.get(), response);
  v1::ImportSchoolsRequest header;
  header.mutable_header()->set_la_code(la_code);
  header.mutable_header()->set_file_name("edubasealldata_sample.csv");
  header.mutable_header()->set_dry_run(dry_run);
  writer->Write(header);
  constexpr size_t kChunk = 4096;  // small, so the test crosses chunk boundaries
  for (size_t i = 0; i < bytes.size(); i += kChunk) {
    v1::ImportSchoolsRequest chunk;
    chunk.set_chunk(bytes.substr(i, kChunk));
    if (!writer->Write(chunk)) break;
  }
  writer->WritesDone();
  return writer->Finish();
}

std::string SampleExtract() { return ReadAll("tests/data/edubasealldata_sample.csv"); }

}  // namespace partnership::testing
