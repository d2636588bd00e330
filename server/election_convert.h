// Between partnership.v1 election messages and the elections domain.
#ifndef PARTNERSHIP_SERVER_ELECTION_CONVERT_H_
#define PARTNERSHIP_SERVER_ELECTION_CONVERT_H_

#include "elections/board_elections.h"
#include "partnership/v1/elections.pb.h"

namespace partnership::server {

void ToProto(const elections::BoardElection& in, v1::Election* out);
void ToProto(const elections::Turnout& in, v1::Turnout* out);
void ToProto(const elections::ElectionResult& in, v1::ElectionResult* out);

// The fields of a CreateElection request the domain reads. INVALID_ARGUMENT for an enum
// number the proto does not define.
absl::StatusOr<elections::NewElection> NewElectionFromProto(const v1::Election& in);

// The status filter of ListElections: nullopt for UNSPECIFIED; INVALID_ARGUMENT for an
// undefined number.
absl::StatusOr<std::optional<elections::ElectionStatus>> StatusFilterFromProto(
    v1::ElectionStatus status);

// RFC 3339 for a set Timestamp, "" for an unset one. INVALID_ARGUMENT naming `field` for one
// outside the range a Timestamp may hold.
absl::StatusOr<std::string> TimeFromProto(const v1::OpenVotingRequest& in);

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_ELECTION_CONVERT_H_
