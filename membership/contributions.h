// The contribution banding of each academic year and the local authority's contribution.
#ifndef PARTNERSHIP_MEMBERSHIP_CONTRIBUTIONS_H_
#define PARTNERSHIP_MEMBERSHIP_CONTRIBUTIONS_H_

#include <string>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "membership/banding.h"
#include "storage/database.h"

namespace partnership::membership {

// Thread-safe; does not own `db`.
class Contributions {
 public:
  explicit Contributions(storage::Database& db) : db_(db) {}

  // The banding of `academic_year`; every role. INVALID_ARGUMENT for a malformed year;
  // NOT_FOUND if none is set for it.
  absl::StatusOr<Banding> Get(const access::Principal& caller, const std::string& academic_year);

  // Replaces the whole banding of banding.academic_year (bands and LA contribution) and
  // returns it as stored; coordinator only. INVALID_ARGUMENT as CheckBanding, with nothing
  // stored. Audited. Agreements of that year show contributions under the new banding at once.
  absl::StatusOr<Banding> Set(const access::Principal& caller, Banding banding);

 private:
  storage::Database& db_;
};

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_CONTRIBUTIONS_H_
