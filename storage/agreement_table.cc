#include "storage/agreement_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <map>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using membership::Agreement;
using membership::AgreementStatus;

constexpr char kColumns[] =
    "a.id, a.school_urn, a.academic_year, a.text_version, a.status, a.applied_on, "
    "a.approved_on, a.approval_minute, a.signed_on, a.signed_by_person_id, a.signed_by_name, "
    "a.suspended_from, a.suspension_reason, a.withdrawn_from, a.withdrawal_reason, "
    "a.previous_id, a.update_time, "
    "(SELECT max(n.id) FROM agreements n WHERE n.previous_id = a.id)";

Agreement FromRow(SQLite::Statement& q) {
  Agreement a;
  a.id = q.getColumn(0).getInt64();
  a.school_urn = q.getColumn(1).getString();
  a.academic_year = q.getColumn(2).getString();
  a.text_version = q.getColumn(3).getInt();
  a.status = membership::AgreementStatusFromName(q.getColumn(4).getString())
                 .value_or(AgreementStatus::kUnspecified);
  a.applied_on = q.getColumn(5).getString();
  a.approved_on = q.getColumn(6).getString();
  a.approval_minute = q.getColumn(7).getString();
  a.signed_on = q.getColumn(8).getString();
  a.signed_by_person_id = q.getColumn(9).getInt64();
  a.signed_by_name = q.getColumn(10).getString();
  a.suspended_from = q.getColumn(11).getString();
  a.suspension_reason = q.getColumn(12).getString();
  a.withdrawn_from = q.getColumn(13).getString();
  a.withdrawal_reason = q.getColumn(14).getString();
  a.previous_id = q.getColumn(15).isNull() ? 0 : q.getColumn(15).getInt64();
  a.update_time = q.getColumn(16).getString();
  a.renewed_by_id = q.getColumn(17).isNull() ? 0 : q.getColumn(17).getInt64();
  return a;
}

void BindFields(SQLite::Statement& q, const Agreement& a) {
  q.bind(":school", a.school_urn);
  q.bind(":year", a.academic_year);
  q.bind(":text", a.text_version);
  q.bind(":status", std::string(membership::AgreementStatusName(a.status)));
  q.bind(":applied", a.applied_on);
  q.bind(":approved", a.approved_on);
  q.bind(":minute", a.approval_minute);
  q.bind(":signed", a.signed_on);
  q.bind(":signer", static_cast<int64_t>(a.signed_by_person_id));
  q.bind(":signer_name", a.signed_by_name);
  q.bind(":suspended", a.suspended_from);
  q.bind(":suspension_reason", a.suspension_reason);
  q.bind(":withdrawn", a.withdrawn_from);
  q.bind(":withdrawal_reason", a.withdrawal_reason);
  if (a.previous_id > 0) {
    q.bind(":previous", static_cast<int64_t>(a.previous_id));
  } else {
    q.bind(":previous");
  }
  q.bind(":time", a.update_time);
}

std::string WhereClause(const AgreementQuery& query, bool paged) {
  std::string where = " WHERE 1=1";
  if (!query.school_urn.empty()) where += " AND a.school_urn = :school";
  if (!query.academic_year.empty()) where += " AND a.academic_year = :year";
  if (query.status) where += " AND a.status = :status";
  if (paged && query.after_id > 0) where += " AND a.id > :after";
  return where;
}

void BindQuery(SQLite::Statement& q, const AgreementQuery& query, bool paged) {
  if (!query.school_urn.empty()) q.bind(":school", query.school_urn);
  if (!query.academic_year.empty()) q.bind(":year", query.academic_year);
  if (query.status) q.bind(":status", std::string(membership::AgreementStatusName(*query.status)));
  if (paged && query.after_id > 0) q.bind(":after", static_cast<int64_t>(query.after_id));
}

}  // namespace

absl::Status AgreementTable::LoadHistory(std::vector<Agreement>& agreements) {
  if (agreements.empty()) return absl::OkStatus();
  std::map<int64_t, Agreement*> by_id;
  for (Agreement& a : agreements) by_id[a.id] = &a;
  SQLite::Statement q(txn_.connection(),
                      "SELECT agreement_id, action, effective_on, status_after, detail, actor, "
                      "time FROM agreement_events WHERE agreement_id BETWEEN ? AND ? "
                      "ORDER BY agreement_id, sequence");
  q.bind(1, static_cast<int64_t>(by_id.begin()->first));
  q.bind(2, static_cast<int64_t>(by_id.rbegin()->first));
  while (q.executeStep()) {
    auto it = by_id.find(q.getColumn(0).getInt64());
    if (it == by_id.end()) continue;
    membership::AgreementEvent e;
    e.action = membership::AgreementActionFromName(q.getColumn(1).getString())
                   .value_or(membership::AgreementAction::kUnspecified);
    e.effective_on = q.getColumn(2).getString();
    e.status_after = membership::AgreementStatusFromName(q.getColumn(3).getString())
                         .value_or(AgreementStatus::kUnspecified);
    e.detail = q.getColumn(4).getString();
    e.actor = q.getColumn(5).getString();
    e.time = q.getColumn(6).getString();
    it->second->history.push_back(std::move(e));
  }
  return absl::OkStatus();
}

