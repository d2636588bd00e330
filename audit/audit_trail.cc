#include "audit/audit_trail.h"

#include <set>

#include "absl/strings/str_cat.h"
#include "storage/audit_table.h"

namespace partnership::audit {

absl::Status Record(storage::Transaction& txn, const access::Principal& actor,
                    const std::string& time, const std::string& action,
                    const std::string& record, const std::string& detail) {
  if (!txn.writable()) {
    return absl::FailedPreconditionError("audit entries are written in write transactions only");
  }
  storage::AuditTable table(txn);
  auto head = table.Head();
  if (!head.ok()) return head.status();
  AuditEntry e;
  e.sequence = head->sequence + 1;
  e.time = time;
  e.actor = actor.Describe();
  e.action = action;
  e.record = record;
  e.detail = detail;
  e.previous_hash = head->hash;
  e.hash = EntryHash(e);
  return table.Append(e);
}

absl::StatusOr<Verification> Verify(storage::Database& db) {
  Verification v;
  std::vector<AuditEntry> entries;
  storage::AuditHead head;
  absl::Status read = db.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::AuditTable table(txn);
    auto h = table.Head();
    if (!h.ok()) return h.status();
    head = *h;
    return table.ForEachStored([&](const AuditEntry& e) {
      entries.push_back(e);
      return absl::OkStatus();
    });
  });
  if (!read.ok()) return read;

  std::set<std::string> stored_hashes;
  for (const AuditEntry& e : entries) stored_hashes.insert(e.hash);

  auto report = [&](int64_t seq, Problem::Kind kind, std::string message) {
    v.problems.push_back(Problem{seq, kind, std::move(message)});
  };
  int64_t expected_sequence = 1;
  std::string expected_previous = kGenesisHash;
  for (const AuditEntry& e : entries) {
    ++v.entries_checked;
    if (e.sequence != expected_sequence) {
      report(e.sequence, Problem::Kind::kRemoved,
             absl::StrCat("entry ", e.sequence, " follows entry ", expected_sequence - 1,
                          ": entries ", expected_sequence, "..", e.sequence - 1, " are missing"));
    }
    if (EntryHash(e) != e.hash) {
      report(e.sequence, Problem::Kind::kEdited,
             absl::StrCat("entry ", e.sequence, " (", e.action, " ", e.record,
                          ") was changed after it was written: its content no longer matches "
                          "its hash"));
    } else if (e.previous_hash != expected_previous && e.sequence == expected_sequence) {
      if (stored_hashes.count(e.previous_hash) > 0) {
        report(e.sequence, Problem::Kind::kReordered,
               absl::StrCat("entry ", e.sequence, " (", e.action, " ", e.record,
                            ") is out of place: it was written after a different entry"));
      } else {
        report(e.sequence, Problem::Kind::kRemoved,
               absl::StrCat("the entry written just before entry ", e.sequence,
                            " is missing from the trail"));
      }
    }
    expected_sequence = e.sequence + 1;
    expected_previous = e.hash;
  }
  const int64_t last = entries.empty() ? 0 : entries.back().sequence;
  if (head.sequence > last) {
    report(last + 1, Problem::Kind::kRemoved,
           absl::StrCat("the trail ends at entry ", last, " but entry ", head.sequence,
                        " was written: the last ", head.sequence - last,
                        " entries are missing"));
  } else if (head.sequence < last) {
    report(head.sequence + 1, Problem::Kind::kEdited,
           absl::StrCat("entries ", head.sequence + 1, "..", last,
                        " were added to the trail outside partnershipd"));
  } else if (last > 0 && head.hash != entries.back().hash) {
    report(last, Problem::Kind::kEdited,
           absl::StrCat("entry ", last, " is not the entry that was last written"));
  }
  v.head_hash = entries.empty() ? kGenesisHash : entries.back().hash;
  return v;
}

absl::StatusOr<std::vector<AuditEntry>> List(storage::Database& db, int64_t after_sequence,
                                             const std::string& record_prefix, int limit) {
  std::vector<AuditEntry> out;
  absl::Status s = db.Read([&](storage::Transaction& txn) -> absl::Status {
    auto entries = storage::AuditTable(txn).List(after_sequence, record_prefix, limit);
    if (!entries.ok()) return entries.status();
    out = *std::move(entries);
    return absl::OkStatus();
  });
  if (!s.ok()) return s;
  return out;
}

absl::StatusOr<int64_t> CountEntries(storage::Database& db) {
  int64_t n = 0;
  absl::Status s = db.Read([&](storage::Transaction& txn) -> absl::Status {
    auto count = storage::AuditTable(txn).Count();
    if (!count.ok()) return count.status();
    n = *count;
    return absl::OkStatus();
  });
  if (!s.ok()) return s;
  return n;
}

}  // namespace partnership::audit
