#include "server/partnership_server.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>

#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "access/token_authority.h"
#include "membership/agreement_texts.h"
#include "membership/agreements.h"
#include "membership/contributions.h"
#include "membership/membership_register.h"
#include "registry/people_register.h"
#include "registry/school_register.h"
#include "server/access_service.h"
#include "server/admin_service.h"
#include "server/audit_service.h"
#include "server/board_service.h"
#include "server/election_service.h"
#include "server/meeting_service.h"
#include "server/membership_service.h"
#include "server/review_service.h"
#include "reviews/review_cycles.h"
#include "server/registry_service.h"
#include "server/rpc_log.h"
#include "storage/database.h"

namespace partnership::server {

struct PartnershipServer::Parts {
  std::unique_ptr<storage::Database> db;
  std::unique_ptr<access::TokenAuthority> tokens;
  std::unique_ptr<registry::SchoolRegister> schools;
  std::unique_ptr<registry::PeopleRegister> people;
  std::unique_ptr<RegistryService> registry_service;
  std::unique_ptr<AccessService> access_service;
  std::unique_ptr<AuditService> audit_service;
  std::unique_ptr<AdminService> admin_service;
  std::unique_ptr<membership::AgreementTexts> agreement_texts;
  std::unique_ptr<membership::Agreements> agreements;
  std::unique_ptr<membership::Contributions> contributions;
  std::unique_ptr<membership::MembershipRegister> membership_register;
  std::unique_ptr<MembershipService> membership_service;
  std::unique_ptr<reviews::ReviewCycles> review_cycles;
  std::unique_ptr<reviews::SchoolConflicts> school_conflicts;
  std::unique_ptr<ReviewService> review_service;
  std::unique_ptr<grpc::Service> election_service;
  std::unique_ptr<grpc::Service> board_service;
  std::unique_ptr<grpc::Service> meeting_service;
};

namespace {

bool IsLoopback(const std::string& listen) {
  const size_t colon = listen.rfind(':');
  const std::string host = colon == std::string::npos ? listen : listen.substr(0, colon);
  return host == "localhost" || host == "[::1]" || absl::StartsWith(host, "127.");
}

absl::StatusOr<std::string> ReadFile(const std::string& path, const char* flag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::InvalidArgumentError(absl::StrCat(flag, ": cannot read ", path));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> Credentials(const ServerOptions& o) {
  if (o.tls_cert_file.empty() != o.tls_key_file.empty()) {
    return absl::InvalidArgumentError("--tls_cert and --tls_key: give both or neither");
  }
  if (o.tls_cert_file.empty()) {
    if (!IsLoopback(o.listen) && !o.allow_insecure_remote) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--listen: ", o.listen, " is not a loopback address; serve TLS (--tls_cert, "
          "--tls_key) or pass --allow_insecure_remote"));
    }
    return grpc::InsecureServerCredentials();
  }
  auto cert = ReadFile(o.tls_cert_file, "--tls_cert");
  if (!cert.ok()) return cert.status();
  auto key = ReadFile(o.tls_key_file, "--tls_key");
  if (!key.ok()) return key.status();
  grpc::SslServerCredentialsOptions ssl;
  ssl.pem_key_cert_pairs.push_back({*key, *cert});
  return grpc::SslServerCredentials(ssl);
}

absl::Status WriteSecretFile(const std::string& path, const std::string& secret) {
  ::unlink(path.c_str());
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
  if (fd < 0) return absl::InternalError(absl::StrCat("cannot create ", path));
  const std::string line = secret + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  ::fchmod(fd, S_IRUSR | S_IWUSR);
  ::close(fd);
  if (!ok) return absl::InternalError(absl::StrCat("cannot write ", path));
  return absl::OkStatus();
}

}  // namespace

std::string CoordinatorTokenPath(const std::string& db_path) {
  return db_path + ".coordinator-token";
}

