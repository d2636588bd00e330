#include "server/membership_service.h"

#include "server/caller.h"
#include "server/grpc_status.h"
#include "server/membership_convert.h"

namespace partnership::server {
namespace {

// The answer of every verb that returns one agreement.
grpc::Status Reply(const absl::StatusOr<membership::Agreement>& agreement, v1::Agreement* resp) {
  if (!agreement.ok()) return ToGrpc(agreement.status());
  ToProto(*agreement, resp);
  return grpc::Status::OK;
}

}  // namespace

grpc::Status MembershipService::ListAgreementTexts(grpc::ServerContext* ctx,
                                                   const v1::ListAgreementTextsRequest* req,
                                                   v1::ListAgreementTextsResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto page = texts_.List(caller, req->page_size(), req->page_token());
  if (!page.ok()) return ToGrpc(page.status());
  for (const membership::AgreementText& t : page->texts) ToProto(t, resp->add_texts());
  resp->set_next_page_token(page->next_page_token);
  resp->set_total_size(page->total_size);
  return grpc::Status::OK;
}

grpc::Status MembershipService::GetAgreementText(grpc::ServerContext* ctx,
                                                 const v1::GetAgreementTextRequest* req,
                                                 v1::AgreementText* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto text = texts_.Get(caller, req->version());
  if (!text.ok()) return ToGrpc(text.status());
  ToProto(*text, resp);
  return grpc::Status::OK;
}

grpc::Status MembershipService::CreateAgreementText(grpc::ServerContext* ctx,
                                                    const v1::CreateAgreementTextRequest* req,
                                                    v1::AgreementText* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto text = AgreementTextFromProto(req->text());
  if (!text.ok()) return ToGrpc(text.status());
  auto created = texts_.Create(caller, *std::move(text));
  if (!created.ok()) return ToGrpc(created.status());
  ToProto(*created, resp);
  return grpc::Status::OK;
}

grpc::Status MembershipService::ApplyForMembership(grpc::ServerContext* ctx,
                                                   const v1::ApplyForMembershipRequest* req,
                                                   v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  membership::Application app;
  app.school_urn = req->school_urn();
  app.academic_year = req->academic_year();
  app.text_version = req->text_version();
  app.applied_on = req->applied_on();
  return Reply(agreements_.Apply(caller, app), resp);
}

grpc::Status MembershipService::RecordGoverningBodyApproval(
    grpc::ServerContext* ctx, const v1::RecordGoverningBodyApprovalRequest* req,
    v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return Reply(agreements_.RecordGoverningBodyApproval(caller, req->id(), req->approved_on(),
                                                       req->minute_reference()),
               resp);
}

grpc::Status MembershipService::SignAgreement(grpc::ServerContext* ctx,
                                              const v1::SignAgreementRequest* req,
                                              v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return Reply(agreements_.Sign(caller, req->id(), req->headteacher_id(), req->signed_on()), resp);
}

grpc::Status MembershipService::RenewAgreement(grpc::ServerContext* ctx,
                                               const v1::RenewAgreementRequest* req,
                                               v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return Reply(agreements_.Renew(caller, req->id(), req->renewed_on()), resp);
}

grpc::Status MembershipService::SuspendAgreement(grpc::ServerContext* ctx,
                                                 const v1::SuspendAgreementRequest* req,
                                                 v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return Reply(agreements_.Suspend(caller, req->id(), req->suspended_from(), req->reason()),
               resp);
}

grpc::Status MembershipService::ReinstateAgreement(grpc::ServerContext* ctx,
                                                   const v1::ReinstateAgreementRequest* req,
                                                   v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return Reply(agreements_.Reinstate(caller, req->id(), req->reinstated_on()), resp);
}

grpc::Status MembershipService::WithdrawAgreement(grpc::ServerContext* ctx,
                                                  const v1::WithdrawAgreementRequest* req,
                                                  v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return Reply(agreements_.Withdraw(caller, req->id(), req->withdrawn_from(), req->reason()),
               resp);
}

grpc::Status MembershipService::GetAgreement(grpc::ServerContext* ctx,
                                             const v1::GetAgreementRequest* req,
                                             v1::Agreement* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return Reply(agreements_.Get(caller, req->id()), resp);
}

grpc::Status MembershipService::ListAgreements(grpc::ServerContext* ctx,
                                               const v1::ListAgreementsRequest* req,
                                               v1::ListAgreementsResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto status = FromProto(req->status(), "status");
  if (!status.ok()) return ToGrpc(status.status());
  membership::AgreementFilter filter;
  filter.school_urn = req->school_urn();
  filter.academic_year = req->academic_year();
  filter.status = *status;
  filter.page_size = req->page_size();
  filter.page_token = req->page_token();
  auto page = agreements_.List(caller, filter);
  if (!page.ok()) return ToGrpc(page.status());
  for (const membership::Agreement& a : page->agreements) ToProto(a, resp->add_agreements());
  resp->set_next_page_token(page->next_page_token);
  resp->set_total_size(page->total_size);
  return grpc::Status::OK;
}

grpc::Status MembershipService::GetBanding(grpc::ServerContext* ctx,
                                           const v1::GetBandingRequest* req, v1::Banding* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto banding = contributions_.Get(caller, req->academic_year());
  if (!banding.ok()) return ToGrpc(banding.status());
  ToProto(*banding, resp);
  return grpc::Status::OK;
}

grpc::Status MembershipService::SetBanding(grpc::ServerContext* ctx,
                                           const v1::SetBandingRequest* req, v1::Banding* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto banding = BandingFromProto(req->banding());
  if (!banding.ok()) return ToGrpc(banding.status());
  auto stored = contributions_.Set(caller, *std::move(banding));
  if (!stored.ok()) return ToGrpc(stored.status());
  ToProto(*stored, resp);
  return grpc::Status::OK;
}

grpc::Status MembershipService::ListMembership(grpc::ServerContext* ctx,
                                               const v1::ListMembershipRequest* req,
                                               v1::ListMembershipResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto status = FromProto(req->status(), "status");
  if (!status.ok()) return ToGrpc(status.status());
  membership::RegisterFilter filter;
  filter.academic_year = req->academic_year();
  filter.status = *status;
  filter.page_size = req->page_size();
  filter.page_token = req->page_token();
  auto page = register_.List(caller, filter);
  if (!page.ok()) return ToGrpc(page.status());
  for (const membership::MembershipEntry& e : page->entries) ToProto(e, resp->add_entries());
  resp->set_next_page_token(page->next_page_token);
  resp->set_total_size(page->total_size);
  resp->set_academic_year(page->academic_year);
  resp->set_active_members(page->active_members);
  resp->set_school_contributions_pence(page->school_contributions_pence);
  if (page->la_contribution_pence) resp->set_la_contribution_pence(*page->la_contribution_pence);
  return grpc::Status::OK;
}

}  // namespace partnership::server
