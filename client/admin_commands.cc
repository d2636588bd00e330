// `partnership admin backup|info|whoami|health` (and `admin token`, in token_commands.cc):
// running the installation.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <thread>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "common/status_macros.h"
#include "google/protobuf/struct.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "openssl/evp.h"
#include "partnership/v1/access.grpc.pb.h"
#include "partnership/v1/admin.grpc.pb.h"

namespace partnership::cli {
namespace {

// SHA-256 of a stream of bytes, to check a backup against the digest the server sends.
class Sha256 {
 public:
  Sha256() : ctx_(EVP_MD_CTX_new()) { EVP_DigestInit_ex(ctx_, EVP_sha256(), nullptr); }
  ~Sha256() { EVP_MD_CTX_free(ctx_); }
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(const std::string& bytes) { EVP_DigestUpdate(ctx_, bytes.data(), bytes.size()); }

  // Lower-case hex.
  std::string HexDigest() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx_, digest, &length);
    return absl::BytesToHexString(
        absl::string_view(reinterpret_cast<const char*>(digest), length));
  }

 private:
  EVP_MD_CTX* ctx_;
};

absl::Status WriteAll(int fd, const std::string& bytes, const std::string& path) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return UsageError(absl::StrCat("FILE: cannot write ", path, ": ", std::strerror(errno)));
    done += static_cast<size_t>(n);
  }
  return absl::OkStatus();
}

// Streams the backup into `tmp`. On success the file is complete, synced and matches the
// server's digest; `bytes` and `sha256` describe it.
absl::Status ReceiveBackup(CliContext& ctx, int fd, const std::string& tmp, int64_t* bytes,
                           std::string* sha256) {
  auto stub = v1::AdminService::NewStub(ctx.channel());
  auto call = ctx.NewCall();
  auto reader = stub->Backup(call.get(), v1::BackupRequest());
  Sha256 hash;
  std::string expected;
  v1::BackupChunk chunk;
  absl::Status local;
  while (reader->Read(&chunk)) {
    local = WriteAll(fd, chunk.data(), tmp);
    if (!local.ok()) {
      call->TryCancel();
      break;
    }
    hash.Update(chunk.data());
    *bytes += static_cast<int64_t>(chunk.data().size());
    if (!chunk.sha256().empty()) expected = absl::AsciiStrToLower(chunk.sha256());
  }
  const grpc::Status finished = reader->Finish();
  RETURN_IF_ERROR(local);
  RETURN_IF_ERROR(ctx.Check(finished));
  *sha256 = hash.HexDigest();
  if (expected.empty()) {
    return absl::DataLossError("the server's backup stream ended without a SHA-256");
  }
  if (expected != *sha256) {
    return absl::DataLossError(absl::StrCat("backup damaged in transit: received ", *sha256,
                                            ", server sent ", expected));
  }
  if (::fsync(fd) != 0) {
    return UsageError(absl::StrCat("FILE: cannot sync ", tmp, ": ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

// Writes to FILE.tmp and renames only a verified copy to FILE, so FILE is either the old
// file or a whole, checked backup, never a partial one.
absl::Status Backup(CliContext& ctx, const std::string& file) {
  if (file.empty()) return UsageError("FILE: must not be empty");
  const std::string tmp = file + ".tmp";
  // 0600: the database holds the hashes of access tokens and people's details.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    return UsageError(absl::StrCat("FILE: cannot create ", tmp, ": ", std::strerror(errno)));
  }
  int64_t bytes = 0;
  std::string sha256;
  absl::Status status = ReceiveBackup(ctx, fd, tmp, &bytes, &sha256);
  if (::close(fd) != 0 && status.ok()) {
    status = UsageError(absl::StrCat("FILE: cannot write ", tmp, ": ", std::strerror(errno)));
  }
  if (status.ok() && std::rename(tmp.c_str(), file.c_str()) != 0) {
    status = UsageError(absl::StrCat("FILE: cannot rename ", tmp, " to ", file, ": ",
                                     std::strerror(errno)));
  }
  if (!status.ok()) {
    ::unlink(tmp.c_str());
    return status;
  }
  if (ctx.json()) {
    google::protobuf::Struct summary;
    auto& fields = *summary.mutable_fields();
    fields["file"].set_string_value(file);
    fields["bytes"].set_number_value(static_cast<double>(bytes));
    fields["sha256"].set_string_value(sha256);
    return ctx.PrintJson(summary);
  }
  ctx.out() << "wrote " << bytes << " bytes to " << file << "\nsha256 " << sha256 << "\n";
  return absl::OkStatus();
}

absl::Status Info(CliContext& ctx) {
  auto stub = v1::AdminService::NewStub(ctx.channel());
  v1::ServerInfo info;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetServerInfo(call.get(), v1::GetServerInfoRequest(), &info)));
  if (ctx.json()) return ctx.PrintJson(info);
  ctx.out() << "server: " << ctx.server() << "\nversion: " << info.version()
            << "\nschema version: " << info.schema_version()
            << "\ndatabase: " << info.database_path() << "\nschools: " << info.schools()
            << "\npeople: " << info.people() << "\naudit entries: " << info.audit_entries()
            << "\n";
  return absl::OkStatus();
}

absl::Status WhoAmI(CliContext& ctx) {
  auto stub = v1::AccessService::NewStub(ctx.channel());
  v1::Token token;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetCaller(call.get(), v1::GetCallerRequest(), &token)));
  if (ctx.json()) return ctx.PrintJson(token);
  ctx.out() << "token: " << token.id() << "\nlabel: " << token.label()
            << "\nrole: " << AccessRoleName(token.role()) << "\n";
  if (!token.school_urn().empty()) ctx.out() << "school: " << token.school_urn() << "\n";
  if (!token.person_id().empty()) ctx.out() << "person: " << token.person_id() << "\n";
  ctx.out() << "created: " << FormatTimestamp(token.create_time()) << "\n";
  return absl::OkStatus();
}

