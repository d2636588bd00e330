#include "storage/seat_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using board::Seat;

constexpr char kColumns[] =
    "key, body, title, person_role, phase, member_school, term_years, method, selector, "
    "position, retired_on, update_time";

Seat FromRow(SQLite::Statement& q) {
  Seat s;
  s.key = q.getColumn(0).getString();
  s.body = board::BodyFromName(q.getColumn(1).getString()).value_or(board::Body::kUnspecified);
  s.title = q.getColumn(2).getString();
  s.eligibility.role = registry::PersonRoleFromName(q.getColumn(3).getString());
  s.eligibility.phase = registry::PhaseFromName(q.getColumn(4).getString());
  s.eligibility.member_school = q.getColumn(5).getInt() != 0;
  s.term_years = q.getColumn(6).getInt();
  s.method = board::FillMethodFromName(q.getColumn(7).getString())
                 .value_or(board::FillMethod::kUnspecified);
  s.selector = board::SelectorFromName(q.getColumn(8).getString())
                   .value_or(board::Selector::kUnspecified);
  s.position = q.getColumn(9).getInt();
  s.retired_on = q.getColumn(10).getString();
  s.update_time = q.getColumn(11).getString();
  return s;
}

void BindFields(SQLite::Statement& q, const Seat& s) {
  q.bind(":key", s.key);
  q.bind(":body", std::string(board::BodyName(s.body)));
  q.bind(":title", s.title);
  q.bind(":role", s.eligibility.role ? std::string(registry::PersonRoleName(*s.eligibility.role))
                                     : std::string());
  q.bind(":phase", s.eligibility.phase ? std::string(registry::PhaseName(*s.eligibility.phase))
                                       : std::string());
  q.bind(":member", s.eligibility.member_school ? 1 : 0);
  q.bind(":term", s.term_years);
  q.bind(":method", std::string(board::FillMethodName(s.method)));
  q.bind(":selector", std::string(board::SelectorName(s.selector)));
  q.bind(":position", s.position);
  q.bind(":retired", s.retired_on);
  q.bind(":time", s.update_time);
}

}  // namespace

absl::StatusOr<Seat> SeatTable::Get(const std::string& key) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM board_seats WHERE key = ?"));
    q.bind(1, key);
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("seat ", key, " not found"));
    return FromRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading seat ", key));
  }
}

absl::StatusOr<std::vector<Seat>> SeatTable::List(std::optional<board::Body> body) {
  try {
    SQLite::Statement q(
        txn_.connection(),
        absl::StrCat("SELECT ", kColumns, " FROM board_seats",
                     body ? " WHERE body = :body" : "",
                     " ORDER BY CASE body WHEN 'BOARD' THEN 1 WHEN 'SHADOW_BOARD' THEN 2 "
                     "WHEN 'PRIMARY_SUB_COMMITTEE' THEN 3 ELSE 4 END, position, key"));
    if (body) q.bind(":body", std::string(board::BodyName(*body)));
    std::vector<Seat> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing seats");
  }
}

absl::StatusOr<int> SeatTable::LastPosition(board::Body body) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT coalesce(max(position), 0) FROM board_seats WHERE body = ?");
    q.bind(1, std::string(board::BodyName(body)));
    q.executeStep();
    return q.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "numbering seats");
  }
}

absl::Status SeatTable::Insert(const Seat& seat) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO board_seats (key, body, title, person_role, phase, "
                        "member_school, term_years, method, selector, position, retired_on, "
                        "update_time) VALUES (:key, :body, :title, :role, :phase, :member, "
                        ":term, :method, :selector, :position, :retired, :time)");
    BindFields(q, seat);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT &&
        std::string(e.what()).find("UNIQUE") != std::string::npos) {
      return absl::AlreadyExistsError(absl::StrCat("seat ", seat.key, " already exists"));
    }
    return FromSqlite(e, absl::StrCat("adding seat ", seat.key));
  }
}

absl::Status SeatTable::Update(const Seat& seat) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE board_seats SET body = :body, title = :title, person_role = :role, "
                        "phase = :phase, member_school = :member, term_years = :term, "
                        "method = :method, selector = :selector, position = :position, "
                        "retired_on = :retired, update_time = :time WHERE key = :key");
    BindFields(q, seat);
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("seat ", seat.key, " not found"));
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("changing seat ", seat.key));
  }
}

}  // namespace partnership::storage
