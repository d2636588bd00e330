// partnership.v1.ReviewService: review cycles, their schedules, the days ledger, conflicts.
#ifndef PARTNERSHIP_SERVER_REVIEW_SERVICE_H_
#define PARTNERSHIP_SERVER_REVIEW_SERVICE_H_

#include "access/token_authority.h"
#include "partnership/v1/reviews.grpc.pb.h"
#include "reviews/review_cycles.h"
#include "reviews/school_conflicts.h"

namespace partnership::server {

// Owns nothing. Scheduling runs on the calling RPC's thread without holding the database,
// so other calls are served while a cycle is being solved.
class ReviewService final : public v1::ReviewService::Service {
 public:
  ReviewService(access::TokenAuthority& tokens, reviews::ReviewCycles& cycles,
                reviews::SchoolConflicts& conflicts)
      : tokens_(tokens), cycles_(cycles), conflicts_(conflicts) {}

  grpc::Status CreateReviewCycle(grpc::ServerContext* ctx, const v1::CreateReviewCycleRequest* req,
                                 v1::ReviewCycle* resp) override;
  grpc::Status GetReviewCycle(grpc::ServerContext* ctx, const v1::GetReviewCycleRequest* req,
                              v1::ReviewCycle* resp) override;
  grpc::Status ListReviewCycles(grpc::ServerContext* ctx, const v1::ListReviewCyclesRequest* req,
                                v1::ListReviewCyclesResponse* resp) override;
  grpc::Status UpdateReviewCycle(grpc::ServerContext* ctx, const v1::UpdateReviewCycleRequest* req,
                                 v1::ReviewCycle* resp) override;
  grpc::Status ScheduleReviewCycle(grpc::ServerContext* ctx,
                                   const v1::ScheduleReviewCycleRequest* req,
                                   v1::ReviewSchedule* resp) override;
  grpc::Status GetReviewSchedule(grpc::ServerContext* ctx, const v1::GetReviewScheduleRequest* req,
                                 v1::ReviewSchedule* resp) override;
  grpc::Status RepairReviewSchedule(grpc::ServerContext* ctx,
                                    const v1::RepairReviewScheduleRequest* req,
                                    v1::RepairReviewScheduleResponse* resp) override;
  grpc::Status ExportReviewProblem(grpc::ServerContext* ctx,
                                   const v1::ExportReviewProblemRequest* req,
                                   v1::ExportReviewProblemResponse* resp) override;
  grpc::Status ImportReviewSchedule(grpc::ServerContext* ctx,
                                    const v1::ImportReviewScheduleRequest* req,
                                    v1::ReviewSchedule* resp) override;
  grpc::Status ConfirmReviewSchedule(grpc::ServerContext* ctx,
                                     const v1::ConfirmReviewScheduleRequest* req,
                                     v1::ReviewCycle* resp) override;
  grpc::Status ListDaysLedger(grpc::ServerContext* ctx, const v1::ListDaysLedgerRequest* req,
                              v1::ListDaysLedgerResponse* resp) override;
  grpc::Status CreateConflict(grpc::ServerContext* ctx, const v1::CreateConflictRequest* req,
                              v1::Conflict* resp) override;
  grpc::Status ListConflicts(grpc::ServerContext* ctx, const v1::ListConflictsRequest* req,
                             v1::ListConflictsResponse* resp) override;
  grpc::Status DeleteConflict(grpc::ServerContext* ctx, const v1::DeleteConflictRequest* req,
                              google::protobuf::Empty* resp) override;

 private:
  access::TokenAuthority& tokens_;
  reviews::ReviewCycles& cycles_;
  reviews::SchoolConflicts& conflicts_;
};

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_REVIEW_SERVICE_H_