// One Check per attempt; with `wait_text` set, retries every 250 ms until SERVING or the
// time is up. Not serving, or unreachable when the time is up: kExitUnavailable.
absl::Status Health(CliContext& ctx, const std::string& wait_text) {
  double wait = 0;
  if (!wait_text.empty()) {
    ASSIGN_OR_RETURN(wait, ParseSeconds("--wait", wait_text));
  }
  using Clock = std::chrono::steady_clock;
  const auto give_up = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(wait));
  auto stub = grpc::health::v1::Health::NewStub(ctx.channel());
  grpc::health::v1::HealthCheckRequest request;  // service "": the server as a whole
  grpc::health::v1::HealthCheckResponse response;
  absl::Status last;
  while (true) {
    const double left = std::chrono::duration<double>(give_up - Clock::now()).count();
    auto call = ctx.NewCallWithTimeout(std::max(0.5, std::min(ctx.timeout_seconds(), left)));
    response.Clear();
    last = ctx.Check(stub->Check(call.get(), request, &response));
    if (last.ok() && response.status() == grpc::health::v1::HealthCheckResponse::SERVING) break;
    if (Clock::now() + std::chrono::milliseconds(250) >= give_up) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  if (!last.ok()) {
    if (last.code() == absl::StatusCode::kUnavailable ||
        last.code() == absl::StatusCode::kDeadlineExceeded) {
      return last;
    }
    // Any other failure (UNIMPLEMENTED: no health service) still means "not serving".
    return absl::UnavailableError(absl::StrCat("health check of ", ctx.server(), " failed: ",
                                               absl::StatusCodeToString(last.code()), ": ",
                                               last.message()));
  }
  if (ctx.json()) RETURN_IF_ERROR(ctx.PrintJson(response));
  const std::string name = grpc::health::v1::HealthCheckResponse::ServingStatus_Name(
      response.status());
  if (!ctx.json()) ctx.out() << name << "\n";
  if (response.status() != grpc::health::v1::HealthCheckResponse::SERVING) {
    return absl::UnavailableError(absl::StrCat("the server at ", ctx.server(), " is ", name));
  }
  return absl::OkStatus();
}

}  // namespace

void AddAdminCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* admin = app.add_subcommand("admin", "Running the installation: tokens, backups, health");
  admin->require_subcommand(1);
  admin->footer(kGlobalOptionsFooter);

  AddTokenCommands(*admin, ctx);

  auto backup_file = std::make_shared<std::string>();
  CLI::App* backup = admin->add_subcommand(
      "backup",
      "Copy the live database to FILE (written as FILE.tmp, checked against the server's "
      "SHA-256, then renamed; never a partial FILE). Coordinator only.");
  backup->add_option("FILE", *backup_file, "Where to write the backup")->required();
  backup->callback([&ctx, backup_file] {
    ctx.SetAction([&ctx, backup_file] { return Backup(ctx, *backup_file); });
  });

  CLI::App* info = admin->add_subcommand("info", "Server version and database facts");
  info->callback([&ctx] { ctx.SetAction([&ctx] { return Info(ctx); }); });

  CLI::App* whoami = admin->add_subcommand("whoami", "Who the server thinks this token is");
  whoami->callback([&ctx] { ctx.SetAction([&ctx] { return WhoAmI(ctx); }); });

  auto wait = std::make_shared<std::string>();
  CLI::App* health = admin->add_subcommand(
      "health",
      "Ask the standard gRPC health service whether the server is SERVING (no token "
      "needed). Exit 0 when serving, 9 otherwise.");
  health->add_option("--wait", *wait,
                     "Keep asking for up to this many seconds (for scripts starting a server)");
  health->callback([&ctx, wait] {
    ctx.SetTokenOptional();
    ctx.SetAction([&ctx, wait] { return Health(ctx, *wait); });
  });
}

}  // namespace partnership::cli
