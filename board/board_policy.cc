#include "board/board_policy.h"

#include "access/policy.h"

namespace partnership::board {

using access::AccessRole;

absl::Status CanChangeBoard(const access::Principal& caller, absl::string_view action) {
  return access::RequireRole(caller, {AccessRole::kCoordinator}, action);
}

absl::Status CanReadBoard(const access::Principal& caller) {
  return access::RequireRole(caller,
                             {AccessRole::kCoordinator, AccessRole::kBoardMember,
                              AccessRole::kLaOfficer, AccessRole::kSchool},
                             "read the board's seats and roster");
}

}  // namespace partnership::board
