// The agreement_texts and agreement_clauses tables. Texts are only ever added.
#ifndef PARTNERSHIP_STORAGE_AGREEMENT_TEXT_TABLE_H_
#define PARTNERSHIP_STORAGE_AGREEMENT_TEXT_TABLE_H_

#include <vector>

#include "absl/status/statusor.h"
#include "membership/agreement_text.h"
#include "storage/database.h"

namespace partnership::storage {

// Reads and adds agreement texts inside a transaction. Does not own `txn`.
class AgreementTextTable {
 public:
  explicit AgreementTextTable(Transaction& txn) : txn_(txn) {}

  // The text with `version` and its clauses in order; NOT_FOUND ("agreement text version 4
  // not found") if there is none.
  absl::StatusOr<membership::AgreementText> Get(int version);
  // Texts with a version above `after_version`, in version order, at most `limit` (0: all).
  absl::StatusOr<std::vector<membership::AgreementText>> List(int after_version, int limit);
  absl::StatusOr<int> Count();
  // Stores `text` as the next version (its version field is ignored) and returns that version.
  absl::StatusOr<int> Insert(const membership::AgreementText& text);

 private:
  absl::Status LoadClauses(membership::AgreementText& text);

  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_AGREEMENT_TEXT_TABLE_H_
