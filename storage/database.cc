#include "storage/database.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <cstdio>
#include <utility>

#include "absl/strings/str_cat.h"
#include "storage/migrations.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

constexpr int kBusyTimeoutMs = 5000;

absl::Status Migrate(SQLite::Database& db, int from_version) {
  for (const Migration& m : AllMigrations()) {
    if (m.version <= from_version) continue;
    try {
      SQLite::Transaction txn(db);
      db.exec(m.sql);
      db.exec(absl::StrCat("PRAGMA user_version = ", m.version));
      txn.commit();
    } catch (const SQLite::Exception& e) {
      return absl::InternalError(
          absl::StrCat("schema migration ", m.version, " failed: ", e.what()));
    }
  }
  return absl::OkStatus();
}

// Runs `fn` between BEGIN and COMMIT, rolling back on a non-OK status or an exception.
absl::Status RunInTransaction(SQLite::Database& db, const char* begin, Transaction& txn,
                              absl::FunctionRef<absl::Status(Transaction&)> fn) {
  try {
    db.exec(begin);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "starting a transaction");
  }
  absl::Status status;
  try {
    status = fn(txn);
    if (status.ok()) db.exec("COMMIT");
  } catch (const SQLite::Exception& e) {
    status = FromSqlite(e, "in a transaction");
  }
  if (!status.ok()) {
    try {
      if (!db.getHandle() || !sqlite3_get_autocommit(db.getHandle())) db.exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
      // The transaction is already gone (SQLite rolls back itself on some errors).
    }
  }
  return status;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Database>> Database::Open(const std::string& path) {
  std::unique_ptr<SQLite::Database> db;
  int version = 0;
  try {
    db = std::make_unique<SQLite::Database>(
        path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX);
    db->setBusyTimeout(kBusyTimeoutMs);
    db->exec("PRAGMA foreign_keys = ON");
    const std::string mode = db->execAndGet("PRAGMA journal_mode = WAL").getString();
    if (mode != "wal") {
      return absl::InternalError(
          absl::StrCat("database ", path, ": could not switch to WAL mode (got ", mode, ")"));
    }
    db->exec("PRAGMA synchronous = NORMAL");
    version = db->execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) {
      return absl::InvalidArgumentError(
          absl::StrCat("database ", path, " is not a SQLite database"));
    }
    return absl::InternalError(absl::StrCat("cannot open database ", path, ": ", e.what()));
  }
  const int latest = LatestSchemaVersion();
  if (version > latest) {
    return absl::FailedPreconditionError(absl::StrCat(
        "database ", path, " has schema version ", version,
        ", newer than this partnershipd understands (", latest,
        "); run a newer partnershipd or restore a backup taken by this version"));
  }
  if (absl::Status s = Migrate(*db, version); !s.ok()) return s;
  return std::unique_ptr<Database>(new Database(path, std::move(db), latest));
}

Database::Database(std::string path, std::unique_ptr<SQLite::Database> db, int schema_version)
    : path_(std::move(path)), schema_version_(schema_version), db_(std::move(db)) {}

Database::~Database() {
  std::lock_guard<std::mutex> lock(mu_);
  try {
    db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (const SQLite::Exception&) {
    // Closing still works; the WAL is replayed on the next open.
  }
  db_.reset();
}

absl::Status Database::Write(absl::FunctionRef<absl::Status(Transaction&)> fn) {
  std::lock_guard<std::mutex> lock(mu_);
  Transaction txn(*db_, /*writable=*/true);
  return RunInTransaction(*db_, "BEGIN IMMEDIATE", txn, fn);
}

absl::Status Database::Read(absl::FunctionRef<absl::Status(Transaction&)> fn) {
  std::lock_guard<std::mutex> lock(mu_);
  Transaction txn(*db_, /*writable=*/false);
  try {
    db_->exec("PRAGMA query_only = ON");
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "starting a read");
  }
  absl::Status status = RunInTransaction(*db_, "BEGIN DEFERRED", txn, fn);
  try {
    db_->exec("PRAGMA query_only = OFF");
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "ending a read");
  }
  return status;
}

absl::Status Database::TruncateWriteAheadLog() {
  std::lock_guard<std::mutex> lock(mu_);
  try {
    SQLite::Statement q(*db_, "PRAGMA wal_checkpoint(TRUNCATE)");
    if (q.executeStep() && q.getColumn(0).getInt() != 0) {
      return absl::UnavailableError("the write-ahead log is in use by another reader");
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "emptying the write-ahead log");
  }
}

absl::Status Database::BackupTo(const std::string& destination) const {
  try {
    SQLite::Database source(path_, SQLite::OPEN_READONLY);
    source.setBusyTimeout(kBusyTimeoutMs);
    std::remove(destination.c_str());
    SQLite::Database target(destination, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(target, source);
    // One step copies every page under one read transaction: a consistent snapshot.
    backup.executeStep(-1);
  } catch (const SQLite::Exception& e) {
    std::remove(destination.c_str());
    return absl::InternalError(absl::StrCat("backup to ", destination, " failed: ", e.what()));
  }
  return absl::OkStatus();
}

}  // namespace partnership::storage
