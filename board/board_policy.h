// Who may read and change the board's seats and roster.
#ifndef PARTNERSHIP_BOARD_BOARD_POLICY_H_
#define PARTNERSHIP_BOARD_BOARD_POLICY_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "access/principal.h"

namespace partnership::board {

// Creating, changing and retiring seats; filling them and ending holdings: the coordinator
// only. PERMISSION_DENIED naming `action` otherwise.
absl::Status CanChangeBoard(const access::Principal& caller, absl::string_view action);

// The seats and the roster are public within the partnership: the coordinator, board
// members, LA officers and school tokens read them. PERMISSION_DENIED otherwise (reviewers).
absl::Status CanReadBoard(const access::Principal& caller);

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_BOARD_POLICY_H_
