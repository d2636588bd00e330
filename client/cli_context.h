// What every command shares: the global options, the channel to the server, the token, the
// output streams, and the one command chosen on the command line.
#ifndef PARTNERSHIP_CLIENT_CLI_CONTEXT_H_
#define PARTNERSHIP_CLIENT_CLI_CONTEXT_H_

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "grpcpp/support/status.h"

namespace CLI {
class App;
}  // namespace CLI

namespace partnership::cli {

// The options valid anywhere on the command line ("partnership --json schools list" and
// "partnership schools list --json" mean the same), as typed. Resolve() checks them.
struct GlobalOptions {
  std::string server;      // --server; else $PARTNERSHIP_SERVER; else 127.0.0.1:50051
  std::string token_file;  // --token-file; else $PARTNERSHIP_TOKEN; else $PARTNERSHIP_TOKEN_FILE
  std::string tls_ca;      // --tls-ca: PEM file of the CA; empty means plaintext
  std::string timeout = "30";  // --timeout: seconds, the deadline of each RPC
  bool json = false;           // --json: one proto3 JSON document on stdout
};

inline constexpr char kDefaultServer[] = "127.0.0.1:50051";

// Reads a local file named on the command line. A file that cannot be read is a UsageError
// naming the flag and the file: "--token-file: cannot read /x/y: No such file or directory".
absl::StatusOr<std::string> ReadLocalFile(absl::string_view flag, const std::string& path);

// Writes `text` to `path` through "<path>.tmp" and a rename, so a reader never sees a partial
// file and a failure leaves any earlier file as it was. A UsageError naming the flag and the
// file if it cannot be written.
absl::Status WriteLocalFile(absl::string_view flag, const std::string& path,
                            const std::string& text);

// The token secret to send, by the precedence above: the contents of `token_file` if given,
// else `env_token` (the secret itself), else the contents of `env_token_file`. Whitespace and
// newlines around the secret are removed (files written by editors end with a newline). ""
// when none is given: the call goes without a token and the server decides (health checks
// need none). An unreadable file or a file holding only whitespace is a UsageError.
absl::StatusOr<std::string> ResolveToken(const std::string& token_file, const char* env_token,
                                         const char* env_token_file);

class CliContext {
 public:
  // Commands write data to `out` and messages to `err`; both must outlive the context.
  CliContext(std::ostream& out, std::ostream& err);

  CliContext(const CliContext&) = delete;
  CliContext& operator=(const CliContext&) = delete;

  // Adds --server, --token-file, --tls-ca, --timeout and --json to `app`.
  void AddGlobalOptions(CLI::App& app);

  // Called by a command's parse callback: `action` is what runs once parsing is done.
  void SetAction(std::function<absl::Status()> action) { action_ = std::move(action); }
  bool has_action() const { return static_cast<bool>(action_); }

  // For commands the server answers without a token (the health check): Resolve() then
  // goes on without one when the token file cannot be read, for example while a starting
  // server has not yet written it.
  void SetTokenOptional() { token_optional_ = true; }

  // Checks the global options and the environment, reads the token and the CA file, and
  // makes the channel (it connects lazily, on the first call). UsageError on bad input.
  absl::Status Resolve();

  // Runs the chosen command. Requires Resolve() to have succeeded.
  absl::Status RunAction() { return action_(); }

  // A context for one RPC: deadline now + --timeout, and "authorization: Bearer <secret>"
  // when there is a token.
  std::unique_ptr<grpc::ClientContext> NewCall() const;

  // As NewCall() but with the given deadline in seconds from now.
  std::unique_ptr<grpc::ClientContext> NewCallWithTimeout(double seconds) const;

  // The status of a finished RPC as an absl::Status naming this server when it cannot be
  // reached.
  absl::Status Check(const grpc::Status& status) const;

  // Writes `message` as proto3 JSON (fields with default values included, so scripts can
  // rely on "added": 0 being there) followed by a newline to out().
  absl::Status PrintJson(const google::protobuf::Message& message);

  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  bool json() const { return options_.json; }
  const std::string& server() const { return server_; }
  double timeout_seconds() const { return timeout_seconds_; }
  const std::shared_ptr<grpc::Channel>& channel() const { return channel_; }
  const GlobalOptions& options() const { return options_; }

 private:
  std::ostream& out_;
  std::ostream& err_;
  GlobalOptions options_;
  std::function<absl::Status()> action_;
  bool token_optional_ = false;

  std::string server_;
  std::string token_;
  double timeout_seconds_ = 30;
  std::shared_ptr<grpc::Channel> channel_;
};

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_CLI_CONTEXT_H_
