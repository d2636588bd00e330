// For integration tests: partnershipd in-process on a free loopback port with a fresh
// database, and stubs that carry a chosen token.
#ifndef PARTNERSHIP_TESTS_INTEGRATION_TEST_SERVER_H_
#define PARTNERSHIP_TESTS_INTEGRATION_TEST_SERVER_H_

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

#include "partnership/v1/access.grpc.pb.h"
#include "partnership/v1/admin.grpc.pb.h"
#include "partnership/v1/audit.grpc.pb.h"
#include "partnership/v1/registry.grpc.pb.h"
#include "partnership/v1/reviews.grpc.pb.h"
#include "server/partnership_server.h"

namespace partnership::testing {

class TestServer {
 public:
  TestServer();
  ~TestServer();

  std::shared_ptr<grpc::Channel> channel() const { return channel_; }
  const std::string& coordinator_token() const { return coordinator_token_; }
  const std::string& db_path() const { return db_path_; }
  const std::string& dir() const { return dir_; }
  // "127.0.0.1:<port>".
  std::string address() const;

  // A client context carrying "authorization: Bearer <token>" (none if `token` is empty).
  static std::unique_ptr<grpc::ClientContext> Context(const std::string& token);

  // Issues a token through AccessService as the coordinator; returns its secret.
  std::string IssueToken(v1::AccessRole role, const std::string& school_urn = "",
                         const std::string& person_id = "");

  // Streams `bytes` to ImportSchools as `token`.
  grpc::Status Import(const std::string& token, const std::string& bytes,
                      const std::string& la_code, v1::ImportSchoolsResponse* response,
                      bool dry_run = false);

 private:
  std::string dir_;
  std::string db_path_;
  std::string coordinator_token_;
  std::unique_ptr<server::PartnershipServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

// The bytes of tests/data/edubasealldata_sample.csv.
std::string SampleExtract();

}  // namespace partnership::testing

#endif  // PARTNERSHIP_TESTS_INTEGRATION_TEST_SERVER_H_
