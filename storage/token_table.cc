#include "storage/token_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using access::Token;

constexpr char kColumns[] =
    "id, label, role, school_urn, person_id, create_time, created_by, revoke_time";

Token FromRow(SQLite::Statement& q) {
  Token t;
  t.id = q.getColumn(0).getString();
  t.label = q.getColumn(1).getString();
  t.role = access::AccessRoleFromName(q.getColumn(2).getString())
               .value_or(access::AccessRole::kUnspecified);
  t.school_urn = q.getColumn(3).isNull() ? "" : q.getColumn(3).getString();
  t.person_id = q.getColumn(4).isNull() ? 0 : q.getColumn(4).getInt64();
  t.create_time = q.getColumn(5).getString();
  t.created_by = q.getColumn(6).getString();
  t.revoke_time = q.getColumn(7).isNull() ? "" : q.getColumn(7).getString();
  return t;
}

}  // namespace

absl::StatusOr<Token> TokenTable::FindBySecretHash(const std::string& secret_sha256) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM tokens WHERE secret_sha256 = ?"));
    q.bind(1, secret_sha256);
    if (!q.executeStep()) return absl::NotFoundError("unknown token");
    return FromRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "looking up a token");
  }
}

absl::StatusOr<Token> TokenTable::Get(const std::string& id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM tokens WHERE id = ?"));
    q.bind(1, id);
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("token ", id, " not found"));
    return FromRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading token ", id));
  }
}

absl::StatusOr<std::vector<Token>> TokenTable::List(bool include_revoked,
                                                    const std::string& after_id, int limit) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns, " FROM tokens WHERE rowid > ",
                                   "coalesce((SELECT rowid FROM tokens WHERE id = :after), 0)");
    if (!include_revoked) sql += " AND revoke_time IS NULL";
    sql += " ORDER BY rowid";
    if (limit > 0) absl::StrAppend(&sql, " LIMIT ", limit);
    SQLite::Statement q(txn_.connection(), sql);
    q.bind(":after", after_id);
    std::vector<Token> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing tokens");
  }
}

absl::Status TokenTable::Insert(const Token& t, const std::string& secret_sha256) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO tokens (id, secret_sha256, label, role, school_urn, "
                        "person_id, create_time, created_by) VALUES (?,?,?,?,?,?,?,?)");
    q.bind(1, t.id);
    q.bind(2, secret_sha256);
    q.bind(3, t.label);
    q.bind(4, std::string(access::AccessRoleName(t.role)));
    if (t.school_urn.empty()) {
      q.bind(5);
    } else {
      q.bind(5, t.school_urn);
    }
    if (t.person_id == 0) {
      q.bind(6);
    } else {
      q.bind(6, static_cast<int64_t>(t.person_id));
    }
    q.bind(7, t.create_time);
    q.bind(8, t.created_by);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
      return absl::AlreadyExistsError(absl::StrCat("token ", t.id, " already exists"));
    }
    return FromSqlite(e, "creating a token");
  }
}

absl::Status TokenTable::Revoke(const std::string& id, const std::string& revoke_time) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE tokens SET revoke_time = ? WHERE id = ? AND revoke_time IS NULL");
    q.bind(1, revoke_time);
    q.bind(2, id);
    if (q.exec() == 0) {
      auto existing = Get(id);
      if (!existing.ok()) return existing.status();
      return absl::FailedPreconditionError(absl::StrCat("token ", id, " is already revoked"));
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("revoking token ", id));
  }
}

absl::StatusOr<int> TokenTable::CountActive() {
  try {
    return txn_.connection()
        .execAndGet("SELECT count(*) FROM tokens WHERE revoke_time IS NULL")
        .getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "counting tokens");
  }
}

}  // namespace partnership::storage
