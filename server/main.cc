// partnershipd: the partnership's gRPC server.
#include <signal.h>

#include <cstdio>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "server/partnership_server.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "host:port to serve on (port 0 picks a free port)");
ABSL_FLAG(std::string, db, "partnership.db",
          "SQLite database file; created and migrated if needed");
ABSL_FLAG(std::string, tls_cert, "", "PEM certificate chain; with --tls_key, serve TLS");
ABSL_FLAG(std::string, tls_key, "", "PEM private key for --tls_cert");
ABSL_FLAG(bool, allow_insecure_remote, false,
          "allow plaintext on an address other than loopback (only behind a trusted proxy)");
ABSL_FLAG(int, shutdown_grace_seconds, 10,
          "on SIGINT/SIGTERM, how long calls in flight may take to finish");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "partnershipd: serves the schools partnership (registry, access, audit, admin) over "
      "gRPC with its own SQLite store.\n"
      "Usage: partnershipd [--listen 127.0.0.1:50051] [--db partnership.db] "
      "[--tls_cert FILE --tls_key FILE]\n"
      "On a new database it writes the first coordinator token to <db>.coordinator-token.");
  absl::ParseCommandLine(argc, argv);

  // Block the stop signals in every thread; one thread waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  partnership::server::ServerOptions options;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.db_path = absl::GetFlag(FLAGS_db);
  options.tls_cert_file = absl::GetFlag(FLAGS_tls_cert);
  options.tls_key_file = absl::GetFlag(FLAGS_tls_key);
  options.allow_insecure_remote = absl::GetFlag(FLAGS_allow_insecure_remote);

  auto server = partnership::server::PartnershipServer::Start(options);
  if (!server.ok()) {
    std::fprintf(stderr, "partnershipd: %s\n", std::string(server.status().message()).c_str());
    return 1;
  }
  const std::string host = options.listen.substr(0, options.listen.rfind(':'));
  std::fprintf(stderr, "partnershipd: serving on %s:%d (%s), database %s (%s)\n", host.c_str(),
               (*server)->port(), options.tls_cert_file.empty() ? "plaintext" : "TLS",
               options.db_path.c_str(), (*server)->schema_description().c_str());
  if (!(*server)->created_token_file().empty()) {
    std::fprintf(stderr,
                 "partnershipd: new database: the coordinator's token is in %s (mode 0600); "
                 "use it with: partnership --token-file %s ...\n",
                 (*server)->created_token_file().c_str(),
                 (*server)->created_token_file().c_str());
  }
  std::fflush(stderr);

  const absl::Duration grace = absl::Seconds(absl::GetFlag(FLAGS_shutdown_grace_seconds));
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    std::fprintf(stderr, "partnershipd: %s received: finishing calls in flight\n",
                 signal == SIGINT ? "SIGINT" : "SIGTERM");
    (*server)->Shutdown(grace);
  });
  (*server)->Wait();
  stopper.join();
  server->reset();  // closes the database cleanly
  std::fprintf(stderr, "partnershipd: stopped; database closed\n");
  return 0;
}
