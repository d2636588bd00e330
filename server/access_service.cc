#include "server/access_service.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/caller.h"
#include "server/grpc_status.h"

namespace partnership::server {
namespace {

constexpr int kMaxPageSize = 1000;

void ToProto(const access::Token& t, v1::Token* out) {
  out->set_id(t.id);
  out->set_label(t.label);
  out->set_role(static_cast<v1::AccessRole>(static_cast<int>(t.role)));
  out->set_school_urn(t.school_urn);
  if (t.person_id) out->set_person_id(absl::StrCat(t.person_id));
  out->set_created_by(t.created_by);
  google::protobuf::util::TimeUtil::FromString(t.create_time, out->mutable_create_time());
  if (!t.revoke_time.empty()) {
    google::protobuf::util::TimeUtil::FromString(t.revoke_time, out->mutable_revoke_time());
  }
}

absl::StatusOr<access::Token> FromProto(const v1::Token& in) {
  if (!v1::AccessRole_IsValid(in.role())) {
    return absl::InvalidArgumentError(absl::StrCat("token.role: unknown role ", in.role()));
  }
  access::Token t;
  t.role = static_cast<access::AccessRole>(static_cast<int>(in.role()));
  t.label = in.label();
  t.school_urn = in.school_urn();
  if (!in.person_id().empty() &&
      (!absl::SimpleAtoi(in.person_id(), &t.person_id) || t.person_id <= 0)) {
    return absl::InvalidArgumentError(
        absl::StrCat("token.person_id: \"", in.person_id(), "\" is not a person id"));
  }
  if (!in.id().empty()) {
    return absl::InvalidArgumentError("token.id: leave empty; the server assigns ids");
  }
  return t;
}

}  // namespace

grpc::Status AccessService::CreateToken(grpc::ServerContext* ctx,
                                        const v1::CreateTokenRequest* req,
                                        v1::CreateTokenResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto spec = FromProto(req->token());
  if (!spec.ok()) return ToGrpc(spec.status());
  auto issued = tokens_.Create(caller, *spec);
  if (!issued.ok()) return ToGrpc(issued.status());
  ToProto(issued->token, resp->mutable_token());
  resp->set_secret(issued->secret);
  return grpc::Status::OK;
}

grpc::Status AccessService::ListTokens(grpc::ServerContext* ctx,
                                       const v1::ListTokensRequest* req,
                                       v1::ListTokensResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (req->page_size() < 0) {
    return ToGrpc(absl::InvalidArgumentError("page_size: must not be negative"));
  }
  const int page_size =
      req->page_size() == 0 ? 100 : std::min(req->page_size(), kMaxPageSize);
  auto tokens = tokens_.List(caller, req->include_revoked(), req->page_token(), page_size + 1);
  if (!tokens.ok()) return ToGrpc(tokens.status());
  if (static_cast<int>(tokens->size()) > page_size) {
    tokens->resize(page_size);
    resp->set_next_page_token(tokens->back().id);
  }
  for (const access::Token& t : *tokens) ToProto(t, resp->add_tokens());
  return grpc::Status::OK;
}

grpc::Status AccessService::RevokeToken(grpc::ServerContext* ctx,
                                        const v1::RevokeTokenRequest* req, v1::Token* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto token = tokens_.Revoke(caller, req->id());
  if (!token.ok()) return ToGrpc(token.status());
  ToProto(*token, resp);
  return grpc::Status::OK;
}

grpc::Status AccessService::GetCaller(grpc::ServerContext* ctx, const v1::GetCallerRequest* req,
                                      v1::Token* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto token = tokens_.Describe(caller);
  if (!token.ok()) return ToGrpc(token.status());
  ToProto(*token, resp);
  return grpc::Status::OK;
}

}  // namespace partnership::server
