#include "server/registry_service.h"

#include "absl/strings/str_cat.h"
#include "access/policy.h"
#include "gias/gias_extract.h"
#include "server/caller.h"
#include "server/grpc_status.h"
#include "server/registry_convert.h"

namespace partnership::server {
namespace {

// The national GIAS export is about 60 MB; anything far larger is not one.
constexpr size_t kMaxImportBytes = 256u << 20;

}  // namespace

grpc::Status RegistryService::GetSchool(grpc::ServerContext* ctx,
                                        const v1::GetSchoolRequest* req, v1::School* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto school = schools_.Get(caller, req->urn());
  if (!school.ok()) return ToGrpc(school.status());
  ToProto(*school, resp);
  return grpc::Status::OK;
}

grpc::Status RegistryService::ListSchools(grpc::ServerContext* ctx,
                                          const v1::ListSchoolsRequest* req,
                                          v1::ListSchoolsResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  registry::SchoolFilter filter;
  auto phase = FromProto(req->phase(), "phase");
  if (!phase.ok()) return ToGrpc(phase.status());
  filter.phase = *phase;
  if (!v1::SchoolStatus_IsValid(req->status())) {
    return ToGrpc(absl::InvalidArgumentError(absl::StrCat("status: unknown value ", req->status())));
  }
  if (req->status() == v1::SCHOOL_STATUS_CLOSED) filter.status = registry::SchoolStatus::kClosed;
  filter.include_closed = req->include_closed();
  filter.review_group = req->review_group();
  filter.la_code = req->la_code();
  filter.page_size = req->page_size();
  filter.page_token = req->page_token();
  auto page = schools_.List(caller, filter);
  if (!page.ok()) return ToGrpc(page.status());
  for (const registry::School& s : page->schools) ToProto(s, resp->add_schools());
  resp->set_next_page_token(page->next_page_token);
  resp->set_total_size(page->total_size);
  return grpc::Status::OK;
}

grpc::Status RegistryService::UpdateSchool(grpc::ServerContext* ctx,
                                           const v1::UpdateSchoolRequest* req, v1::School* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto changes = SchoolChangesFromProto(*req);
  if (!changes.ok()) return ToGrpc(changes.status());
  auto school = schools_.Update(caller, req->school().urn(), *changes);
  if (!school.ok()) return ToGrpc(school.status());
  ToProto(*school, resp);
  return grpc::Status::OK;
}

grpc::Status RegistryService::ImportSchools(grpc::ServerContext* ctx,
                                            grpc::ServerReader<v1::ImportSchoolsRequest>* reader,
                                            v1::ImportSchoolsResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  // Only the coordinator may import: refuse before reading and parsing the file.
  if (absl::Status s = access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                           "import schools");
      !s.ok()) {
    return ToGrpc(s);
  }
  v1::ImportSchoolsRequest part;
  if (!reader->Read(&part) || !part.has_header()) {
    return ToGrpc(absl::InvalidArgumentError(
        "header: the first message must carry the import header (la_code)"));
  }
  const v1::ImportSchoolsHeader header = part.header();
  std::string bytes;
  while (reader->Read(&part)) {
    if (part.has_header()) {
      return ToGrpc(absl::InvalidArgumentError("header: sent twice; send it first and once"));
    }
    if (bytes.size() + part.chunk().size() > kMaxImportBytes) {
      return ToGrpc(absl::InvalidArgumentError(
          absl::StrCat("chunk: the file is larger than ", kMaxImportBytes >> 20,
                       " MiB, which no GIAS export is")));
    }
    bytes += part.chunk();
  }
  if (bytes.empty()) return ToGrpc(absl::InvalidArgumentError("chunk: the file is empty"));
  auto extract = gias::ParseEstablishmentExport(bytes, gias::ExtractOptions{header.la_code()});
  if (!extract.ok()) {
    return ToGrpc(absl::Status(extract.status().code(),
                               absl::StrCat(header.file_name().empty() ? "file" : header.file_name(),
                                            ": ", extract.status().message())));
  }
  registry::ImportBatch batch;
  batch.la_code = header.la_code();
  batch.file_name = header.file_name().empty() ? "(unnamed file)" : header.file_name();
  batch.schools = std::move(extract->schools);
  batch.rows_read = extract->rows_read;
  batch.skipped = extract->skipped;
  batch.dry_run = header.dry_run();
  auto report = schools_.Import(caller, batch);
  if (!report.ok()) return ToGrpc(report.status());
  resp->set_added(report->added);
  resp->set_updated(report->updated);
  resp->set_unchanged(report->unchanged);
  resp->set_closed(report->closed);
  resp->set_skipped(report->skipped);
  resp->set_rows_read(report->rows_read);
  resp->set_dry_run(report->dry_run);
  for (const auto& u : report->added_urns) resp->add_added_urns(u);
  for (const auto& u : report->updated_urns) resp->add_updated_urns(u);
  for (const auto& u : report->closed_urns) resp->add_closed_urns(u);
  return grpc::Status::OK;
}

grpc::Status RegistryService::CreatePerson(grpc::ServerContext* ctx,
                                           const v1::CreatePersonRequest* req, v1::Person* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto person = PersonFromProto(req->person());
  if (!person.ok()) return ToGrpc(person.status());
  auto created = people_.Create(caller, *std::move(person));
  if (!created.ok()) return ToGrpc(created.status());
  ToProto(*created, resp);
  return grpc::Status::OK;
}

grpc::Status RegistryService::GetPerson(grpc::ServerContext* ctx,
                                        const v1::GetPersonRequest* req, v1::Person* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto person = people_.Get(caller, req->id());
  if (!person.ok()) return ToGrpc(person.status());
  ToProto(*person, resp);
  return grpc::Status::OK;
}

grpc::Status RegistryService::ListPeople(grpc::ServerContext* ctx,
                                         const v1::ListPeopleRequest* req,
                                         v1::ListPeopleResponse* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  registry::PeopleFilter filter;
  auto role = FromProto(req->role(), "role");
  if (!role.ok()) return ToGrpc(role.status());
  filter.role = *role;
  filter.school_urn = req->school_urn();
  filter.page_size = req->page_size();
  filter.page_token = req->page_token();
  auto page = people_.List(caller, filter);
  if (!page.ok()) return ToGrpc(page.status());
  for (const registry::Person& p : page->people) ToProto(p, resp->add_people());
  resp->set_next_page_token(page->next_page_token);
  resp->set_total_size(page->total_size);
  return grpc::Status::OK;
}

grpc::Status RegistryService::UpdatePerson(grpc::ServerContext* ctx,
                                           const v1::UpdatePersonRequest* req, v1::Person* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  auto changes = PersonChangesFromProto(*req);
  if (!changes.ok()) return ToGrpc(changes.status());
  auto person = people_.Update(caller, req->person().id(), *changes);
  if (!person.ok()) return ToGrpc(person.status());
  ToProto(*person, resp);
  return grpc::Status::OK;
}

grpc::Status RegistryService::DeletePerson(grpc::ServerContext* ctx,
                                           const v1::DeletePersonRequest* req,
                                           google::protobuf::Empty* resp) {
  AUTHENTICATE_OR_RETURN(caller, *ctx, tokens_);
  return ToGrpc(people_.Delete(caller, req->id()));
}

}  // namespace partnership::server
