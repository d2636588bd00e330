#include "storage/person_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <map>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using registry::Person;

constexpr char kColumns[] =
    "id, school_urn, role, given_name, family_name, email, organisation, "
    "training_completed_on, update_time";

Person FromRow(SQLite::Statement& q) {
  Person p;
  p.id = q.getColumn(0).getInt64();
  p.school_urn = q.getColumn(1).isNull() ? "" : q.getColumn(1).getString();
  p.role = registry::PersonRoleFromName(q.getColumn(2).getString())
               .value_or(registry::PersonRole::kUnspecified);
  p.given_name = q.getColumn(3).getString();
  p.family_name = q.getColumn(4).getString();
  p.email = q.getColumn(5).getString();
  p.organisation = q.getColumn(6).getString();
  p.training_completed_on = q.getColumn(7).getString();
  p.update_time = q.getColumn(8).getString();
  return p;
}

void BindFields(SQLite::Statement& q, const Person& p) {
  if (p.school_urn.empty()) {
    q.bind(":school");
  } else {
    q.bind(":school", p.school_urn);
  }
  q.bind(":role", std::string(registry::PersonRoleName(p.role)));
  q.bind(":given", p.given_name);
  q.bind(":family", p.family_name);
  q.bind(":email", p.email);
  q.bind(":org", p.organisation);
  q.bind(":trained", p.training_completed_on);
  q.bind(":time", p.update_time);
}

std::string WhereClause(const PersonQuery& query, bool paged) {
  std::string where = " WHERE 1=1";
  if (!query.school_urn.empty()) where += " AND school_urn = :school";
  if (query.role) where += " AND role = :role";
  if (paged && query.after_id > 0) where += " AND id > :after";
  return where;
}

void BindQuery(SQLite::Statement& q, const PersonQuery& query, bool paged) {
  if (!query.school_urn.empty()) q.bind(":school", query.school_urn);
  if (query.role) q.bind(":role", std::string(registry::PersonRoleName(*query.role)));
  if (paged && query.after_id > 0) q.bind(":after", static_cast<int64_t>(query.after_id));
}

}  // namespace

absl::StatusOr<Person> PersonTable::Get(int64_t id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM people WHERE id = ?"));
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("person ", id, " not found"));
    std::vector<Person> one = {FromRow(q)};
    if (absl::Status s = LoadDates(one); !s.ok()) return s;
    return one[0];
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading person ", id));
  }
}

absl::StatusOr<std::vector<Person>> PersonTable::List(const PersonQuery& query) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns, " FROM people",
                                   WhereClause(query, true), " ORDER BY id");
    if (query.limit > 0) absl::StrAppend(&sql, " LIMIT ", query.limit);
    SQLite::Statement q(txn_.connection(), sql);
    BindQuery(q, query, true);
    std::vector<Person> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    if (absl::Status s = LoadDates(out); !s.ok()) return s;
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing people");
  }
}

absl::StatusOr<int> PersonTable::Count(const PersonQuery& query) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT count(*) FROM people", WhereClause(query, false)));
    BindQuery(q, query, false);
    q.executeStep();
    return q.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "counting people");
  }
}

absl::StatusOr<int64_t> PersonTable::Insert(const Person& p) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO people (school_urn, role, given_name, family_name, email, "
                        "organisation, training_completed_on, update_time) VALUES (:school, "
                        ":role, :given, :family, :email, :org, :trained, :time)");
    BindFields(q, p);
    q.exec();
    const int64_t id = txn_.connection().getLastInsertRowid();
    if (absl::Status s = WriteDates(id, p.unavailable_dates); !s.ok()) return s;
    return id;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "adding a person");
  }
}

absl::Status PersonTable::Update(const Person& p) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE people SET school_urn = :school, role = :role, given_name = :given, "
                        "family_name = :family, email = :email, organisation = :org, "
                        "training_completed_on = :trained, update_time = :time WHERE id = :id");
    BindFields(q, p);
    q.bind(":id", static_cast<int64_t>(p.id));
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("person ", p.id, " not found"));
    return WriteDates(p.id, p.unavailable_dates);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("updating person ", p.id));
  }
}

absl::Status PersonTable::Delete(int64_t id) {
  try {
    SQLite::Statement tokens(txn_.connection(),
                             "SELECT count(*) FROM tokens WHERE person_id = ? AND revoke_time IS NULL");
    tokens.bind(1, static_cast<int64_t>(id));
    tokens.executeStep();
    if (tokens.getColumn(0).getInt() > 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "person ", id, " still has an access token; revoke it first"));
    }
    SQLite::Statement q(txn_.connection(), "DELETE FROM people WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("person ", id, " not found"));
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
      return absl::FailedPreconditionError(
          absl::StrCat("person ", id, " is still referred to (for example by a revoked token)"));
    }
    return FromSqlite(e, absl::StrCat("deleting person ", id));
  }
}

absl::Status PersonTable::WriteDates(int64_t id, const std::vector<std::string>& dates) {
  SQLite::Statement clear(txn_.connection(),
                          "DELETE FROM leader_unavailable_dates WHERE person_id = ?");
  clear.bind(1, static_cast<int64_t>(id));
  clear.exec();
  SQLite::Statement add(txn_.connection(),
                        "INSERT OR IGNORE INTO leader_unavailable_dates (person_id, date) "
                        "VALUES (?, ?)");
  for (const std::string& d : dates) {
    add.bind(1, static_cast<int64_t>(id));
    add.bind(2, d);
    add.exec();
    add.reset();
  }
  return absl::OkStatus();
}

absl::Status PersonTable::LoadDates(std::vector<Person>& people) {
  if (people.empty()) return absl::OkStatus();
  std::map<int64_t, Person*> by_id;
  for (Person& p : people) by_id[p.id] = &p;
  SQLite::Statement q(txn_.connection(),
                      "SELECT person_id, date FROM leader_unavailable_dates "
                      "WHERE person_id BETWEEN ? AND ? ORDER BY person_id, date");
  q.bind(1, static_cast<int64_t>(by_id.begin()->first));
  q.bind(2, static_cast<int64_t>(by_id.rbegin()->first));
  while (q.executeStep()) {
    auto it = by_id.find(q.getColumn(0).getInt64());
    if (it != by_id.end()) it->second->unavailable_dates.push_back(q.getColumn(1).getString());
  }
  return absl::OkStatus();
}

}  // namespace partnership::storage
