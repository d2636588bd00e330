// One line on stderr per RPC: method, caller, status and milliseconds.
#ifndef PARTNERSHIP_SERVER_RPC_LOG_H_
#define PARTNERSHIP_SERVER_RPC_LOG_H_

#include <grpcpp/support/server_interceptor.h>

#include <memory>

namespace partnership::server {

// A gRPC server interceptor factory that writes, when each call ends:
//   2026-11-22T07:12:03Z rpc /partnership.v1.RegistryService/ListSchools caller=tok_3f2a (COORDINATOR) status=OK ms=3
// The caller is "-" when the call carried no valid token.
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> MakeRpcLogFactory();

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_RPC_LOG_H_
