// Establishing who is calling an RPC from its bearer token.
#ifndef PARTNERSHIP_SERVER_CALLER_H_
#define PARTNERSHIP_SERVER_CALLER_H_

#include <grpcpp/server_context.h>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "access/token_authority.h"
#include "server/grpc_status.h"

namespace partnership::server {

// Trailing-metadata key carrying the caller's description to the RPC log.
inline constexpr char kCallerMetadataKey[] = "x-partnership-caller";

// Reads "authorization: Bearer <secret>" from the call and asks `tokens` who that is.
// UNAUTHENTICATED when the header is missing, not a Bearer token, unknown or revoked. On
// success the caller is also attached to the call for the RPC log.
absl::StatusOr<access::Principal> Authenticate(grpc::ServerContext& context,
                                               access::TokenAuthority& tokens);

}  // namespace partnership::server

// In an RPC handler: declares `const access::Principal& principal` for the caller of
// `context`, or returns the UNAUTHENTICATED status from the handler.
#define AUTHENTICATE_OR_RETURN(principal, context, tokens)                         \
  auto principal##_or = ::partnership::server::Authenticate((context), (tokens));  \
  if (!principal##_or.ok()) return ::partnership::server::ToGrpc(principal##_or.status()); \
  const ::partnership::access::Principal& principal = *principal##_or

#endif  // PARTNERSHIP_SERVER_CALLER_H_
