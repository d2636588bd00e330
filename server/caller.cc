#include "server/caller.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace partnership::server {

absl::StatusOr<access::Principal> Authenticate(grpc::ServerContext& context,
                                               access::TokenAuthority& tokens) {
  const auto& metadata = context.client_metadata();
  auto it = metadata.find("authorization");
  if (it == metadata.end()) {
    return absl::UnauthenticatedError(
        "no token: send \"authorization: Bearer <token>\" (partnership --token-file FILE)");
  }
  absl::string_view value(it->second.data(), it->second.size());
  constexpr absl::string_view kBearer = "Bearer ";
  if (!absl::StartsWithIgnoreCase(value, kBearer)) {
    return absl::UnauthenticatedError("authorization: expected \"Bearer <token>\"");
  }
  auto principal = tokens.Authenticate(absl::StripAsciiWhitespace(value.substr(kBearer.size())));
  if (principal.ok()) context.AddTrailingMetadata(kCallerMetadataKey, principal->Describe());
  return principal;
}

}  // namespace partnership::server
