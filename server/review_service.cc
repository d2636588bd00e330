#include "server/review_service.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "server/caller.h"
#include "server/grpc_status.h"
#include "server/review_convert.h"
#include "partnership/scheduler/json.h"

namespace partnership::server {
namespace {

// Schedule and Repair let the solver run for at most an hour (0 means 60 s, as in the proto).
absl::Status CheckTimeLimit(double seconds) {
  if (seconds < 0 || seconds > 3600) {
    return absl::InvalidArgumentError("time_limit_seconds: must be between 0 and 3600");
  }
  return absl::OkStatus();
}

}  // namespace

grpc::Status ReviewService::CreateReviewCycle(grpc::ServerContext* ctx,
                                              const v1::CreateReviewCycleRequest* req,
                                              v1::ReviewCycle* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto cycle = cycles_.Create(caller, CycleFromProto(req->cycle()));
  if (!cycle.ok()) return ToGrpc(cycle.status());
  ToProto(*cycle, resp);
  return grpc::Status::OK;
}

grpc::Status ReviewService::GetReviewCycle(grpc::ServerContext* ctx,
                                           const v1::GetReviewCycleRequest* req,
                                           v1::ReviewCycle* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto cycle = cycles_.Get(caller, req->name());
  if (!cycle.ok()) return ToGrpc(cycle.status());
  ToProto(*cycle, resp);
  return grpc::Status::OK;
}

grpc::Status ReviewService::ListReviewCycles(grpc::ServerContext* ctx,
                                             const v1::ListReviewCyclesRequest* req,
                                             v1::ListReviewCyclesResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (req->page_size() < 0) {
    return ToGrpc(absl::InvalidArgumentError("page_size: must not be negative"));
  }
  auto cycles = cycles_.List(caller);
  if (!cycles.ok()) return ToGrpc(cycles.status());
  // Cycles are one a year: a page token is the last name seen.
  const int page_size = req->page_size() == 0 ? 100 : std::min(req->page_size(), 1000);
  int emitted = 0;
  for (const reviews::ReviewCycle& c : *cycles) {
    if (!req->page_token().empty() && c.name <= req->page_token()) continue;
    if (emitted == page_size) {
      resp->set_next_page_token(resp->cycles(resp->cycles_size() - 1).name());
      break;
    }
    ToProto(c, resp->add_cycles());
    ++emitted;
  }
  return grpc::Status::OK;
}

grpc::Status ReviewService::UpdateReviewCycle(grpc::ServerContext* ctx,
                                              const v1::UpdateReviewCycleRequest* req,
                                              v1::ReviewCycle* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto cycle = cycles_.Get(caller, req->cycle().name());
  if (!cycle.ok()) return ToGrpc(cycle.status());
  if (absl::Status s = ApplyCycleUpdate(*req, *cycle); !s.ok()) return ToGrpc(s);
  auto updated = cycles_.Update(caller, *cycle);
  if (!updated.ok()) return ToGrpc(updated.status());
  ToProto(*updated, resp);
  return grpc::Status::OK;
}

grpc::Status ReviewService::ScheduleReviewCycle(grpc::ServerContext* ctx,
                                                const v1::ScheduleReviewCycleRequest* req,
                                                v1::ReviewSchedule* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (absl::Status s = CheckTimeLimit(req->time_limit_seconds()); !s.ok()) return ToGrpc(s);
  auto schedule = cycles_.Schedule(caller, req->name(), req->seed(), req->time_limit_seconds());
  if (!schedule.ok()) return ToGrpc(schedule.status());
  ToProto(*schedule, resp);
  return grpc::Status::OK;
}

grpc::Status ReviewService::RepairReviewSchedule(grpc::ServerContext* ctx,
                                                 const v1::RepairReviewScheduleRequest* req,
                                                 v1::RepairReviewScheduleResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (absl::Status s = CheckTimeLimit(req->time_limit_seconds()); !s.ok()) return ToGrpc(s);
  std::vector<std::string> changes;
  auto schedule = cycles_.Repair(caller, req->name(), req->leader_id(), req->seed(),
                                 req->time_limit_seconds(), &changes);
  if (!schedule.ok()) return ToGrpc(schedule.status());
  ToProto(*schedule, resp->mutable_schedule());
  for (std::string& change : changes) resp->add_changes(std::move(change));
  return grpc::Status::OK;
}

grpc::Status ReviewService::GetReviewSchedule(grpc::ServerContext* ctx,
                                              const v1::GetReviewScheduleRequest* req,
                                              v1::ReviewSchedule* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto schedule = cycles_.GetSchedule(caller, req->name());
  if (!schedule.ok()) return ToGrpc(schedule.status());
  ToProto(*schedule, resp);
  return grpc::Status::OK;
}

grpc::Status ReviewService::ExportReviewProblem(grpc::ServerContext* ctx,
                                                const v1::ExportReviewProblemRequest* req,
                                                v1::ExportReviewProblemResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto problem = cycles_.BuildProblem(caller, req->name(), req->seed() == 0 ? 1 : req->seed(), 0);
  if (!problem.ok()) return ToGrpc(problem.status());
  resp->set_problem_json(scheduler::ProblemToJson(*problem));
  return grpc::Status::OK;
}

grpc::Status ReviewService::ImportReviewSchedule(grpc::ServerContext* ctx,
                                                 const v1::ImportReviewScheduleRequest* req,
                                                 v1::ReviewSchedule* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto schedule = scheduler::ParseScheduleJson(req->schedule_json());
  if (!schedule.ok()) return ToGrpc(schedule.status());
  auto stored = cycles_.ImportSchedule(caller, req->name(), *std::move(schedule));
  if (!stored.ok()) return ToGrpc(stored.status());
  ToProto(*stored, resp);
  return grpc::Status::OK;
}

grpc::Status ReviewService::ConfirmReviewSchedule(grpc::ServerContext* ctx,
                                                  const v1::ConfirmReviewScheduleRequest* req,
                                                  v1::ReviewCycle* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto cycle = cycles_.Confirm(caller, req->name());
  if (!cycle.ok()) return ToGrpc(cycle.status());
  ToProto(*cycle, resp);
  return grpc::Status::OK;
}

grpc::Status ReviewService::ListDaysLedger(grpc::ServerContext* ctx,
                                           const v1::ListDaysLedgerRequest* req,
                                           v1::ListDaysLedgerResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto rows = cycles_.Ledger(caller, req->school_urn());
  if (!rows.ok()) return ToGrpc(rows.status());
  for (const reviews::LedgerEntry& row : *rows) {
    v1::DaysLedgerEntry* e = resp->add_entries();
    e->set_cycle(row.cycle);
    e->set_school_urn(row.days.school);
    e->set_school_name(row.school_name);
    e->set_head_days_given(row.days.head_days_given);
    e->set_deputy_days_given(row.days.deputy_days_given);
    e->set_head_days_balance(row.days.head_days_balance);
    e->set_deputy_days_balance(row.days.deputy_days_balance);
  }
  return grpc::Status::OK;
}

grpc::Status ReviewService::CreateConflict(grpc::ServerContext* ctx,
                                           const v1::CreateConflictRequest* req,
                                           v1::Conflict* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  const scheduler::Conflict c{req->conflict().school_a(), req->conflict().school_b(),
                              req->conflict().reason()};
  if (absl::Status s = conflicts_.Add(caller, c); !s.ok()) return ToGrpc(s);
  *resp = req->conflict();
  return grpc::Status::OK;
}

grpc::Status ReviewService::ListConflicts(grpc::ServerContext* ctx,
                                          const v1::ListConflictsRequest* req,
                                          v1::ListConflictsResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto conflicts = conflicts_.List(caller);
  if (!conflicts.ok()) return ToGrpc(conflicts.status());
  for (const scheduler::Conflict& c : *conflicts) {
    v1::Conflict* out = resp->add_conflicts();
    out->set_school_a(c.a);
    out->set_school_b(c.b);
    out->set_reason(c.reason);
  }
  return grpc::Status::OK;
}

grpc::Status ReviewService::DeleteConflict(grpc::ServerContext* ctx,
                                           const v1::DeleteConflictRequest* req,
                                           google::protobuf::Empty* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return ToGrpc(conflicts_.Remove(caller, req->school_a(), req->school_b()));
}

}  // namespace partnership::server
