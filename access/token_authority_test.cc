#include "access/token_authority.h"

#include <SQLiteCpp/Database.h>

#include "gtest/gtest.h"
#include "storage/school_table.h"
#include "storage/testing/scratch_database.h"

namespace partnership::access {
namespace {

using storage::ScratchDatabase;

class TokenAuthorityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto boot = authority_.BootstrapCoordinator();
    ASSERT_TRUE(boot.ok() && boot->has_value());
    coordinator_secret_ = (*boot)->secret;
    auto p = authority_.Authenticate(coordinator_secret_);
    ASSERT_TRUE(p.ok());
    coordinator_ = *p;
    ASSERT_TRUE(scratch_.db().Write([](storage::Transaction& txn) {
      registry::School s;
      s.urn = "115481";
      s.name = "Widden Primary School";
      s.la_code = "916";
      s.phase = registry::Phase::kPrimary;
      s.update_time = "2026-11-22T00:00:00Z";
      return storage::SchoolTable(txn).Upsert(s);
    }).ok());
  }

  ScratchDatabase scratch_;
  TokenAuthority authority_{scratch_.db()};
  std::string coordinator_secret_;
  Principal coordinator_;
};

TEST_F(TokenAuthorityTest, FirstStartCreatesOneCoordinatorTokenAndOnlyOnce) {
  EXPECT_EQ(coordinator_.role, AccessRole::kCoordinator);
  auto again = authority_.BootstrapCoordinator();
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->has_value());
}

TEST_F(TokenAuthorityTest, SecretIsStoredOnlyAsAHash) {
  scratch_.Close();
  SQLite::Database raw(scratch_.path(), SQLite::OPEN_READONLY);
  SQLite::Statement q(raw, "SELECT count(*) FROM tokens WHERE secret_sha256 = ? OR label = ?");
  q.bind(1, coordinator_secret_);
  q.bind(2, coordinator_secret_);
  q.executeStep();
  EXPECT_EQ(q.getColumn(0).getInt(), 0);
  scratch_.Reopen();
}

TEST_F(TokenAuthorityTest, MissingUnknownAndRevokedTokensAreUnauthenticated) {
  EXPECT_EQ(authority_.Authenticate("").status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(authority_.Authenticate("gsp_nonsense").status().code(),
            absl::StatusCode::kUnauthenticated);
  Token spec;
  spec.role = AccessRole::kSchool;
  spec.school_urn = "115481";
  spec.label = "Widden office";
  auto issued = authority_.Create(coordinator_, spec);
  ASSERT_TRUE(issued.ok()) << issued.status();
  ASSERT_TRUE(authority_.Authenticate(issued->secret).ok());
  ASSERT_TRUE(authority_.Revoke(coordinator_, issued->token.id).ok());
  auto after = authority_.Authenticate(issued->secret);
  EXPECT_EQ(after.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_NE(after.status().message().find("revoked"), std::string::npos);
}

TEST_F(TokenAuthorityTest, SchoolTokenMustNameAnExistingSchool) {
  Token spec;
  spec.role = AccessRole::kSchool;
  spec.label = "someone";
  EXPECT_EQ(authority_.Create(coordinator_, spec).status().code(),
            absl::StatusCode::kInvalidArgument);
  spec.school_urn = "999999";
  auto missing = authority_.Create(coordinator_, spec);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("token.school_urn"), std::string::npos);
}

TEST_F(TokenAuthorityTest, OnlyTheCoordinatorIssuesTokens) {
  Token spec;
  spec.role = AccessRole::kSchool;
  spec.school_urn = "115481";
  spec.label = "Widden office";
  auto issued = authority_.Create(coordinator_, spec);
  ASSERT_TRUE(issued.ok());
  auto school = authority_.Authenticate(issued->secret);
  ASSERT_TRUE(school.ok());
  spec.role = AccessRole::kCoordinator;
  spec.school_urn.clear();
  EXPECT_EQ(authority_.Create(*school, spec).status().code(),
            absl::StatusCode::kPermissionDenied);
}

TEST_F(TokenAuthorityTest, LastCoordinatorTokenCannotBeRevoked) {
  EXPECT_EQ(authority_.Revoke(coordinator_, coordinator_.token_id).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace partnership::access
