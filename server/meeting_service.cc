#include "server/meeting_service.h"

#include "meetings/meetings.h"
#include "meetings/minutes.h"
#include "meetings/motions.h"
#include "meetings/proxies.h"
#include "meetings/voting.h"
#include "partnership/v1/meetings.grpc.pb.h"
#include "server/caller.h"
#include "server/grpc_status.h"
#include "server/meeting_convert.h"

namespace partnership::server {
namespace {

// The answer of every verb that returns one domain object as one message.
template <typename T, typename Message>
grpc::Status Reply(const absl::StatusOr<T>& value, Message* resp) {
  if (!value.ok()) return ToGrpc(value.status());
  ToProto(*value, resp);
  return grpc::Status::OK;
}

// Handlers parse, authenticate, call the meetings domain and map its Status. Owns the domain
// objects, which share `db` and `members`.
class MeetingServiceImpl final : public v1::MeetingService::Service {
 public:
  MeetingServiceImpl(storage::Database& db, access::TokenAuthority& tokens,
                     membership::MembershipRegister& members)
      : tokens_(tokens),
        meetings_(db, members),
        motions_(db),
        voting_(db),
        proxies_(db, members),
        minutes_(db, members) {}

  grpc::Status CreateMeeting(grpc::ServerContext* ctx, const v1::CreateMeetingRequest* req,
                             v1::Meeting* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto meeting = NewMeetingFromProto(req->meeting());
    if (!meeting.ok()) return ToGrpc(meeting.status());
    return Reply(meetings_.Create(caller, *meeting), resp);
  }

  grpc::Status GetMeeting(grpc::ServerContext* ctx, const v1::GetMeetingRequest* req,
                          v1::Meeting* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(meetings_.Get(caller, req->id()), resp);
  }

  grpc::Status ListMeetings(grpc::ServerContext* ctx, const v1::ListMeetingsRequest* req,
                            v1::ListMeetingsResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto status = StatusFromProto(req->status(), "status");
    if (!status.ok()) return ToGrpc(status.status());
    meetings::MeetingFilter filter;
    filter.status = *status;
    filter.page_size = req->page_size();
    filter.page_token = req->page_token();
    auto page = meetings_.List(caller, filter);
    if (!page.ok()) return ToGrpc(page.status());
    for (const meetings::Meeting& m : page->meetings) ToProto(m, resp->add_meetings());
    resp->set_next_page_token(page->next_page_token);
    resp->set_total_size(page->total_size);
    return grpc::Status::OK;
  }

  grpc::Status OpenMeeting(grpc::ServerContext* ctx, const v1::OpenMeetingRequest* req,
                           v1::Meeting* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(meetings_.Open(caller, req->id()), resp);
  }

  grpc::Status CloseMeeting(grpc::ServerContext* ctx, const v1::CloseMeetingRequest* req,
                            v1::Meeting* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(meetings_.Close(caller, req->id()), resp);
  }

  grpc::Status RegisterAttendance(grpc::ServerContext* ctx,
                                  const v1::RegisterAttendanceRequest* req,
                                  v1::Meeting* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(meetings_.RegisterAttendance(caller, req->meeting_id(), req->school_urn()),
                 resp);
  }

  grpc::Status CreateMotion(grpc::ServerContext* ctx, const v1::CreateMotionRequest* req,
                            v1::Motion* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto motion = NewMotionFromProto(req->motion());
    if (!motion.ok()) return ToGrpc(motion.status());
    return Reply(motions_.Add(caller, *motion), resp);
  }

  grpc::Status GetMotion(grpc::ServerContext* ctx, const v1::GetMotionRequest* req,
                         v1::Motion* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(motions_.Get(caller, req->id()), resp);
  }

  grpc::Status ListMotions(grpc::ServerContext* ctx, const v1::ListMotionsRequest* req,
                           v1::ListMotionsResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto page = motions_.List(caller, req->meeting_id(), req->page_size(), req->page_token());
    if (!page.ok()) return ToGrpc(page.status());
    for (const meetings::Motion& m : page->motions) ToProto(m, resp->add_motions());
    resp->set_next_page_token(page->next_page_token);
    resp->set_total_size(page->total_size);
    return grpc::Status::OK;
  }

  grpc::Status OpenMotion(grpc::ServerContext* ctx, const v1::OpenMotionRequest* req,
                          v1::Motion* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(motions_.Open(caller, req->id()), resp);
  }

  grpc::Status CloseMotion(grpc::ServerContext* ctx, const v1::CloseMotionRequest* req,
                           v1::Motion* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(motions_.Close(caller, req->id()), resp);
  }

  grpc::Status CastVote(grpc::ServerContext* ctx, const v1::CastVoteRequest* req,
                        v1::VoteReceipt* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto choice = ChoiceFromProto(req->choice(), "choice");
    if (!choice.ok()) return ToGrpc(choice.status());
    return Reply(voting_.Cast(caller, meetings::VoteRequest{req->motion_id(), req->school_urn(),
                                                            *choice}),
                 resp);
  }

  grpc::Status AppointProxy(grpc::ServerContext* ctx, const v1::AppointProxyRequest* req,
                            v1::Proxy* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto appointment = AppointmentFromProto(req->proxy());
    if (!appointment.ok()) return ToGrpc(appointment.status());
    return Reply(proxies_.Appoint(caller, *appointment), resp);
  }

  grpc::Status ListProxies(grpc::ServerContext* ctx, const v1::ListProxiesRequest* req,
                           v1::ListProxiesResponse* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    auto page = proxies_.List(caller, req->meeting_id(), req->page_size(), req->page_token());
    if (!page.ok()) return ToGrpc(page.status());
    for (const meetings::Proxy& p : page->proxies) ToProto(p, resp->add_proxies());
    resp->set_next_page_token(page->next_page_token);
    return grpc::Status::OK;
  }

  grpc::Status GetMinutes(grpc::ServerContext* ctx, const v1::GetMinutesRequest* req,
                          v1::Minutes* resp) override {
    AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
    return Reply(minutes_.Get(caller, req->meeting_id()), resp);
  }

 private:
  access::TokenAuthority& tokens_;
  meetings::Meetings meetings_;
  meetings::Motions motions_;
  meetings::Voting voting_;
  meetings::Proxies proxies_;
  meetings::MeetingMinutes minutes_;
};

}  // namespace

std::unique_ptr<grpc::Service> MakeMeetingService(storage::Database& db,
                                                  access::TokenAuthority& tokens,
                                                  membership::MembershipRegister& members) {
  return std::make_unique<MeetingServiceImpl>(db, tokens, members);
}

}  // namespace partnership::server
