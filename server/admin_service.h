// partnership.v1.AdminService: backups, the demo county, server facts.
#ifndef PARTNERSHIP_SERVER_ADMIN_SERVICE_H_
#define PARTNERSHIP_SERVER_ADMIN_SERVICE_H_

#include "access/token_authority.h"
#include "membership/agreements.h"
#include "partnership/v1/admin.grpc.pb.h"
#include "registry/people_register.h"
#include "registry/school_register.h"
#include "storage/database.h"

namespace partnership::server {

// Owns nothing.
class AdminService final : public v1::AdminService::Service {
 public:
  AdminService(access::TokenAuthority& tokens, storage::Database& db,
               registry::SchoolRegister& schools, registry::PeopleRegister& people,
               membership::Agreements& agreements)
      : tokens_(tokens), db_(db), schools_(schools), people_(people), agreements_(agreements) {}

  grpc::Status Backup(grpc::ServerContext* ctx, const v1::BackupRequest* req,
                      grpc::ServerWriter<v1::BackupChunk>* writer) override;
  grpc::Status SeedDemo(grpc::ServerContext* ctx, const v1::SeedDemoRequest* req,
                        v1::SeedDemoResponse* resp) override;
  grpc::Status GetServerInfo(grpc::ServerContext* ctx, const v1::GetServerInfoRequest* req,
                             v1::ServerInfo* resp) override;

 private:
  access::TokenAuthority& tokens_;
  storage::Database& db_;
  registry::SchoolRegister& schools_;
  registry::PeopleRegister& people_;
  membership::Agreements& agreements_;
};

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_ADMIN_SERVICE_H_
