#include "storage/database.h"

#include <SQLiteCpp/Database.h>

#include <fstream>

#include "gtest/gtest.h"
#include "storage/migrations.h"
#include "storage/school_table.h"
#include "storage/testing/scratch_database.h"

namespace partnership::storage {
namespace {

registry::School SomeSchool(const std::string& urn) {
  registry::School s;
  s.urn = urn;
  s.name = "Widden Primary School";
  s.la_code = "916";
  s.phase = registry::Phase::kPrimary;
  s.update_time = "2026-11-22T00:00:00Z";
  return s;
}

int CountSchools(Database& db) {
  int n = -1;
  EXPECT_TRUE(db.Read([&](Transaction& txn) -> absl::Status {
                  auto c = SchoolTable(txn).Count(SchoolQuery{});
                  if (!c.ok()) return c.status();
                  n = *c;
                  return absl::OkStatus();
                }).ok());
  return n;
}

TEST(DatabaseTest, NewFileIsMigratedToTheLatestSchemaInWalMode) {
  ScratchDatabase scratch;
  EXPECT_EQ(scratch.db().schema_version(), LatestSchemaVersion());
  SQLite::Database raw(scratch.path(), SQLite::OPEN_READONLY);
  EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), LatestSchemaVersion());
}

TEST(DatabaseTest, DatabaseNewerThanTheBinaryIsRefusedWithBothVersions) {
  ScratchDatabase scratch;
  scratch.Close();
  {
    SQLite::Database raw(scratch.path(), SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = 999");
  }
  auto reopened = Database::Open(scratch.path());
  ASSERT_EQ(reopened.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(reopened.status().message().find("999"), std::string::npos);
  EXPECT_NE(reopened.status().message().find("newer"), std::string::npos);
}

TEST(DatabaseTest, FileThatIsNotADatabaseIsRefused) {
  ScratchDatabase scratch;
  const std::string junk = scratch.dir() + "/junk.db";
  std::ofstream(junk) << "this is a text file, not a database, and it is long enough to matter";
  auto db = Database::Open(junk);
  EXPECT_EQ(db.status().code(), absl::StatusCode::kInvalidArgument) << db.status();
}

TEST(DatabaseTest, FailedWriteLeavesNothingBehind) {
  ScratchDatabase scratch;
  absl::Status s = scratch.db().Write([&](Transaction& txn) -> absl::Status {
    auto st = SchoolTable(txn).Upsert(SomeSchool("115481"));
    if (!st.ok()) return st;
    return absl::InvalidArgumentError("second half of the change is bad");
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CountSchools(scratch.db()), 0);
}

TEST(DatabaseTest, SqlErrorInsideWriteBecomesInternalAndRollsBack) {
  ScratchDatabase scratch;
  absl::Status s = scratch.db().Write([&](Transaction& txn) -> absl::Status {
    auto st = SchoolTable(txn).Upsert(SomeSchool("115481"));
    if (!st.ok()) return st;
    txn.connection().exec("INSERT INTO no_such_table VALUES (1)");
    return absl::OkStatus();
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kInternal);
  EXPECT_EQ(CountSchools(scratch.db()), 0);
}

TEST(DatabaseTest, ReadTransactionsCannotWrite) {
  ScratchDatabase scratch;
  absl::Status s = scratch.db().Read([&](Transaction& txn) -> absl::Status {
    return SchoolTable(txn).Upsert(SomeSchool("115481"));
  });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(CountSchools(scratch.db()), 0);
}

TEST(DatabaseTest, BackupIsACompleteCopyThatOpens) {
  ScratchDatabase scratch;
  ASSERT_TRUE(scratch.db().Write([&](Transaction& txn) {
    return SchoolTable(txn).Upsert(SomeSchool("115481"));
  }).ok());
  const std::string copy = scratch.dir() + "/copy.db";
  ASSERT_TRUE(scratch.db().BackupTo(copy).ok());
  auto restored = Database::Open(copy);
  ASSERT_TRUE(restored.ok()) << restored.status();
  EXPECT_EQ(CountSchools(**restored), 1);
}

}  // namespace
}  // namespace partnership::storage
