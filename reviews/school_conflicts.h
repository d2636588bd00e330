// Pairs of schools whose leaders never review one another (federated, shared governors, a
// dispute): the scheduler reads them with every cycle's problem.
#ifndef PARTNERSHIP_REVIEWS_SCHOOL_CONFLICTS_H_
#define PARTNERSHIP_REVIEWS_SCHOOL_CONFLICTS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "partnership/scheduler/problem.h"
#include "storage/database.h"

namespace partnership::reviews {

// Thread-safe; does not own `db`. Everyone who reads the register reads the conflicts; only
// the coordinator changes them (PERMISSION_DENIED otherwise). Changes are audited.
class SchoolConflicts {
 public:
  explicit SchoolConflicts(storage::Database& db) : db_(db) {}

  // INVALID_ARGUMENT for a malformed URN, a school paired with itself, or a reason that is
  // empty or over 200 characters; NOT_FOUND for an unknown school; ALREADY_EXISTS if the pair
  // is recorded already (in either order).
  absl::Status Add(const access::Principal& caller, const scheduler::Conflict& conflict);
  // NOT_FOUND if the pair is not recorded.
  absl::Status Remove(const access::Principal& caller, const std::string& a,
                      const std::string& b);
  // Every recorded pair, smaller URN first.
  absl::StatusOr<std::vector<scheduler::Conflict>> List(const access::Principal& caller);

 private:
  storage::Database& db_;
};

}  // namespace partnership::reviews

#endif  // PARTNERSHIP_REVIEWS_SCHOOL_CONFLICTS_H_
