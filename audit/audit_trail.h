// The partnership's audit trail: every state change, chained by SHA-256.
#ifndef PARTNERSHIP_AUDIT_AUDIT_TRAIL_H_
#define PARTNERSHIP_AUDIT_AUDIT_TRAIL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "audit/audit_entry.h"
#include "storage/database.h"

namespace partnership::audit {

// Appends one entry inside the caller's write transaction, so that the change and its entry
// are committed together or not at all. `time` is RFC 3339 UTC.
// Returns INTERNAL/UNAVAILABLE from storage; FAILED_PRECONDITION if `txn` is read-only.
absl::Status Record(storage::Transaction& txn, const access::Principal& actor,
                    const std::string& time, const std::string& action,
                    const std::string& record, const std::string& detail);

struct Problem {
  enum class Kind { kEdited, kRemoved, kReordered };
  int64_t sequence = 0;
  Kind kind = Kind::kEdited;
  std::string message;
};

struct Verification {
  int64_t entries_checked = 0;
  std::string head_hash;  // hash of the last entry as stored
  std::vector<Problem> problems;  // empty when the trail is intact
  bool intact() const { return problems.empty(); }
};

// Reads the whole trail in stored order and checks each link. An entry whose content no longer
// matches its hash is EDITED; a gap in sequence numbers, a link to an entry no longer present,
// or a trail shorter than its recorded head is REMOVED; an intact entry linked to an entry that
// is present but elsewhere is REORDERED. Problems are reported, not returned as errors: the
// status is non-OK only when the trail cannot be read.
absl::StatusOr<Verification> Verify(storage::Database& db);

// Entries after `after_sequence` in sequence order, at most `limit`, only those whose record
// starts with `record_prefix` (empty: all).
absl::StatusOr<std::vector<AuditEntry>> List(storage::Database& db, int64_t after_sequence,
                                             const std::string& record_prefix, int limit);

// How many entries the trail holds.
absl::StatusOr<int64_t> CountEntries(storage::Database& db);

}  // namespace partnership::audit

#endif  // PARTNERSHIP_AUDIT_AUDIT_TRAIL_H_
