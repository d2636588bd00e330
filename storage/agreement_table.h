// The agreements table and each agreement's history (agreement_events).
#ifndef PARTNERSHIP_STORAGE_AGREEMENT_TABLE_H_
#define PARTNERSHIP_STORAGE_AGREEMENT_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "membership/agreement.h"
#include "storage/database.h"

namespace partnership::storage {

// Which agreements a List or Count returns. Empty / unset fields match anything.
struct AgreementQuery {
  std::string school_urn;
  std::string academic_year;
  std::optional<membership::AgreementStatus> status;
  int64_t after_id = 0;  // keyset paging
  int limit = 0;         // 0: no limit
};

// Reads and writes agreements inside a transaction. Does not own `txn`. Agreements come back
// with their history (oldest first) and renewed_by_id filled in; school name, pupils and
// contribution are left for the domain.
class AgreementTable {
 public:
  explicit AgreementTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND ("agreement 12 not found") if there is none.
  absl::StatusOr<membership::Agreement> Get(int64_t id);
  // Matching agreements in id order.
  absl::StatusOr<std::vector<membership::Agreement>> List(const AgreementQuery& query);
  absl::StatusOr<int> Count(const AgreementQuery& query);
  // The school's live (not withdrawn) agreement for the year, if any.
  absl::StatusOr<std::optional<membership::Agreement>> FindLive(const std::string& school_urn,
                                                                const std::string& academic_year);
  // Inserts `agreement` (id and history ignored) and returns its id. ALREADY_EXISTS if the
  // school already has a live agreement for the year.
  absl::StatusOr<int64_t> Insert(const membership::Agreement& agreement);
  // Replaces the stored fields of agreement `agreement.id` (not its history); NOT_FOUND if
  // absent.
  absl::Status Update(const membership::Agreement& agreement);
  // Appends `event` to the history of agreement `id`.
  absl::Status AppendEvent(int64_t id, const membership::AgreementEvent& event);

 private:
  absl::Status LoadHistory(std::vector<membership::Agreement>& agreements);

  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_AGREEMENT_TABLE_H_
