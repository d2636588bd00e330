// The partnership's SQLite store: the only code that opens the file.
#ifndef PARTNERSHIP_STORAGE_DATABASE_H_
#define PARTNERSHIP_STORAGE_DATABASE_H_

#include <memory>
#include <mutex>
#include <string>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace SQLite {
class Database;
}

namespace partnership::storage {

class Transaction;

// One SQLite file in WAL mode with foreign keys on and a busy timeout. Every read and write
// goes through Read() or Write(), which run on one connection under a mutex, so callers on
// any thread see whole transactions only. Thread-safe.
class Database {
 public:
  // Opens `path`, creating it if absent, and applies every migration it has not had.
  //
  // Returns the open database on success. FAILED_PRECONDITION if the file's schema version is
  // newer than this binary knows (the message says both versions); INVALID_ARGUMENT if the
  // file is not a SQLite database; INTERNAL if it cannot be opened or a migration fails (the
  // migration is rolled back and the file left as it was).
  static absl::StatusOr<std::unique_ptr<Database>> Open(const std::string& path);

  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  // Closes the connection (checkpointing the WAL).
  ~Database();

  // Runs `fn` in one BEGIN IMMEDIATE transaction. Commits when `fn` returns OK; otherwise
  // rolls back everything `fn` did and returns its status. SQLite failures (including ones
  // `fn` lets escape as exceptions) become INTERNAL, or UNAVAILABLE when the file is busy.
  absl::Status Write(absl::FunctionRef<absl::Status(Transaction&)> fn);

  // Runs `fn` in a read transaction: it sees one consistent state. Writes inside are refused.
  absl::Status Read(absl::FunctionRef<absl::Status(Transaction&)> fn);

  // Moves every committed page from the write-ahead log into the database file and empties
  // the log. The log keeps whole transactions in commit order, which can tell more than the
  // tables do (which ballot arrived with which school's "has voted" mark), so elections
  // empty it when voting closes. UNAVAILABLE if a reader elsewhere holds the log; INTERNAL on
  // other failures.
  absl::Status TruncateWriteAheadLog();

  // Copies the whole database to `destination` (replaced if present) with SQLite's online
  // backup from a separate connection: a consistent snapshot while writes go on.
  // INTERNAL on any I/O failure, in which case `destination` is removed.
  absl::Status BackupTo(const std::string& destination) const;

  int schema_version() const { return schema_version_; }
  const std::string& path() const { return path_; }

 private:
  Database(std::string path, std::unique_ptr<SQLite::Database> db, int schema_version);

  const std::string path_;
  const int schema_version_;
  std::mutex mu_;
  std::unique_ptr<SQLite::Database> db_;
};

// A transaction in progress, handed to the code inside Database::Write/Read. Only the table
// classes in storage/ use its connection.
class Transaction {
 public:
  SQLite::Database& connection() { return db_; }
  bool writable() const { return writable_; }

 private:
  friend class Database;
  Transaction(SQLite::Database& db, bool writable) : db_(db), writable_(writable) {}
  SQLite::Database& db_;
  const bool writable_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_DATABASE_H_
