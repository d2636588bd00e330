#include "client/cli_context.h"

#include <cstdio>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/exit_codes.h"
#include "common/status_macros.h"
#include "google/protobuf/util/json_util.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/channel_arguments.h"

namespace partnership::cli {

absl::Status WriteLocalFile(absl::string_view flag, const std::string& path,
                            const std::string& text) {
  const std::string tmp = path + ".tmp";
  bool written = false;
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    file << text;
    written = static_cast<bool>(file);
  }
  if (!written || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return UsageError(absl::StrCat(flag, ": cannot write ", path));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadLocalFile(absl::string_view flag, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return UsageError(absl::StrCat(flag, ": cannot read ", path, ": ", std::strerror(errno)));
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return UsageError(absl::StrCat(flag, ": cannot read ", path));
  return contents.str();
}

absl::StatusOr<std::string> ResolveToken(const std::string& token_file, const char* env_token,
                                         const char* env_token_file) {
  std::string secret;
  absl::string_view source;
  if (!token_file.empty()) {
    ASSIGN_OR_RETURN(secret, ReadLocalFile("--token-file", token_file));
    source = "--token-file";
  } else if (env_token != nullptr && *env_token != '\0') {
    secret = env_token;
    source = "PARTNERSHIP_TOKEN";
  } else if (env_token_file != nullptr && *env_token_file != '\0') {
    ASSIGN_OR_RETURN(secret, ReadLocalFile("PARTNERSHIP_TOKEN_FILE", env_token_file));
    source = "PARTNERSHIP_TOKEN_FILE";
  } else {
    return std::string();
  }
  absl::StripAsciiWhitespace(&secret);
  if (secret.empty()) return UsageError(absl::StrCat(source, ": the token is empty"));
  // A secret with inner spaces or control characters cannot be a header value; refusing it
  // here beats a confusing transport error.
  for (char c : secret) {
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f) {
      return UsageError(absl::StrCat(source, ": the token contains spaces or control characters"));
    }
  }
  return secret;
}

CliContext::CliContext(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

void CliContext::AddGlobalOptions(CLI::App& app) {
  const std::string group = "Global options (valid anywhere on the line)";
  app.add_option("--server", options_.server,
                 "Server address host:port (else $PARTNERSHIP_SERVER, else 127.0.0.1:50051)")
      ->group(group);
  app.add_option("--token-file", options_.token_file,
                 "File holding the access token (else $PARTNERSHIP_TOKEN with the secret "
                 "itself, else the file named by $PARTNERSHIP_TOKEN_FILE)")
      ->group(group);
  app.add_option("--tls-ca", options_.tls_ca,
                 "Connect with TLS, trusting this CA certificate (PEM); plaintext otherwise")
      ->group(group);
  app.add_option("--timeout", options_.timeout, "Deadline of each call to the server, seconds")
      ->capture_default_str()
      ->group(group);
  app.add_flag("--json", options_.json,
               "Print one proto3 JSON document on stdout instead of a table")
      ->group(group);
}

absl::Status CliContext::Resolve() {
  ASSIGN_OR_RETURN(timeout_seconds_, ParseSeconds("--timeout", options_.timeout));

  server_ = options_.server;
  if (server_.empty()) {
    const char* env = std::getenv("PARTNERSHIP_SERVER");
    server_ = (env != nullptr && *env != '\0') ? env : kDefaultServer;
  }
  if (absl::StripAsciiWhitespace(server_).empty() ||
      server_.find_first_of(" \t\n") != std::string::npos) {
    return UsageError(absl::StrCat("--server: \"", server_, "\" is not an address (host:port)"));
  }

  auto token = ResolveToken(options_.token_file, std::getenv("PARTNERSHIP_TOKEN"),
                            std::getenv("PARTNERSHIP_TOKEN_FILE"));
  if (!token.ok() && !token_optional_) return token.status();
  token_ = token.ok() ? *token : "";

  std::shared_ptr<grpc::ChannelCredentials> credentials;
  if (options_.tls_ca.empty()) {
    credentials = grpc::InsecureChannelCredentials();
  } else {
    grpc::SslCredentialsOptions ssl;
    ASSIGN_OR_RETURN(ssl.pem_root_certs, ReadLocalFile("--tls-ca", options_.tls_ca));
    credentials = grpc::SslCredentials(ssl);
  }
  grpc::ChannelArguments args;
  // gRPC backs off up to two minutes between connection attempts; a CLI waiting for a server
  // that is starting (admin health --wait) wants to notice within a second.
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 200);
  args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 200);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
  // Backups and imports can be large; the server decides what it accepts.
  args.SetMaxReceiveMessageSize(64 << 20);
  // A connection attempt that fails at random (seen under load in a fresh bookworm chroot:
  // UNAVAILABLE, "No such file or directory") is tried twice more before the command gives
  // up. The server answers UNAVAILABLE itself only when nothing was stored (a busy
  // database), and a ballot is retried with its ballot key; only a connection lost after the
  // server acted and before it answered could repeat another write.
  args.SetServiceConfigJSON(R"({"methodConfig": [{"name": [{}], "retryPolicy": {
      "maxAttempts": 3, "initialBackoff": "0.1s", "maxBackoff": "0.4s",
      "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}]})");
  channel_ = grpc::CreateCustomChannel(server_, credentials, args);
  return absl::OkStatus();
}

std::unique_ptr<grpc::ClientContext> CliContext::NewCall() const {
  return NewCallWithTimeout(timeout_seconds_);
}

std::unique_ptr<grpc::ClientContext> CliContext::NewCallWithTimeout(double seconds) const {
  auto call = std::make_unique<grpc::ClientContext>();
  call->set_deadline(std::chrono::system_clock::now() +
                     std::chrono::duration_cast<std::chrono::system_clock::duration>(
                         std::chrono::duration<double>(seconds)));
  if (!token_.empty()) call->AddMetadata("authorization", "Bearer " + token_);
  return call;
}

absl::Status CliContext::Check(const grpc::Status& status) const {
  return FromGrpc(status, server_);
}

absl::Status CliContext::PrintJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  std::string json;
  auto status = google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) {
    return absl::InternalError(absl::StrCat("cannot print JSON: ", status.ToString()));
  }
  // add_whitespace already ends the document with a newline.
  out_ << json;
  if (json.empty() || json.back() != '\n') out_ << '\n';
  return absl::OkStatus();
}

}  // namespace partnership::cli
