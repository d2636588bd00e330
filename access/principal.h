// Who is calling, as established from their bearer token.
#ifndef PARTNERSHIP_ACCESS_PRINCIPAL_H_
#define PARTNERSHIP_ACCESS_PRINCIPAL_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace partnership::access {

enum class AccessRole {
  kUnspecified = 0,
  kCoordinator,
  kBoardMember,
  kSchool,
  kLaOfficer,
  kReviewer,
};

// "COORDINATOR", "BOARD_MEMBER", "SCHOOL", "LA_OFFICER", "REVIEWER".
absl::string_view AccessRoleName(AccessRole role);
std::optional<AccessRole> AccessRoleFromName(absl::string_view name);

// A token as the register keeps it: never the secret, only its hash.
struct Token {
  std::string id;  // "tok_" + 12 hex digits
  std::string label;
  AccessRole role = AccessRole::kUnspecified;
  std::string school_urn;  // SCHOOL: the school it acts for; REVIEWER: the leader's school
  int64_t person_id = 0;   // 0: none
  std::string create_time;
  std::string created_by;
  std::string revoke_time;  // empty while valid
};

// The caller of one RPC. Copied freely.
struct Principal {
  std::string token_id;
  AccessRole role = AccessRole::kUnspecified;
  std::string school_urn;
  int64_t person_id = 0;

  // How the caller appears in logs and the audit trail: "tok_3f2a91c04b7e (COORDINATOR)".
  std::string Describe() const {
    return absl::StrCat(token_id, " (", AccessRoleName(role), ")");
  }
  bool Is(AccessRole r) const { return role == r; }
};

// The principal the server acts as when it changes state on its own (first start).
inline Principal ServerPrincipal() {
  return Principal{"partnershipd", AccessRole::kCoordinator, "", 0};
}

}  // namespace partnership::access

#endif  // PARTNERSHIP_ACCESS_PRINCIPAL_H_
