#include "storage/roster_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using board::Holding;

constexpr char kColumns[] =
    "h.id, h.seat_key, h.person_id, h.person_name, h.school_urn, h.from_date, h.to_date, "
    "h.term_end, h.basis, h.appointed_by, h.election_reference, h.note, h.end_reason, "
    "h.recorded_by, h.update_time";

Holding FromRow(SQLite::Statement& q) {
  Holding h;
  h.id = q.getColumn(0).getInt64();
  h.seat_key = q.getColumn(1).getString();
  h.person_id = q.getColumn(2).getInt64();
  h.person_name = q.getColumn(3).getString();
  h.school_urn = q.getColumn(4).getString();
  h.from_date = q.getColumn(5).getString();
  h.to_date = q.getColumn(6).getString();
  h.term_end = q.getColumn(7).getString();
  h.basis = board::BasisFromName(q.getColumn(8).getString()).value_or(board::Basis::kUnspecified);
  h.appointed_by = board::SelectorFromName(q.getColumn(9).getString())
                       .value_or(board::Selector::kUnspecified);
  h.election_reference = q.getColumn(10).getString();
  h.note = q.getColumn(11).getString();
  h.end_reason = q.getColumn(12).getString();
  h.recorded_by = q.getColumn(13).getString();
  h.update_time = q.getColumn(14).getString();
  return h;
}

}  // namespace

absl::StatusOr<Holding> RosterTable::Get(int64_t id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM board_holdings h WHERE h.id = ?"));
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("holding ", id, " not found"));
    return FromRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading holding ", id));
  }
}

absl::StatusOr<std::vector<Holding>> RosterTable::List(const HoldingQuery& query) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns,
                                   " FROM board_holdings h JOIN board_seats s "
                                   "ON s.key = h.seat_key WHERE 1=1");
    if (!query.seat_key.empty()) absl::StrAppend(&sql, " AND h.seat_key = :seat");
    if (query.person_id > 0) absl::StrAppend(&sql, " AND h.person_id = :person");
    if (query.body) absl::StrAppend(&sql, " AND s.body = :body");
    if (query.basis) absl::StrAppend(&sql, " AND h.basis = :basis");
    if (!query.overlapping_from.empty()) {
      absl::StrAppend(&sql, " AND h.from_date <= :to AND h.to_date >= :from");
    }
    absl::StrAppend(&sql, " ORDER BY h.from_date, h.id");
    SQLite::Statement q(txn_.connection(), sql);
    if (!query.seat_key.empty()) q.bind(":seat", query.seat_key);
    if (query.person_id > 0) q.bind(":person", static_cast<int64_t>(query.person_id));
    if (query.body) q.bind(":body", std::string(board::BodyName(*query.body)));
    if (query.basis) q.bind(":basis", std::string(board::BasisName(*query.basis)));
    if (!query.overlapping_from.empty()) {
      q.bind(":from", query.overlapping_from);
      q.bind(":to", query.overlapping_to);
    }
    std::vector<Holding> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing holdings");
  }
}

absl::StatusOr<int64_t> RosterTable::Insert(const Holding& h) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO board_holdings (seat_key, person_id, person_name, "
                        "school_urn, from_date, to_date, term_end, basis, appointed_by, "
                        "election_reference, note, end_reason, recorded_by, update_time) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, h.seat_key);
    q.bind(2, static_cast<int64_t>(h.person_id));
    q.bind(3, h.person_name);
    q.bind(4, h.school_urn);
    q.bind(5, h.from_date);
    q.bind(6, h.to_date);
    q.bind(7, h.term_end);
    q.bind(8, std::string(board::BasisName(h.basis)));
    q.bind(9, std::string(board::SelectorName(h.appointed_by)));
    q.bind(10, h.election_reference);
    q.bind(11, h.note);
    q.bind(12, h.end_reason);
    q.bind(13, h.recorded_by);
    q.bind(14, h.update_time);
    q.exec();
    return txn_.connection().getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("filling seat ", h.seat_key));
  }
}

absl::Status RosterTable::UpdateEnd(const Holding& h) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE board_holdings SET to_date = ?, end_reason = ?, update_time = ? "
                        "WHERE id = ?");
    q.bind(1, h.to_date);
    q.bind(2, h.end_reason);
    q.bind(3, h.update_time);
    q.bind(4, static_cast<int64_t>(h.id));
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("holding ", h.id, " not found"));
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("ending holding ", h.id));
  }
}

}  // namespace partnership::storage
