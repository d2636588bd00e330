#include "server/board_service.h"

#include <memory>

#include "board/roster.h"
#include "board/seats.h"
#include "partnership/v1/board.grpc.pb.h"
#include "server/board_convert.h"
#include "server/caller.h"
#include "server/grpc_status.h"

namespace partnership::server {
namespace {

// The answer of every verb that returns one seat.
grpc::Status Reply(const absl::StatusOr<board::Seat>& seat, v1::Seat* resp) {
  if (!seat.ok()) return ToGrpc(seat.status());
  ToProto(*seat, resp);
  return grpc::Status::OK;
}

// Handlers parse, authenticate, call the board domain and map its Status. Owns the domain
// objects it serves.
class BoardServiceImpl final : public v1::BoardService::Service {
 public:
  BoardServiceImpl(storage::Database& db, access::TokenAuthority& tokens,
                   membership::MembershipRegister& members)
      : tokens_(tokens), seats_(db), roster_(db, members) {}

  grpc::Status ListSeats(grpc::ServerContext* ctx, const v1::ListSeatsRequest* req,
                         v1::ListSeatsResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto body = FromProto(req->body(), "body");
    if (!body.ok()) return ToGrpc(body.status());
    board::SeatFilter filter;
    filter.body = *body;
    filter.include_retired = req->include_retired();
    filter.page_size = req->page_size();
    filter.page_token = req->page_token();
    auto page = seats_.List(caller, filter);
    if (!page.ok()) return ToGrpc(page.status());
    for (const board::Seat& s : page->seats) ToProto(s, resp->add_seats());
    resp->set_next_page_token(page->next_page_token);
    resp->set_total_size(page->total_size);
    return grpc::Status::OK;
  }

  grpc::Status GetSeat(grpc::ServerContext* ctx, const v1::GetSeatRequest* req,
                       v1::Seat* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(seats_.Get(caller, req->key()), resp);
  }

  grpc::Status CreateSeat(grpc::ServerContext* ctx, const v1::CreateSeatRequest* req,
                          v1::Seat* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto seat = SeatFromProto(req->seat());
    if (!seat.ok()) return ToGrpc(seat.status());
    return Reply(seats_.Create(caller, *std::move(seat)), resp);
  }

  grpc::Status UpdateSeat(grpc::ServerContext* ctx, const v1::UpdateSeatRequest* req,
                          v1::Seat* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto changes = SeatChangesFromProto(*req);
    if (!changes.ok()) return ToGrpc(changes.status());
    return Reply(seats_.Update(caller, req->key(), *changes), resp);
  }

  grpc::Status RetireSeat(grpc::ServerContext* ctx, const v1::RetireSeatRequest* req,
                          v1::Seat* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(seats_.Retire(caller, req->key(), req->retired_on()), resp);
  }

  grpc::Status InstallDefaultSeats(grpc::ServerContext* ctx,
                                   const v1::InstallDefaultSeatsRequest* req,
                                   v1::InstallDefaultSeatsResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto report = seats_.InstallDefaults(caller);
    if (!report.ok()) return ToGrpc(report.status());
    for (const board::Seat& s : report->created) ToProto(s, resp->add_created());
    for (const std::string& key : report->kept) resp->add_kept(key);
    return grpc::Status::OK;
  }

  grpc::Status FillSeat(grpc::ServerContext* ctx, const v1::FillSeatRequest* req,
                        v1::FillSeatResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    board::FillRequest fill;
    fill.seat_key = req->seat_key();
    fill.person_id = req->person_id();
    fill.from_date = req->from_date();
    fill.to_date = req->to_date();
    fill.election_reference = req->election_reference();
    fill.note = req->note();
    auto result = roster_.Fill(caller, fill);
    if (!result.ok()) return ToGrpc(result.status());
    ToProto(result->holding, resp->mutable_holding());
    for (const board::Holding& h : result->shadow_ended) ToProto(h, resp->add_shadow_ended());
    return grpc::Status::OK;
  }

  grpc::Status EndHolding(grpc::ServerContext* ctx, const v1::EndHoldingRequest* req,
                          v1::Holding* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto holding = roster_.End(caller, req->id(), req->last_day(), req->reason());
    if (!holding.ok()) return ToGrpc(holding.status());
    ToProto(*holding, resp);
    return grpc::Status::OK;
  }

  grpc::Status EndShadowBoard(grpc::ServerContext* ctx, const v1::EndShadowBoardRequest* req,
                              v1::EndShadowBoardResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto ended = roster_.EndShadowBoard(caller, req->last_day());
    if (!ended.ok()) return ToGrpc(ended.status());
    for (const board::Holding& h : *ended) ToProto(h, resp->add_ended());
    return grpc::Status::OK;
  }

  grpc::Status GetRoster(grpc::ServerContext* ctx, const v1::GetRosterRequest* req,
                         v1::Roster* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto body = FromProto(req->body(), "body");
    if (!body.ok()) return ToGrpc(body.status());
    auto view = roster_.On(caller, req->on(), *body);
    if (!view.ok()) return ToGrpc(view.status());
    ToProto(*view, resp);
    return grpc::Status::OK;
  }

  grpc::Status ListHoldings(grpc::ServerContext* ctx, const v1::ListHoldingsRequest* req,
                            v1::ListHoldingsResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    board::HistoryFilter filter;
    filter.seat_key = req->seat_key();
    filter.person_id = req->person_id();
    filter.page_size = req->page_size();
    filter.page_token = req->page_token();
    auto page = roster_.History(caller, filter);
    if (!page.ok()) return ToGrpc(page.status());
    for (const board::Holding& h : page->holdings) ToProto(h, resp->add_holdings());
    resp->set_next_page_token(page->next_page_token);
    resp->set_total_size(page->total_size);
    return grpc::Status::OK;
  }

 private:
  access::TokenAuthority& tokens_;
  board::Seats seats_;
  board::Roster roster_;
};

}  // namespace

std::unique_ptr<grpc::Service> MakeBoardService(storage::Database& db,
                                                  access::TokenAuthority& tokens,
                                                  membership::MembershipRegister& members) {
  return std::make_unique<BoardServiceImpl>(db, tokens, members);
}

}  // namespace partnership::server
