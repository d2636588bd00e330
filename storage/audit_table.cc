#include "storage/audit_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using audit::AuditEntry;

constexpr char kColumns[] = "sequence, time, actor, action, record, detail, previous_hash, hash";

AuditEntry FromRow(SQLite::Statement& q) {
  AuditEntry e;
  e.sequence = q.getColumn(0).getInt64();
  e.time = q.getColumn(1).getString();
  e.actor = q.getColumn(2).getString();
  e.action = q.getColumn(3).getString();
  e.record = q.getColumn(4).getString();
  e.detail = q.getColumn(5).getString();
  e.previous_hash = q.getColumn(6).getString();
  e.hash = q.getColumn(7).getString();
  return e;
}

}  // namespace

absl::StatusOr<AuditHead> AuditTable::Head() {
  try {
    SQLite::Statement q(txn_.connection(), "SELECT sequence, hash FROM audit_head WHERE id = 1");
    if (!q.executeStep()) return AuditHead{0, audit::kGenesisHash};
    return AuditHead{q.getColumn(0).getInt64(), q.getColumn(1).getString()};
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "reading the audit head");
  }
}

absl::Status AuditTable::Append(const AuditEntry& e) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("INSERT INTO audit_log (", kColumns,
                                     ") VALUES (?,?,?,?,?,?,?,?)"));
    q.bind(1, static_cast<int64_t>(e.sequence));
    q.bind(2, e.time);
    q.bind(3, e.actor);
    q.bind(4, e.action);
    q.bind(5, e.record);
    q.bind(6, e.detail);
    q.bind(7, e.previous_hash);
    q.bind(8, e.hash);
    q.exec();
    SQLite::Statement head(txn_.connection(),
                           "INSERT INTO audit_head (id, sequence, hash) VALUES (1, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, "
                           "hash = excluded.hash");
    head.bind(1, static_cast<int64_t>(e.sequence));
    head.bind(2, e.hash);
    head.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, "appending to the audit trail");
  }
}

absl::StatusOr<std::vector<AuditEntry>> AuditTable::List(int64_t after_sequence,
                                                        const std::string& record_prefix,
                                                        int limit) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns, " FROM audit_log WHERE sequence > ?");
    if (!record_prefix.empty()) sql += " AND substr(record, 1, length(?2)) = ?2";
    sql += " ORDER BY sequence";
    if (limit > 0) absl::StrAppend(&sql, " LIMIT ", limit);
    SQLite::Statement q(txn_.connection(), sql);
    q.bind(1, static_cast<int64_t>(after_sequence));
    if (!record_prefix.empty()) q.bind(2, record_prefix);
    std::vector<AuditEntry> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing the audit trail");
  }
}

absl::Status AuditTable::ForEachStored(
    absl::FunctionRef<absl::Status(const AuditEntry&)> visit) {
  try {
    // Row order as stored, not by sequence: a reordering by hand shows up as a break.
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM audit_log ORDER BY rowid"));
    while (q.executeStep()) {
      if (absl::Status s = visit(FromRow(q)); !s.ok()) return s;
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "reading the audit trail");
  }
}

absl::StatusOr<int64_t> AuditTable::Count() {
  try {
    return txn_.connection().execAndGet("SELECT count(*) FROM audit_log").getInt64();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "counting audit entries");
  }
}

}  // namespace partnership::storage