absl::StatusOr<std::unique_ptr<PartnershipServer>> PartnershipServer::Start(
    const ServerOptions& options) {
  if (options.listen.empty() || options.listen.find(':') == std::string::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("--listen: \"", options.listen, "\" is not host:port"));
  }
  auto credentials = Credentials(options);
  if (!credentials.ok()) return credentials.status();

  std::unique_ptr<PartnershipServer> server(new PartnershipServer());
  auto parts = std::make_unique<Parts>();
  auto db = storage::Database::Open(options.db_path);
  if (!db.ok()) return db.status();
  parts->db = *std::move(db);
  parts->tokens = std::make_unique<access::TokenAuthority>(*parts->db);
  parts->schools = std::make_unique<registry::SchoolRegister>(*parts->db);
  parts->people = std::make_unique<registry::PeopleRegister>(*parts->db);
  parts->registry_service =
      std::make_unique<RegistryService>(*parts->tokens, *parts->schools, *parts->people);
  parts->access_service = std::make_unique<AccessService>(*parts->tokens);
  parts->audit_service = std::make_unique<AuditService>(*parts->tokens, *parts->db);
  parts->agreement_texts = std::make_unique<membership::AgreementTexts>(*parts->db);
  parts->agreements = std::make_unique<membership::Agreements>(*parts->db);
  parts->contributions = std::make_unique<membership::Contributions>(*parts->db);
  parts->membership_register = std::make_unique<membership::MembershipRegister>(*parts->db);
  parts->membership_service = std::make_unique<MembershipService>(
      *parts->tokens, *parts->agreement_texts, *parts->agreements, *parts->contributions,
      *parts->membership_register);
  parts->admin_service = std::make_unique<AdminService>(
      *parts->tokens, *parts->db, *parts->schools, *parts->people, *parts->agreements);
  parts->review_cycles =
      std::make_unique<reviews::ReviewCycles>(*parts->db, *parts->membership_register);
  parts->school_conflicts = std::make_unique<reviews::SchoolConflicts>(*parts->db);
  parts->review_service = std::make_unique<ReviewService>(*parts->tokens, *parts->review_cycles,
                                                          *parts->school_conflicts);
  parts->election_service =
      MakeElectionService(*parts->db, *parts->tokens, *parts->membership_register);
  parts->board_service = MakeBoardService(*parts->db, *parts->tokens, *parts->membership_register);
  parts->meeting_service =
      MakeMeetingService(*parts->db, *parts->tokens, *parts->membership_register);

  auto first = parts->tokens->BootstrapCoordinator();
  if (!first.ok()) return first.status();
  if (first->has_value()) {
    const std::string path = CoordinatorTokenPath(options.db_path);
    if (absl::Status s = WriteSecretFile(path, (*first)->secret); !s.ok()) return s;
    server->created_token_file_ = path;
  }

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  // gRPC shares ports (SO_REUSEPORT) by default: a second partnershipd on the same address
  // would then take half the calls with another database. Refuse to start instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.AddListeningPort(options.listen, *credentials, &server->port_);
  builder.RegisterService(parts->registry_service.get());
  builder.RegisterService(parts->access_service.get());
  builder.RegisterService(parts->audit_service.get());
  builder.RegisterService(parts->admin_service.get());
  builder.RegisterService(parts->membership_service.get());
  builder.RegisterService(parts->review_service.get());
  builder.RegisterService(parts->election_service.get());
  builder.RegisterService(parts->board_service.get());
  builder.RegisterService(parts->meeting_service.get());
  if (options.log_rpcs) {
    std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> logs;
    logs.push_back(MakeRpcLogFactory());
    builder.experimental().SetInterceptorCreators(std::move(logs));
  }
  server->grpc_server_ = builder.BuildAndStart();
  if (!server->grpc_server_ || server->port_ == 0) {
    return absl::UnavailableError(absl::StrCat("--listen: cannot listen on ", options.listen,
                                               " (in use, or not an address of this machine)"));
  }
  server->parts_ = std::move(parts);
  return server;
}

PartnershipServer::~PartnershipServer() {
  Shutdown(absl::Seconds(5));
  Wait();
  grpc_server_.reset();
  parts_.reset();  // closes the database last, after every handler is gone
}

std::string PartnershipServer::schema_description() const {
  return absl::StrCat("schema version ", parts_->db->schema_version());
}

void PartnershipServer::Shutdown(absl::Duration grace) {
  if (grpc_server_) {
    grpc_server_->Shutdown(std::chrono::system_clock::now() +
                           absl::ToChronoMilliseconds(grace));
  }
}

void PartnershipServer::Wait() {
  if (grpc_server_) grpc_server_->Wait();
}

}  // namespace partnership::server