absl::StatusOr<Agreement> AgreementTable::Get(int64_t id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM agreements a WHERE a.id = ?"));
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("agreement ", id, " not found"));
    std::vector<Agreement> one = {FromRow(q)};
    if (absl::Status s = LoadHistory(one); !s.ok()) return s;
    return one[0];
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading agreement ", id));
  }
}

absl::StatusOr<std::vector<Agreement>> AgreementTable::List(const AgreementQuery& query) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns, " FROM agreements a",
                                   WhereClause(query, true), " ORDER BY a.id");
    if (query.limit > 0) absl::StrAppend(&sql, " LIMIT ", query.limit);
    SQLite::Statement q(txn_.connection(), sql);
    BindQuery(q, query, true);
    std::vector<Agreement> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    if (absl::Status s = LoadHistory(out); !s.ok()) return s;
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing agreements");
  }
}

absl::StatusOr<int> AgreementTable::Count(const AgreementQuery& query) {
  try {
    SQLite::Statement q(txn_.connection(), absl::StrCat("SELECT count(*) FROM agreements a",
                                                        WhereClause(query, false)));
    BindQuery(q, query, false);
    q.executeStep();
    return q.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "counting agreements");
  }
}

absl::StatusOr<std::optional<Agreement>> AgreementTable::FindLive(
    const std::string& school_urn, const std::string& academic_year) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM agreements a WHERE "
                                     "a.school_urn = ? AND a.academic_year = ? AND "
                                     "a.status != 'WITHDRAWN'"));
    q.bind(1, school_urn);
    q.bind(2, academic_year);
    if (!q.executeStep()) return std::optional<Agreement>();
    std::vector<Agreement> one = {FromRow(q)};
    if (absl::Status s = LoadHistory(one); !s.ok()) return s;
    return std::optional<Agreement>(std::move(one[0]));
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("looking up the agreement of school ", school_urn));
  }
}

absl::StatusOr<int64_t> AgreementTable::Insert(const Agreement& a) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO agreements (school_urn, academic_year, text_version, status, "
                        "applied_on, approved_on, approval_minute, signed_on, "
                        "signed_by_person_id, signed_by_name, suspended_from, suspension_reason, "
                        "withdrawn_from, withdrawal_reason, previous_id, update_time) VALUES "
                        "(:school, :year, :text, :status, :applied, :approved, :minute, :signed, "
                        ":signer, :signer_name, :suspended, :suspension_reason, :withdrawn, "
                        ":withdrawal_reason, :previous, :time)");
    BindFields(q, a);
    q.exec();
    return txn_.connection().getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT &&
        std::string(e.what()).find("UNIQUE") != std::string::npos) {
      return absl::AlreadyExistsError(absl::StrCat("school ", a.school_urn,
                                                   " already has a live agreement for ",
                                                   a.academic_year));
    }
    return FromSqlite(e, absl::StrCat("adding an agreement for school ", a.school_urn));
  }
}

absl::Status AgreementTable::Update(const Agreement& a) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE agreements SET school_urn = :school, academic_year = :year, "
                        "text_version = :text, status = :status, applied_on = :applied, "
                        "approved_on = :approved, approval_minute = :minute, signed_on = :signed, "
                        "signed_by_person_id = :signer, signed_by_name = :signer_name, "
                        "suspended_from = :suspended, suspension_reason = :suspension_reason, "
                        "withdrawn_from = :withdrawn, withdrawal_reason = :withdrawal_reason, "
                        "previous_id = :previous, update_time = :time WHERE id = :id");
    BindFields(q, a);
    q.bind(":id", static_cast<int64_t>(a.id));
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("agreement ", a.id, " not found"));
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("updating agreement ", a.id));
  }
}

absl::Status AgreementTable::AppendEvent(int64_t id, const membership::AgreementEvent& e) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO agreement_events (agreement_id, sequence, action, "
                        "effective_on, status_after, detail, actor, time) VALUES (?1, "
                        "(SELECT coalesce(max(sequence), 0) + 1 FROM agreement_events "
                        "WHERE agreement_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, static_cast<int64_t>(id));
    q.bind(2, std::string(membership::AgreementActionName(e.action)));
    q.bind(3, e.effective_on);
    q.bind(4, std::string(membership::AgreementStatusName(e.status_after)));
    q.bind(5, e.detail);
    q.bind(6, e.actor);
    q.bind(7, e.time);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e2) {
    return FromSqlite(e2, absl::StrCat("recording a step of agreement ", id));
  }
}

}  // namespace partnership::storage
