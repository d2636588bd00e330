// Between partnership.v1 registry messages and the registry's own types.
#ifndef PARTNERSHIP_SERVER_REGISTRY_CONVERT_H_
#define PARTNERSHIP_SERVER_REGISTRY_CONVERT_H_

#include <optional>

#include "absl/status/statusor.h"
#include "partnership/v1/registry.pb.h"
#include "registry/people_register.h"
#include "registry/person.h"
#include "registry/school.h"
#include "registry/school_register.h"

namespace partnership::server {

void ToProto(const registry::School& in, v1::School* out);
void ToProto(const registry::Person& in, v1::Person* out);

// PHASE_UNSPECIFIED -> nullopt. INVALID_ARGUMENT naming `field` for a number outside the enum.
absl::StatusOr<std::optional<registry::Phase>> FromProto(v1::Phase phase, const char* field);
absl::StatusOr<std::optional<registry::PersonRole>> FromProto(v1::PersonRole role,
                                                              const char* field);

// The person in a CreatePerson request. INVALID_ARGUMENT for an unknown role number or a
// non-empty id (ids are assigned by the server).
absl::StatusOr<registry::Person> PersonFromProto(const v1::Person& in);

// The changes an UpdateSchool / UpdatePerson request asks for. INVALID_ARGUMENT for an
// empty mask or a path the method does not change (named in the message).
absl::StatusOr<registry::SchoolChanges> SchoolChangesFromProto(const v1::UpdateSchoolRequest& r);
absl::StatusOr<registry::PersonChanges> PersonChangesFromProto(const v1::UpdatePersonRequest& r);

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_REGISTRY_CONVERT_H_
