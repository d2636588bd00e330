#include "server/rpc_log.h"

#include <grpcpp/support/status.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "common/iso_date.h"
#include "server/caller.h"

namespace partnership::server {
namespace {

const char* CodeName(grpc::StatusCode code) {
  static const char* kNames[] = {
      "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
      "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
      "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
      "UNAUTHENTICATED"};
  const int i = static_cast<int>(code);
  return i >= 0 && i <= 16 ? kNames[i] : "?";
}

class RpcLog : public grpc::experimental::Interceptor {
 public:
  explicit RpcLog(grpc::experimental::ServerRpcInfo* info)
      : method_(info->method()), start_(std::chrono::steady_clock::now()) {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    using grpc::experimental::InterceptionHookPoints;
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      std::string caller = "-";
      if (auto* trailing = methods->GetSendTrailingMetadata()) {
        auto it = trailing->find(kCallerMetadataKey);
        if (it != trailing->end()) caller = it->second;
      }
      const grpc::Status status = methods->GetSendStatus();
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - start_)
                          .count();
      const std::string line =
          absl::StrCat(FormatUtc(absl::Now()), " rpc ", method_, " caller=", caller,
                       " status=", CodeName(status.error_code()), " ms=", ms, "\n");
      std::fputs(line.c_str(), stderr);
    }
    methods->Proceed();
  }

 private:
  const std::string method_;
  const std::chrono::steady_clock::time_point start_;
};

class RpcLogFactory : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return new RpcLog(info);
  }
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> MakeRpcLogFactory() {
  return std::make_unique<RpcLogFactory>();
}

}  // namespace partnership::server
