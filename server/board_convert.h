// Between partnership.v1 board messages and the board domain's own types.
#ifndef PARTNERSHIP_SERVER_BOARD_CONVERT_H_
#define PARTNERSHIP_SERVER_BOARD_CONVERT_H_

#include <optional>

#include "absl/status/statusor.h"
#include "board/holding.h"
#include "board/roster.h"
#include "board/seat.h"
#include "board/seats.h"
#include "partnership/v1/board.pb.h"

namespace partnership::server {

void ToProto(const board::Seat& in, v1::Seat* out);
void ToProto(const board::Holding& in, v1::Holding* out);
void ToProto(const board::RosterView& in, v1::Roster* out);

// The seat in a CreateSeat request. INVALID_ARGUMENT naming the field ("seat.body") for a
// number outside its enum, or for position, retired_on or update_time set (the server
// assigns them). The rest is checked by the domain.
absl::StatusOr<board::Seat> SeatFromProto(const v1::Seat& in);

// The changes an UpdateSeat request asks for; INVALID_ARGUMENT for a number outside an enum.
absl::StatusOr<board::SeatChanges> SeatChangesFromProto(const v1::UpdateSeatRequest& in);

// UNSPECIFIED -> nullopt. INVALID_ARGUMENT naming `field` for a number outside the enum.
absl::StatusOr<std::optional<board::Body>> FromProto(v1::BoardBody body, const char* field);

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_BOARD_CONVERT_H_
