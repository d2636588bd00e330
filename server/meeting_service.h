// partnership.v1.MeetingService: general meetings, motions, proxies, votes and minutes.
#ifndef PARTNERSHIP_SERVER_MEETING_SERVICE_H_
#define PARTNERSHIP_SERVER_MEETING_SERVICE_H_

#include <grpcpp/grpcpp.h>

#include <memory>

#include "access/token_authority.h"
#include "membership/membership_register.h"
#include "storage/database.h"

namespace partnership::server {

// Builds the domain objects over `db` and the gRPC service that serves them; the returned
// service owns them. `db`, `tokens` and `members` must outlive it.
std::unique_ptr<grpc::Service> MakeMeetingService(storage::Database& db,
                                                  access::TokenAuthority& tokens,
                                                  membership::MembershipRegister& members);

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_MEETING_SERVICE_H_
