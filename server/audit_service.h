// partnership.v1.AuditService: reading and verifying the audit trail.
#ifndef PARTNERSHIP_SERVER_AUDIT_SERVICE_H_
#define PARTNERSHIP_SERVER_AUDIT_SERVICE_H_

#include "access/token_authority.h"
#include "partnership/v1/audit.grpc.pb.h"
#include "storage/database.h"

namespace partnership::server {

// The coordinator, LA officers and board members read and verify the trail. Owns nothing.
class AuditService final : public v1::AuditService::Service {
 public:
  AuditService(access::TokenAuthority& tokens, storage::Database& db)
      : tokens_(tokens), db_(db) {}

  grpc::Status ListAuditEntries(grpc::ServerContext* ctx,
                                const v1::ListAuditEntriesRequest* req,
                                v1::ListAuditEntriesResponse* resp) override;
  grpc::Status VerifyAuditTrail(grpc::ServerContext* ctx,
                                const v1::VerifyAuditTrailRequest* req,
                                v1::VerifyAuditTrailResponse* resp) override;

 private:
  access::TokenAuthority& tokens_;
  storage::Database& db_;
};

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_AUDIT_SERVICE_H_
