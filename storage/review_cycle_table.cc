#include "storage/review_cycle_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using reviews::ReviewCycle;

constexpr char kColumns[] =
    "name, dates, team_size, min_heads_per_team, allow_reciprocal, avoid_same_trust, "
    "repeat_window_cycles, leadership_cover, cross_group, max_travel_km, travel_per_km, "
    "focus_match, fairness_per_day, cross_group_weight, unreviewed_weight, status, "
    "create_time, update_time";

ReviewCycle FromRow(SQLite::Statement& q) {
  ReviewCycle c;
  int i = 0;
  c.name = q.getColumn(i++).getString();
  c.dates = absl::StrSplit(q.getColumn(i++).getString(), ',', absl::SkipEmpty());
  c.policy.team_size = q.getColumn(i++).getInt();
  c.policy.min_heads_per_team = q.getColumn(i++).getInt();
  c.policy.allow_reciprocal = q.getColumn(i++).getInt() != 0;
  c.policy.avoid_same_trust = q.getColumn(i++).getInt() != 0;
  c.policy.repeat_window_cycles = q.getColumn(i++).getInt();
  c.policy.leadership_cover = q.getColumn(i++).getInt() != 0;
  c.policy.cross_group = q.getColumn(i++).getInt() != 0;
  c.policy.max_travel_km = q.getColumn(i++).getDouble();
  c.weights.travel_per_km = q.getColumn(i++).getDouble();
  c.weights.focus_match = q.getColumn(i++).getDouble();
  c.weights.fairness_per_day = q.getColumn(i++).getDouble();
  c.weights.cross_group = q.getColumn(i++).getDouble();
  c.weights.unreviewed = q.getColumn(i++).getDouble();
  c.status = reviews::CycleStatusFromName(q.getColumn(i++).getString())
                 .value_or(reviews::CycleStatus::kPlanning);
  c.create_time = q.getColumn(i++).getString();
  c.update_time = q.getColumn(i++).getString();
  return c;
}

void Bind(SQLite::Statement& q, const ReviewCycle& c) {
  int i = 1;
  q.bind(i++, c.name);
  q.bind(i++, absl::StrJoin(c.dates, ","));
  q.bind(i++, c.policy.team_size);
  q.bind(i++, c.policy.min_heads_per_team);
  q.bind(i++, c.policy.allow_reciprocal ? 1 : 0);
  q.bind(i++, c.policy.avoid_same_trust ? 1 : 0);
  q.bind(i++, c.policy.repeat_window_cycles);
  q.bind(i++, c.policy.leadership_cover ? 1 : 0);
  q.bind(i++, c.policy.cross_group ? 1 : 0);
  q.bind(i++, c.policy.max_travel_km);
  q.bind(i++, c.weights.travel_per_km);
  q.bind(i++, c.weights.focus_match);
  q.bind(i++, c.weights.fairness_per_day);
  q.bind(i++, c.weights.cross_group);
  q.bind(i++, c.weights.unreviewed);
  q.bind(i++, std::string(reviews::CycleStatusName(c.status)));
  q.bind(i++, c.create_time);
  q.bind(i++, c.update_time);
}

std::pair<std::string, std::string> Ordered(const std::string& a, const std::string& b) {
  return a < b ? std::make_pair(a, b) : std::make_pair(b, a);
}

}  // namespace

absl::StatusOr<ReviewCycle> ReviewCycleTable::Get(const std::string& name) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM review_cycles WHERE name = ?"));
    q.bind(1, name);
    if (!q.executeStep()) {
      return absl::NotFoundError(absl::StrCat("review cycle ", name, " not found"));
    }
    return FromRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading review cycle ", name));
  }
}

absl::StatusOr<std::vector<ReviewCycle>> ReviewCycleTable::List() {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM review_cycles ORDER BY name"));
    std::vector<ReviewCycle> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing review cycles");
  }
}

absl::Status ReviewCycleTable::Insert(const ReviewCycle& c) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("INSERT INTO review_cycles (", kColumns,
                                     ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Bind(q, c);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
      return absl::AlreadyExistsError(absl::StrCat("review cycle ", c.name, " already exists"));
    }
    return FromSqlite(e, absl::StrCat("creating review cycle ", c.name));
  }
}

absl::Status ReviewCycleTable::Update(const ReviewCycle& c) {
  try {
    SQLite::Statement del(txn_.connection(), "SELECT 1 FROM review_cycles WHERE name = ?");
    del.bind(1, c.name);
    if (!del.executeStep()) {
      return absl::NotFoundError(absl::StrCat("review cycle ", c.name, " not found"));
    }
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("REPLACE INTO review_cycles (", kColumns,
                                     ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Bind(q, c);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("updating review cycle ", c.name));
  }
}

absl::StatusOr<std::vector<scheduler::Conflict>> ConflictTable::List() {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT school_a, school_b, reason FROM school_conflicts "
                        "ORDER BY school_a, school_b");
    std::vector<scheduler::Conflict> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                     q.getColumn(2).getString()});
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing conflicts");
  }
}

absl::Status ConflictTable::Insert(const scheduler::Conflict& c) {
  const auto [a, b] = Ordered(c.a, c.b);
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO school_conflicts (school_a, school_b, reason) VALUES (?,?,?)");
    q.bind(1, a);
    q.bind(2, b);
    q.bind(3, c.reason);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
      return absl::AlreadyExistsError(
          absl::StrCat("schools ", a, " and ", b, " are already recorded as a conflict"));
    }
    return FromSqlite(e, "recording a conflict");
  }
}

absl::Status ConflictTable::Delete(const std::string& first, const std::string& second) {
  const auto [a, b] = Ordered(first, second);
  try {
    SQLite::Statement q(txn_.connection(),
                        "DELETE FROM school_conflicts WHERE school_a = ? AND school_b = ?");
    q.bind(1, a);
    q.bind(2, b);
    if (q.exec() == 0) {
      return absl::NotFoundError(absl::StrCat("no conflict between ", a, " and ", b));
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "removing a conflict");
  }
}

}  // namespace partnership::storage
