#include "server/admin_service.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/digest.h"
#include "demo/demo_county.h"
#include "demo/demo_enrolment.h"
#include "server/caller.h"
#include "server/grpc_status.h"

namespace partnership::server {
namespace {

constexpr size_t kChunkBytes = 1u << 20;

}  // namespace

grpc::Status AdminService::Backup(grpc::ServerContext* ctx, const v1::BackupRequest* req,
                                  grpc::ServerWriter<v1::BackupChunk>* writer) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (absl::Status s = access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                           "take backups");
      !s.ok()) {
    return ToGrpc(s);
  }
  auto suffix = RandomHex(8);
  if (!suffix.ok()) return ToGrpc(suffix.status());
  const std::string snapshot = absl::StrCat(db_.path(), ".backup-", *suffix, ".tmp");
  if (absl::Status s = db_.BackupTo(snapshot); !s.ok()) return ToGrpc(s);
  std::string bytes;
  {
    std::ifstream in(snapshot, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
  }
  std::remove(snapshot.c_str());
  if (bytes.empty()) return ToGrpc(absl::InternalError("backup snapshot could not be read"));
  const std::string digest = Sha256Hex(bytes);
  for (size_t offset = 0; offset < bytes.size(); offset += kChunkBytes) {
    v1::BackupChunk chunk;
    chunk.set_data(bytes.substr(offset, kChunkBytes));
    if (offset + kChunkBytes >= bytes.size()) chunk.set_sha256(digest);
    if (!writer->Write(chunk)) {
      return grpc::Status(grpc::StatusCode::CANCELLED, "client went away during the backup");
    }
  }
  return grpc::Status::OK;
}

grpc::Status AdminService::SeedDemo(grpc::ServerContext* ctx, const v1::SeedDemoRequest* req,
                                    v1::SeedDemoResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  if (absl::Status s = access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                           "load the demo county");
      !s.ok()) {
    return ToGrpc(s);
  }
  const demo::DemoCounty county = demo::GenerateDemoCounty(req->seed() == 0 ? 1 : req->seed());
  if (absl::Status s = schools_.LoadCounty(caller, county.schools, county.people); !s.ok()) {
    return ToGrpc(s);
  }
  std::vector<std::string> urns;
  for (const auto& s : county.schools) urns.push_back(s.urn);
  auto enrolled = demo::EnrolDemoMembers(caller, agreements_, people_, urns, "2026-27");
  if (!enrolled.ok()) return ToGrpc(enrolled.status());
  resp->set_members(enrolled->members);
  std::set<std::string> groups, trusts;
  for (const auto& s : county.schools) {
    groups.insert(s.review_group);
    if (!s.trust.empty()) trusts.insert(s.trust);
  }
  resp->set_schools(county.schools.size());
  resp->set_people(county.people.size());
  resp->set_review_groups(groups.size());
  resp->set_trusts(trusts.size());
  return grpc::Status::OK;
}

grpc::Status AdminService::GetServerInfo(grpc::ServerContext* ctx,
                                         const v1::GetServerInfoRequest* req,
                                         v1::ServerInfo* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  resp->set_version(PARTNERSHIP_VERSION);
  resp->set_schema_version(db_.schema_version());
  if (caller.Is(access::AccessRole::kCoordinator)) resp->set_database_path(db_.path());
  registry::SchoolFilter open_schools;
  open_schools.page_size = 1;
  auto schools = schools_.List(caller, open_schools);
  if (schools.ok()) resp->set_schools(schools->total_size);
  if (caller.Is(access::AccessRole::kCoordinator) || caller.Is(access::AccessRole::kLaOfficer) ||
      caller.Is(access::AccessRole::kBoardMember)) {
    registry::PeopleFilter everyone;
    everyone.page_size = 1;
    auto people = people_.List(caller, everyone);
    if (people.ok()) resp->set_people(people->total_size);
    auto entries = audit::CountEntries(db_);
    if (entries.ok()) resp->set_audit_entries(*entries);
  }
  return grpc::Status::OK;
}

}  // namespace partnership::server
