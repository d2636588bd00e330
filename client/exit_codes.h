// How the `partnership` CLI reports failure: one exit code per kind of failure, so scripts can
// tell "you typed it wrong" from "the server said no" from "the server is not there".
#ifndef PARTNERSHIP_CLIENT_EXIT_CODES_H_
#define PARTNERSHIP_CLIENT_EXIT_CODES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "grpcpp/support/status.h"

namespace partnership::cli {

// The process exit codes. They are part of the CLI's interface (documented in the
// `partnership --help` footer and client/README.md): never renumber them.
enum ExitCode : int {
  kExitOk = 0,
  kExitInternal = 1,              // anything not listed below
  kExitUsage = 2,                 // bad flag, bad value, unreadable local file
  kExitInvalidArgument = 3,       // the server refused the request's content
  kExitNotFound = 4,
  kExitAlreadyExists = 5,
  kExitPermissionDenied = 6,
  kExitUnauthenticated = 7,       // no token, unknown token or revoked token
  kExitFailedPrecondition = 8,
  kExitUnavailable = 9,           // server unreachable or too slow (UNAVAILABLE, DEADLINE_EXCEEDED)
  kExitIntegrity = 10,            // `audit verify` found a broken chain
};

// The text of the `--help` footer that lists the exit codes.
std::string ExitCodeHelp();

// A problem with what the user typed or with a local file, found before any call is made.
// Maps to kExitUsage; printed without a code name: "partnership: --limit: ...".
absl::Status UsageError(absl::string_view message);

// The server's answer was well-formed but says the data is damaged (a broken audit chain).
// Maps to kExitIntegrity.
absl::Status IntegrityError(absl::string_view message);

// True if `status` came from UsageError().
bool IsUsageError(const absl::Status& status);

// Converts the status of a finished RPC. The gRPC and absl codes have the same numbers.
// `server` is the address called: UNAVAILABLE and DEADLINE_EXCEEDED messages name it, since
// "which server?" is the first question when a call cannot get through.
absl::Status FromGrpc(const grpc::Status& status, absl::string_view server);

// The exit code for the outcome of a command. OK maps to kExitOk.
int ExitCodeFor(const absl::Status& status);

// The one line printed on stderr for a failed command, without the trailing newline:
// "partnership: NOT_FOUND: school 999 is not in the register", or for usage errors
// "partnership: --limit: "0" is not a positive whole number", for integrity errors
// "partnership: integrity check failed: the audit trail is not intact (1 problem)".
std::string ErrorLine(const absl::Status& status);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_EXIT_CODES_H_
