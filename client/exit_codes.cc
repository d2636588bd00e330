#include "client/exit_codes.h"

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"

namespace partnership::cli {
namespace {

// Status payloads mark the two local kinds of failure. absl has no code of its own for
// either, and reusing INVALID_ARGUMENT would make a typo indistinguishable (exit code 3) from
// a refusal by the server.
constexpr char kUsagePayload[] = "type.partnership/cli.UsageError";
constexpr char kIntegrityPayload[] = "type.partnership/cli.IntegrityError";

}  // namespace

std::string ExitCodeHelp() {
  return "Exit codes:\n"
         "  0  success\n"
         "  1  other or internal error\n"
         "  2  usage error or bad local input (bad flag value, unreadable file)\n"
         "  3  the server refused the input (INVALID_ARGUMENT)\n"
         "  4  not found (NOT_FOUND)\n"
         "  5  already exists (ALREADY_EXISTS)\n"
         "  6  the token may not do this (PERMISSION_DENIED)\n"
         "  7  no valid token: missing, unknown or revoked (UNAUTHENTICATED)\n"
         "  8  not possible in the current state (FAILED_PRECONDITION)\n"
         "  9  server unreachable or too slow (UNAVAILABLE, DEADLINE_EXCEEDED)\n"
         " 10  integrity check failed (audit verify found a broken chain)\n"
         "\n"
         "Environment: PARTNERSHIP_SERVER (address), PARTNERSHIP_TOKEN (the secret itself),\n"
         "PARTNERSHIP_TOKEN_FILE (a file holding the secret).";
}

absl::Status UsageError(absl::string_view message) {
  absl::Status status(absl::StatusCode::kInvalidArgument, message);
  status.SetPayload(kUsagePayload, absl::Cord("1"));
  return status;
}

absl::Status IntegrityError(absl::string_view message) {
  absl::Status status(absl::StatusCode::kDataLoss, message);
  status.SetPayload(kIntegrityPayload, absl::Cord("1"));
  return status;
}

bool IsUsageError(const absl::Status& status) {
  return status.GetPayload(kUsagePayload).has_value();
}

absl::Status FromGrpc(const grpc::Status& status, absl::string_view server) {
  if (status.ok()) return absl::OkStatus();
  const auto code = static_cast<absl::StatusCode>(status.error_code());
  if (code == absl::StatusCode::kUnavailable) {
    return absl::Status(code, absl::StrCat("cannot reach the server at ", server, ": ",
                                           status.error_message()));
  }
  if (code == absl::StatusCode::kDeadlineExceeded) {
    return absl::Status(code, absl::StrCat("no answer from the server at ", server,
                                           " in time (see --timeout): ",
                                           status.error_message()));
  }
  return absl::Status(code, status.error_message());
}

int ExitCodeFor(const absl::Status& status) {
  if (status.ok()) return kExitOk;
  if (IsUsageError(status)) return kExitUsage;
  if (status.GetPayload(kIntegrityPayload).has_value()) return kExitIntegrity;
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange:
      return kExitInvalidArgument;
    case absl::StatusCode::kNotFound:
      return kExitNotFound;
    case absl::StatusCode::kAlreadyExists:
      return kExitAlreadyExists;
    case absl::StatusCode::kPermissionDenied:
      return kExitPermissionDenied;
    case absl::StatusCode::kUnauthenticated:
      return kExitUnauthenticated;
    case absl::StatusCode::kFailedPrecondition:
      return kExitFailedPrecondition;
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kDeadlineExceeded:
      return kExitUnavailable;
    default:
      return kExitInternal;
  }
}

std::string ErrorLine(const absl::Status& status) {
  if (IsUsageError(status)) return absl::StrCat("partnership: ", status.message());
  if (status.GetPayload(kIntegrityPayload).has_value()) {
    return absl::StrCat("partnership: integrity check failed: ", status.message());
  }
  return absl::StrCat("partnership: ", absl::StatusCodeToString(status.code()), ": ",
                      status.message());
}

}  // namespace partnership::cli
