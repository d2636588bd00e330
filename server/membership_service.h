// partnership.v1.MembershipService: agreement texts, agreements, banding, the register.
#ifndef PARTNERSHIP_SERVER_MEMBERSHIP_SERVICE_H_
#define PARTNERSHIP_SERVER_MEMBERSHIP_SERVICE_H_

#include "access/token_authority.h"
#include "membership/agreement_texts.h"
#include "membership/agreements.h"
#include "membership/contributions.h"
#include "membership/membership_register.h"
#include "partnership/v1/membership.grpc.pb.h"

namespace partnership::server {

// Handlers parse, authenticate, call the membership domain and map its Status. Owns nothing.
class MembershipService final : public v1::MembershipService::Service {
 public:
  MembershipService(access::TokenAuthority& tokens, membership::AgreementTexts& texts,
                    membership::Agreements& agreements,
                    membership::Contributions& contributions,
                    membership::MembershipRegister& membership_register)
      : tokens_(tokens),
        texts_(texts),
        agreements_(agreements),
        contributions_(contributions),
        register_(membership_register) {}

  grpc::Status ListAgreementTexts(grpc::ServerContext* ctx,
                                  const v1::ListAgreementTextsRequest* req,
                                  v1::ListAgreementTextsResponse* resp) override;
  grpc::Status GetAgreementText(grpc::ServerContext* ctx, const v1::GetAgreementTextRequest* req,
                                v1::AgreementText* resp) override;
  grpc::Status CreateAgreementText(grpc::ServerContext* ctx,
                                   const v1::CreateAgreementTextRequest* req,
                                   v1::AgreementText* resp) override;
  grpc::Status ApplyForMembership(grpc::ServerContext* ctx,
                                  const v1::ApplyForMembershipRequest* req,
                                  v1::Agreement* resp) override;
  grpc::Status RecordGoverningBodyApproval(grpc::ServerContext* ctx,
                                           const v1::RecordGoverningBodyApprovalRequest* req,
                                           v1::Agreement* resp) override;
  grpc::Status SignAgreement(grpc::ServerContext* ctx, const v1::SignAgreementRequest* req,
                             v1::Agreement* resp) override;
  grpc::Status RenewAgreement(grpc::ServerContext* ctx, const v1::RenewAgreementRequest* req,
                              v1::Agreement* resp) override;
  grpc::Status SuspendAgreement(grpc::ServerContext* ctx, const v1::SuspendAgreementRequest* req,
                                v1::Agreement* resp) override;
  grpc::Status ReinstateAgreement(grpc::ServerContext* ctx,
                                  const v1::ReinstateAgreementRequest* req,
                                  v1::Agreement* resp) override;
  grpc::Status WithdrawAgreement(grpc::ServerContext* ctx,
                                 const v1::WithdrawAgreementRequest* req,
                                 v1::Agreement* resp) override;
  grpc::Status GetAgreement(grpc::ServerContext* ctx, const v1::GetAgreementRequest* req,
                            v1::Agreement* resp) override;
  grpc::Status ListAgreements(grpc::ServerContext* ctx, const v1::ListAgreementsRequest* req,
                              v1::ListAgreementsResponse* resp) override;
  grpc::Status GetBanding(grpc::ServerContext* ctx, const v1::GetBandingRequest* req,
                          v1::Banding* resp) override;
  grpc::Status SetBanding(grpc::ServerContext* ctx, const v1::SetBandingRequest* req,
                          v1::Banding* resp) override;
  grpc::Status ListMembership(grpc::ServerContext* ctx, const v1::ListMembershipRequest* req,
                              v1::ListMembershipResponse* resp) override;

 private:
  access::TokenAuthority& tokens_;
  membership::AgreementTexts& texts_;
  membership::Agreements& agreements_;
  membership::Contributions& contributions_;
  membership::MembershipRegister& register_;
};

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_MEMBERSHIP_SERVICE_H_
