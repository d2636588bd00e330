#include "server/election_service.h"

#include "elections/board_elections.h"
#include "partnership/v1/elections.grpc.pb.h"
#include "server/caller.h"
#include "server/election_convert.h"
#include "server/grpc_status.h"

namespace partnership::server {
namespace {

// Handlers parse, authenticate, call the elections domain and map its Status.
class ElectionServiceImpl final : public v1::ElectionService::Service {
 public:
  ElectionServiceImpl(storage::Database& db, access::TokenAuthority& tokens,
                      membership::MembershipRegister& members)
      : tokens_(tokens), elections_(db, members) {}

  grpc::Status CreateElection(grpc::ServerContext* ctx, const v1::CreateElectionRequest* req,
                              v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto spec = NewElectionFromProto(req->election());
    if (!spec.ok()) return ToGrpc(spec.status());
    return Reply(elections_.Create(caller, *spec), resp);
  }

  grpc::Status GetElection(grpc::ServerContext* ctx, const v1::GetElectionRequest* req,
                           v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(elections_.Get(caller, req->id()), resp);
  }

  grpc::Status ListElections(grpc::ServerContext* ctx, const v1::ListElectionsRequest* req,
                             v1::ListElectionsResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto status = StatusFilterFromProto(req->status());
    if (!status.ok()) return ToGrpc(status.status());
    auto page = elections_.List(caller, *status, req->page_size(), req->page_token());
    if (!page.ok()) return ToGrpc(page.status());
    for (const elections::BoardElection& e : page->elections) ToProto(e, resp->add_elections());
    resp->set_next_page_token(page->next_page_token);
    resp->set_total_size(page->total_size);
    return grpc::Status::OK;
  }

  grpc::Status OpenNominations(grpc::ServerContext* ctx, const v1::OpenNominationsRequest* req,
                               v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(elections_.OpenNominations(caller, req->id()), resp);
  }

  grpc::Status NominateCandidate(grpc::ServerContext* ctx,
                                 const v1::NominateCandidateRequest* req,
                                 v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(elections_.Nominate(caller, req->id(), req->person_id()), resp);
  }

  grpc::Status WithdrawCandidate(grpc::ServerContext* ctx,
                                 const v1::WithdrawCandidateRequest* req,
                                 v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(elections_.WithdrawCandidate(caller, req->id(), req->candidate()), resp);
  }

  grpc::Status NameDelegate(grpc::ServerContext* ctx, const v1::NameDelegateRequest* req,
                            v1::NameDelegateResponse*) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return ToGrpc(
        elections_.NameDelegate(caller, req->id(), req->school_urn(), req->person_id()));
  }

  grpc::Status OpenVoting(grpc::ServerContext* ctx, const v1::OpenVotingRequest* req,
                          v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto closes = TimeFromProto(*req);
    if (!closes.ok()) return ToGrpc(closes.status());
    return Reply(elections_.OpenVoting(caller, req->id(), *closes), resp);
  }

  grpc::Status CastBallot(grpc::ServerContext* ctx, const v1::CastBallotRequest* req,
                          v1::CastBallotResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    std::vector<elections::Preference> preferences;
    for (const v1::Preference& p : req->preferences()) {
      preferences.push_back(elections::Preference{p.candidate(), p.rank()});
    }
    auto receipt = elections_.CastBallot(caller, req->id(), req->school_urn(), preferences,
                                         req->ballot_key());
    if (!receipt.ok()) return ToGrpc(receipt.status());
    resp->set_receipt(receipt->receipt);
    resp->set_replayed(receipt->replayed);
    return grpc::Status::OK;
  }

  grpc::Status GetTurnout(grpc::ServerContext* ctx, const v1::GetTurnoutRequest* req,
                          v1::Turnout* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto turnout = elections_.GetTurnout(caller, req->id());
    if (!turnout.ok()) return ToGrpc(turnout.status());
    ToProto(*turnout, resp);
    return grpc::Status::OK;
  }

  grpc::Status CloseVoting(grpc::ServerContext* ctx, const v1::CloseVotingRequest* req,
                           v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(elections_.CloseVoting(caller, req->id()), resp);
  }

  grpc::Status CountElection(grpc::ServerContext* ctx, const v1::CountElectionRequest* req,
                             v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(elections_.Count(caller, req->id()), resp);
  }

  grpc::Status PublishResult(grpc::ServerContext* ctx, const v1::PublishResultRequest* req,
                             v1::Election* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(elections_.Publish(caller, req->id()), resp);
  }

  grpc::Status GetElectionResult(grpc::ServerContext* ctx,
                                 const v1::GetElectionResultRequest* req,
                                 v1::ElectionResult* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto result = elections_.GetResult(caller, req->id());
    if (!result.ok()) return ToGrpc(result.status());
    ToProto(*result, resp);
    return grpc::Status::OK;
  }

 private:
  static grpc::Status Reply(const absl::StatusOr<elections::BoardElection>& e,
                            v1::Election* resp) {
    if (!e.ok()) return ToGrpc(e.status());
    ToProto(*e, resp);
    return grpc::Status::OK;
  }

  access::TokenAuthority& tokens_;
  elections::BoardElections elections_;
};

}  // namespace

std::unique_ptr<grpc::Service> MakeElectionService(storage::Database& db,
                                                   access::TokenAuthority& tokens,
                                                   membership::MembershipRegister& members) {
  return std::make_unique<ElectionServiceImpl>(db, tokens, members);
}

}  // namespace partnership::server
