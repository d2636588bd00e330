// The audit_log table and its head row. Append-only from the product's side.
#ifndef PARTNERSHIP_STORAGE_AUDIT_TABLE_H_
#define PARTNERSHIP_STORAGE_AUDIT_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "audit/audit_entry.h"
#include "storage/database.h"

namespace partnership::storage {

struct AuditHead {
  int64_t sequence = 0;  // 0: empty trail
  std::string hash;      // kGenesisHash when empty
};

// Does not own `txn`.
class AuditTable {
 public:
  explicit AuditTable(Transaction& txn) : txn_(txn) {}

  // The recorded head (last sequence and hash).
  absl::StatusOr<AuditHead> Head();
  // Inserts `entry` as given and moves the head to it.
  absl::Status Append(const audit::AuditEntry& entry);
  // Entries in storage order (by sequence) after `after_sequence`, filtered by record prefix.
  absl::StatusOr<std::vector<audit::AuditEntry>> List(int64_t after_sequence,
                                                      const std::string& record_prefix,
                                                      int limit);
  // Calls `visit` on every entry in the order the rows are stored (rowid order, which is the
  // order they were appended unless someone edited the file), stopping at a non-OK status.
  absl::Status ForEachStored(absl::FunctionRef<absl::Status(const audit::AuditEntry&)> visit);
  absl::StatusOr<int64_t> Count();

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_AUDIT_TABLE_H_
