// Between partnership.v1 meeting messages and the meetings domain's own types.
#ifndef PARTNERSHIP_SERVER_MEETING_CONVERT_H_
#define PARTNERSHIP_SERVER_MEETING_CONVERT_H_

#include <optional>

#include "absl/status/statusor.h"
#include "meetings/meeting.h"
#include "meetings/meetings.h"
#include "meetings/minutes.h"
#include "meetings/motions.h"
#include "meetings/proxies.h"
#include "meetings/voting.h"
#include "partnership/v1/meetings.pb.h"

namespace partnership::server {

void ToProto(const meetings::Meeting& in, v1::Meeting* out);
void ToProto(const meetings::Motion& in, v1::Motion* out);
void ToProto(const meetings::Proxy& in, v1::Proxy* out);
void ToProto(const meetings::VoteReceipt& in, v1::VoteReceipt* out);
void ToProto(const meetings::Minutes& in, v1::Minutes* out);

// The meeting in a CreateMeeting request. INVALID_ARGUMENT naming the field for an id, status,
// chair name, attendance or time that is set (the server assigns them), or an enum number
// outside the enum. The rest is checked by the domain.
absl::StatusOr<meetings::NewMeeting> NewMeetingFromProto(const v1::Meeting& in);

// The motion in a CreateMotion request; as above.
absl::StatusOr<meetings::NewMotion> NewMotionFromProto(const v1::Motion& in);

// The proxy in an AppointProxy request; as above.
absl::StatusOr<meetings::ProxyAppointment> AppointmentFromProto(const v1::Proxy& in);

// The choice of a CastVote request. INVALID_ARGUMENT naming `field` for a number outside the
// enum (UNSPECIFIED passes, for the domain to refuse in its words).
absl::StatusOr<meetings::VoteChoice> ChoiceFromProto(int choice, const char* field);

// UNSPECIFIED -> nullopt. INVALID_ARGUMENT naming `field` for a number outside the enum.
absl::StatusOr<std::optional<meetings::MeetingStatus>> StatusFromProto(int status,
                                                                       const char* field);

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_MEETING_CONVERT_H_
