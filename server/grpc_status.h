// The one place where an absl::Status becomes a grpc::Status.
#ifndef PARTNERSHIP_SERVER_GRPC_STATUS_H_
#define PARTNERSHIP_SERVER_GRPC_STATUS_H_

#include <grpcpp/support/status.h>

#include "absl/status/status.h"

namespace partnership::server {

// Same code (the two enumerations share their numbers), same message.
inline grpc::Status ToGrpc(const absl::Status& s) {
  if (s.ok()) return grpc::Status::OK;
  return grpc::Status(static_cast<grpc::StatusCode>(s.code()), std::string(s.message()));
}

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_GRPC_STATUS_H_
