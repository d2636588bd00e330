// Between partnership.v1 membership messages and the membership domain's own types.
#ifndef PARTNERSHIP_SERVER_MEMBERSHIP_CONVERT_H_
#define PARTNERSHIP_SERVER_MEMBERSHIP_CONVERT_H_

#include <optional>

#include "absl/status/statusor.h"
#include "membership/agreement.h"
#include "membership/agreement_text.h"
#include "membership/banding.h"
#include "membership/membership_register.h"
#include "partnership/v1/membership.pb.h"

namespace partnership::server {

void ToProto(const membership::AgreementText& in, v1::AgreementText* out);
void ToProto(const membership::Agreement& in, v1::Agreement* out);
void ToProto(const membership::Banding& in, v1::Banding* out);
void ToProto(const membership::MembershipEntry& in, v1::MembershipEntry* out);

// The text in a CreateAgreementText request. INVALID_ARGUMENT for a version, create_time or
// created_by that is set (the server assigns them) or an unknown section number (naming
// "text.clauses[i].section"). The rest is checked by the domain.
absl::StatusOr<membership::AgreementText> AgreementTextFromProto(const v1::AgreementText& in);

// The banding in a SetBanding request. INVALID_ARGUMENT for update_time or updated_by set.
absl::StatusOr<membership::Banding> BandingFromProto(const v1::Banding& in);

// UNSPECIFIED -> nullopt. INVALID_ARGUMENT naming `field` for a number outside the enum.
absl::StatusOr<std::optional<membership::AgreementStatus>> FromProto(v1::AgreementStatus status,
                                                                     const char* field);
absl::StatusOr<std::optional<membership::MembershipStatus>> FromProto(
    v1::MembershipStatus status, const char* field);

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_MEMBERSHIP_CONVERT_H_
