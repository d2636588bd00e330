#include "audit/audit_trail.h"

#include <SQLiteCpp/Database.h>

#include "gtest/gtest.h"
#include "storage/testing/scratch_database.h"

namespace partnership::audit {
namespace {

using storage::ScratchDatabase;

access::Principal Coordinator() {
  return access::Principal{"tok_000000000001", access::AccessRole::kCoordinator, "", 0};
}

void RecordFive(storage::Database& db) {
  for (int i = 1; i <= 5; ++i) {
    ASSERT_TRUE(db.Write([&](storage::Transaction& txn) {
      return Record(txn, Coordinator(), "2026-11-22T07:00:0" + std::to_string(i) + "Z",
                    "person.update", "person/" + std::to_string(i), "changed e-mail");
    }).ok());
  }
}

Verification VerifyOrDie(storage::Database& db) {
  auto v = Verify(db);
  EXPECT_TRUE(v.ok()) << v.status();
  return v.value_or(Verification{});
}

TEST(AuditTrailTest, UntouchedTrailIsIntact) {
  ScratchDatabase scratch;
  RecordFive(scratch.db());
  Verification v = VerifyOrDie(scratch.db());
  EXPECT_TRUE(v.intact());
  EXPECT_EQ(v.entries_checked, 5);
  EXPECT_EQ(v.head_hash.size(), 64u);
}

TEST(AuditTrailTest, EntryEditedByHandIsNamed) {
  ScratchDatabase scratch;
  RecordFive(scratch.db());
  scratch.Close();
  SQLite::Database(scratch.path(), SQLite::OPEN_READWRITE)
      .exec("UPDATE audit_log SET detail = 'nothing happened' WHERE sequence = 3");
  scratch.Reopen();
  Verification v = VerifyOrDie(scratch.db());
  ASSERT_EQ(v.problems.size(), 1u);
  EXPECT_EQ(v.problems[0].sequence, 3);
  EXPECT_EQ(v.problems[0].kind, Problem::Kind::kEdited);
}

TEST(AuditTrailTest, EntryRemovedFromTheMiddleIsNamed) {
  ScratchDatabase scratch;
  RecordFive(scratch.db());
  scratch.Close();
  SQLite::Database(scratch.path(), SQLite::OPEN_READWRITE)
      .exec("DELETE FROM audit_log WHERE sequence = 2");
  scratch.Reopen();
  Verification v = VerifyOrDie(scratch.db());
  ASSERT_FALSE(v.intact());
  EXPECT_EQ(v.problems[0].kind, Problem::Kind::kRemoved);
  EXPECT_EQ(v.problems[0].sequence, 3);
}

TEST(AuditTrailTest, EntriesRemovedFromTheEndAreNoticed) {
  ScratchDatabase scratch;
  RecordFive(scratch.db());
  scratch.Close();
  SQLite::Database(scratch.path(), SQLite::OPEN_READWRITE)
      .exec("DELETE FROM audit_log WHERE sequence >= 4");
  scratch.Reopen();
  Verification v = VerifyOrDie(scratch.db());
  ASSERT_EQ(v.problems.size(), 1u);
  EXPECT_EQ(v.problems[0].kind, Problem::Kind::kRemoved);
  EXPECT_NE(v.problems[0].message.find("last 2 entries are missing"), std::string::npos);
}

TEST(AuditTrailTest, SwappedEntriesAreReportedAsReordered) {
  ScratchDatabase scratch;
  RecordFive(scratch.db());
  scratch.Close();
  {
    SQLite::Database raw(scratch.path(), SQLite::OPEN_READWRITE);
    // Swap every column but the sequence number between entries 2 and 3.
    raw.exec("UPDATE audit_log SET sequence = 99 WHERE sequence = 2");
    raw.exec("UPDATE audit_log SET sequence = 2 WHERE sequence = 3");
    raw.exec("UPDATE audit_log SET sequence = 3 WHERE sequence = 99");
  }
  scratch.Reopen();
  Verification v = VerifyOrDie(scratch.db());
  ASSERT_FALSE(v.intact());
  bool reordered = false;
  for (const Problem& p : v.problems) reordered |= p.kind == Problem::Kind::kReordered;
  EXPECT_TRUE(reordered);
}

TEST(AuditTrailTest, ChangeThatFailsLeavesNoEntry) {
  ScratchDatabase scratch;
  absl::Status s = scratch.db().Write([&](storage::Transaction& txn) -> absl::Status {
    auto r = Record(txn, Coordinator(), "2026-11-22T07:00:00Z", "school.update", "school/1", "x");
    if (!r.ok()) return r;
    return absl::InvalidArgumentError("rest of the change is bad");
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(VerifyOrDie(scratch.db()).entries_checked, 0);
}

}  // namespace
}  // namespace partnership::audit
