#include "server/audit_service.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "server/caller.h"
#include "server/grpc_status.h"

namespace partnership::server {
namespace {

using access::AccessRole;

absl::Status CanAudit(const access::Principal& caller) {
  return access::RequireRole(
      caller, {AccessRole::kCoordinator, AccessRole::kLaOfficer, AccessRole::kBoardMember},
      "read the audit trail");
}

}  // namespace

grpc::Status AuditService::ListAuditEntries(grpc::ServerContext* ctx,
                                            const v1::ListAuditEntriesRequest* req,
                                            v1::ListAuditEntriesResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (absl::Status s = CanAudit(caller); !s.ok()) return ToGrpc(s);
  if (req->page_size() < 0) {
    return ToGrpc(absl::InvalidArgumentError("page_size: must not be negative"));
  }
  int64_t after = 0;
  if (!req->page_token().empty() && (!absl::SimpleAtoi(req->page_token(), &after) || after < 0)) {
    return ToGrpc(absl::InvalidArgumentError(
        "page_token: not a token from an earlier ListAuditEntries response"));
  }
  const int page_size = req->page_size() == 0 ? 100 : std::min(req->page_size(), 1000);
  auto entries = audit::List(db_, after, req->record_prefix(), page_size + 1);
  if (!entries.ok()) return ToGrpc(entries.status());
  if (static_cast<int>(entries->size()) > page_size) {
    entries->resize(page_size);
    resp->set_next_page_token(absl::StrCat(entries->back().sequence));
  }
  for (const audit::AuditEntry& e : *entries) {
    v1::AuditEntry* out = resp->add_entries();
    out->set_sequence(e.sequence);
    google::protobuf::util::TimeUtil::FromString(e.time, out->mutable_time());
    out->set_actor(e.actor);
    out->set_action(e.action);
    out->set_record(e.record);
    out->set_detail(e.detail);
    out->set_previous_hash(e.previous_hash);
    out->set_hash(e.hash);
  }
  return grpc::Status::OK;
}

grpc::Status AuditService::VerifyAuditTrail(grpc::ServerContext* ctx,
                                            const v1::VerifyAuditTrailRequest* req,
                                            v1::VerifyAuditTrailResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (absl::Status s = CanAudit(caller); !s.ok()) return ToGrpc(s);
  auto v = audit::Verify(db_);
  if (!v.ok()) return ToGrpc(v.status());
  resp->set_intact(v->intact());
  resp->set_entries_checked(v->entries_checked);
  resp->set_head_hash(v->head_hash);
  for (const audit::Problem& p : v->problems) {
    v1::AuditProblem* out = resp->add_problems();
    out->set_sequence(p.sequence);
    switch (p.kind) {
      case audit::Problem::Kind::kEdited: out->set_kind(v1::AuditProblem::KIND_EDITED); break;
      case audit::Problem::Kind::kRemoved: out->set_kind(v1::AuditProblem::KIND_REMOVED); break;
      case audit::Problem::Kind::kReordered:
        out->set_kind(v1::AuditProblem::KIND_REORDERED);
        break;
    }
    out->set_message(p.message);
  }
  return grpc::Status::OK;
}

}  // namespace partnership::server
