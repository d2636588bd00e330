// Issues, checks and revokes bearer tokens. Secrets are shown once and stored only as SHA-256.
#ifndef PARTNERSHIP_ACCESS_TOKEN_AUTHORITY_H_
#define PARTNERSHIP_ACCESS_TOKEN_AUTHORITY_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "access/principal.h"
#include "storage/database.h"

namespace partnership::access {

struct IssuedToken {
  Token token;
  std::string secret;  // "gsp_" + 64 hex digits; the only copy there will ever be
};

// Thread-safe; does not own `db`, which must outlive it.
class TokenAuthority {
 public:
  explicit TokenAuthority(storage::Database& db) : db_(db) {}

  // The caller behind `secret`. UNAUTHENTICATED if the secret is empty, unknown or revoked
  // (the message says which of the last two, never anything about other tokens).
  absl::StatusOr<Principal> Authenticate(absl::string_view secret);

  // Creates a token like `spec` (id, times and created_by are assigned). Coordinator only
  // (PERMISSION_DENIED). INVALID_ARGUMENT when: role is unspecified; label is empty or longer
  // than 200 characters; a SCHOOL token has no school_urn; a REVIEWER token has no person_id
  // or names someone who is not a headteacher or deputy; school_urn is given for a role that
  // has none. NOT_FOUND when the school or person does not exist. Audited.
  absl::StatusOr<IssuedToken> Create(const Principal& caller, const Token& spec);

  // Tokens in creation order after `after_id`, at most `limit` (0: all). Coordinator only.
  absl::StatusOr<std::vector<Token>> List(const Principal& caller, bool include_revoked,
                                          const std::string& after_id, int limit);

  // Revokes token `id`. Coordinator only. NOT_FOUND if absent; FAILED_PRECONDITION if already
  // revoked, or if it is the last valid coordinator token (which would lock everyone out).
  // Audited.
  absl::StatusOr<Token> Revoke(const Principal& caller, const std::string& id);

  // The token a caller holds, for GetCaller.
  absl::StatusOr<Token> Describe(const Principal& caller);

  // On a database with no tokens at all, creates the first coordinator token and returns it;
  // otherwise returns nullopt and changes nothing. Audited as the server.
  absl::StatusOr<std::optional<IssuedToken>> BootstrapCoordinator();

 private:
  absl::StatusOr<IssuedToken> Insert(storage::Transaction& txn, const Principal& caller,
                                     Token token);
  storage::Database& db_;
};

}  // namespace partnership::access

#endif  // PARTNERSHIP_ACCESS_TOKEN_AUTHORITY_H_
