// partnership.v1.RegistryService: schools and people.
#ifndef PARTNERSHIP_SERVER_REGISTRY_SERVICE_H_
#define PARTNERSHIP_SERVER_REGISTRY_SERVICE_H_

#include "access/token_authority.h"
#include "partnership/v1/registry.grpc.pb.h"
#include "registry/people_register.h"
#include "registry/school_register.h"

namespace partnership::server {

// Handlers parse, authenticate, call the registers and map their Status. Owns nothing.
class RegistryService final : public v1::RegistryService::Service {
 public:
  RegistryService(access::TokenAuthority& tokens, registry::SchoolRegister& schools,
                  registry::PeopleRegister& people)
      : tokens_(tokens), schools_(schools), people_(people) {}

  grpc::Status GetSchool(grpc::ServerContext* ctx, const v1::GetSchoolRequest* req,
                         v1::School* resp) override;
  grpc::Status ListSchools(grpc::ServerContext* ctx, const v1::ListSchoolsRequest* req,
                           v1::ListSchoolsResponse* resp) override;
  grpc::Status UpdateSchool(grpc::ServerContext* ctx, const v1::UpdateSchoolRequest* req,
                            v1::School* resp) override;
  grpc::Status ImportSchools(grpc::ServerContext* ctx,
                             grpc::ServerReader<v1::ImportSchoolsRequest>* reader,
                             v1::ImportSchoolsResponse* resp) override;
  grpc::Status CreatePerson(grpc::ServerContext* ctx, const v1::CreatePersonRequest* req,
                            v1::Person* resp) override;
  grpc::Status GetPerson(grpc::ServerContext* ctx, const v1::GetPersonRequest* req,
                         v1::Person* resp) override;
  grpc::Status ListPeople(grpc::ServerContext* ctx, const v1::ListPeopleRequest* req,
                          v1::ListPeopleResponse* resp) override;
  grpc::Status UpdatePerson(grpc::ServerContext* ctx, const v1::UpdatePersonRequest* req,
                            v1::Person* resp) override;
  grpc::Status DeletePerson(grpc::ServerContext* ctx, const v1::DeletePersonRequest* req,
                            google::protobuf::Empty* resp) override;

 private:
  access::TokenAuthority& tokens_;
  registry::SchoolRegister& schools_;
  registry::PeopleRegister& people_;
};

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_REGISTRY_SERVICE_H_
