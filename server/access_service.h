// partnership.v1.AccessService: bearer tokens.
#ifndef PARTNERSHIP_SERVER_ACCESS_SERVICE_H_
#define PARTNERSHIP_SERVER_ACCESS_SERVICE_H_

#include "access/token_authority.h"
#include "partnership/v1/access.grpc.pb.h"

namespace partnership::server {

// Owns nothing.
class AccessService final : public v1::AccessService::Service {
 public:
  explicit AccessService(access::TokenAuthority& tokens) : tokens_(tokens) {}

  grpc::Status CreateToken(grpc::ServerContext* ctx, const v1::CreateTokenRequest* req,
                           v1::CreateTokenResponse* resp) override;
  grpc::Status ListTokens(grpc::ServerContext* ctx, const v1::ListTokensRequest* req,
                          v1::ListTokensResponse* resp) override;
  grpc::Status RevokeToken(grpc::ServerContext* ctx, const v1::RevokeTokenRequest* req,
                           v1::Token* resp) override;
  grpc::Status GetCaller(grpc::ServerContext* ctx, const v1::GetCallerRequest* req,
                         v1::Token* resp) override;

 private:
  access::TokenAuthority& tokens_;
};

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_ACCESS_SERVICE_H_
