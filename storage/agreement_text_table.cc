#include "storage/agreement_text_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using membership::AgreementText;

constexpr char kColumns[] =
    "version, title, first_academic_year, last_academic_year, create_time, created_by";

AgreementText FromRow(SQLite::Statement& q) {
  AgreementText t;
  t.version = q.getColumn(0).getInt();
  t.title = q.getColumn(1).getString();
  t.first_academic_year = q.getColumn(2).getString();
  t.last_academic_year = q.getColumn(3).getString();
  t.create_time = q.getColumn(4).getString();
  t.created_by = q.getColumn(5).getString();
  return t;
}

}  // namespace

absl::Status AgreementTextTable::LoadClauses(AgreementText& text) {
  SQLite::Statement q(txn_.connection(),
                      "SELECT number, section, heading, body FROM agreement_clauses "
                      "WHERE text_version = ? ORDER BY number");
  q.bind(1, text.version);
  while (q.executeStep()) {
    membership::Clause c;
    c.number = q.getColumn(0).getInt();
    c.section = membership::ClauseSectionFromName(q.getColumn(1).getString())
                    .value_or(membership::ClauseSection::kUnspecified);
    c.heading = q.getColumn(2).getString();
    c.body = q.getColumn(3).getString();
    text.clauses.push_back(std::move(c));
  }
  return absl::OkStatus();
}

absl::StatusOr<AgreementText> AgreementTextTable::Get(int version) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM agreement_texts WHERE version = ?"));
    q.bind(1, version);
    if (!q.executeStep()) {
      return absl::NotFoundError(absl::StrCat("agreement text version ", version, " not found"));
    }
    AgreementText text = FromRow(q);
    if (absl::Status s = LoadClauses(text); !s.ok()) return s;
    return text;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading agreement text version ", version));
  }
}

absl::StatusOr<std::vector<AgreementText>> AgreementTextTable::List(int after_version,
                                                                     int limit) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns,
                                   " FROM agreement_texts WHERE version > ? ORDER BY version");
    if (limit > 0) absl::StrAppend(&sql, " LIMIT ", limit);
    SQLite::Statement q(txn_.connection(), sql);
    q.bind(1, after_version);
    std::vector<AgreementText> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    for (AgreementText& t : out) {
      if (absl::Status s = LoadClauses(t); !s.ok()) return s;
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing agreement texts");
  }
}

absl::StatusOr<int> AgreementTextTable::Count() {
  try {
    return txn_.connection().execAndGet("SELECT count(*) FROM agreement_texts").getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "counting agreement texts");
  }
}

absl::StatusOr<int> AgreementTextTable::Insert(const AgreementText& t) {
  try {
    const int version =
        txn_.connection().execAndGet("SELECT coalesce(max(version), 0) + 1 FROM agreement_texts")
            .getInt();
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("INSERT INTO agreement_texts (", kColumns,
                                     ") VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(1, version);
    q.bind(2, t.title);
    q.bind(3, t.first_academic_year);
    q.bind(4, t.last_academic_year);
    q.bind(5, t.create_time);
    q.bind(6, t.created_by);
    q.exec();
    SQLite::Statement c(txn_.connection(),
                        "INSERT INTO agreement_clauses (text_version, number, section, heading, "
                        "body) VALUES (?, ?, ?, ?, ?)");
    for (const membership::Clause& clause : t.clauses) {
      c.bind(1, version);
      c.bind(2, clause.number);
      c.bind(3, std::string(membership::ClauseSectionName(clause.section)));
      c.bind(4, clause.heading);
      c.bind(5, clause.body);
      c.exec();
      c.reset();
    }
    return version;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "adding an agreement text");
  }
}

}  // namespace partnership::storage
