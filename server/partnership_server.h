// partnershipd's insides: the database, the domain services and the gRPC server around them,
// startable in-process (tests do) as well as from main().
#ifndef PARTNERSHIP_SERVER_PARTNERSHIP_SERVER_H_
#define PARTNERSHIP_SERVER_PARTNERSHIP_SERVER_H_

#include <grpcpp/server.h>

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace partnership::server {

struct ServerOptions {
  std::string listen = "127.0.0.1:50051";  // host:port; port 0 picks a free one
  std::string db_path = "partnership.db";
  std::string tls_cert_file;  // PEM; with tls_key_file, serve TLS
  std::string tls_key_file;
  // Plaintext is refused on addresses other than loopback unless this is set.
  bool allow_insecure_remote = false;
  bool log_rpcs = true;  // one stderr line per RPC
};

// Where the first coordinator token is written on a new database: "<db_path>.coordinator-token".
std::string CoordinatorTokenPath(const std::string& db_path);

class PartnershipServer {
 public:
  // Opens (creating and migrating) the database, creates the first coordinator token if the
  // database has none and writes it to CoordinatorTokenPath with mode 0600, and starts
  // serving: the partnership.v1 services, gRPC health checking and reflection.
  //
  // INVALID_ARGUMENT for a bad listen address, a TLS certificate without key (or the
  // reverse), unreadable TLS files, or plaintext on a non-loopback address without
  // allow_insecure_remote; FAILED_PRECONDITION for a database newer than this binary;
  // UNAVAILABLE if the address cannot be bound; INTERNAL for other database failures.
  static absl::StatusOr<std::unique_ptr<PartnershipServer>> Start(const ServerOptions& options);

  ~PartnershipServer();

  // The port actually bound.
  int port() const { return port_; }
  // Set when this start created the first coordinator token; empty otherwise.
  const std::string& created_token_file() const { return created_token_file_; }
  std::string schema_description() const;

  // Stops accepting calls, lets calls in flight finish for up to `grace`, then cancels the
  // rest. Safe to call from any thread, more than once.
  void Shutdown(absl::Duration grace);
  // Blocks until the server has shut down.
  void Wait();

 private:
  struct Parts;
  PartnershipServer() = default;

  std::unique_ptr<Parts> parts_;
  std::unique_ptr<grpc::Server> grpc_server_;
  int port_ = 0;
  std::string created_token_file_;
};

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_PARTNERSHIP_SERVER_H_
