// The tokens table: token records keyed by id, looked up by the SHA-256 of their secret.
#ifndef PARTNERSHIP_STORAGE_TOKEN_TABLE_H_
#define PARTNERSHIP_STORAGE_TOKEN_TABLE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "storage/database.h"

namespace partnership::storage {

// Does not own `txn`.
class TokenTable {
 public:
  explicit TokenTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND if no token has this secret hash (revoked ones are returned: callers check).
  absl::StatusOr<access::Token> FindBySecretHash(const std::string& secret_sha256);
  // NOT_FOUND if there is no token `id`.
  absl::StatusOr<access::Token> Get(const std::string& id);
  // In creation order; revoked ones only if asked.
  absl::StatusOr<std::vector<access::Token>> List(bool include_revoked, const std::string& after_id,
                                                  int limit);
  // ALREADY_EXISTS if the id or the hash is taken.
  absl::Status Insert(const access::Token& token, const std::string& secret_sha256);
  // Sets revoke_time; NOT_FOUND if absent.
  absl::Status Revoke(const std::string& id, const std::string& revoke_time);
  absl::StatusOr<int> CountActive();

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_TOKEN_TABLE_H_
