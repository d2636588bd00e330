#include "storage/election_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using elections::BoardElection;
using elections::Candidate;

constexpr char kColumns[] =
    "e.id, e.title, e.method, e.seats, e.constituency, e.candidate_role, e.seat, e.status, "
    "e.electorate_date, e.voting_closes_at, e.uncontested, e.elected, e.created_by, "
    "e.create_time, e.update_time, "
    "(SELECT count(*) FROM election_electorate v WHERE v.election_id = e.id), "
    "(SELECT count(*) FROM election_ballots b WHERE b.election_id = e.id)";

std::vector<int> ParseNumbers(const std::string& text) {
  std::vector<int> out;
  for (absl::string_view part : absl::StrSplit(text, ' ', absl::SkipEmpty())) {
    int n = 0;
    if (absl::SimpleAtoi(part, &n)) out.push_back(n);
  }
  return out;
}

BoardElection FromRow(SQLite::Statement& q) {
  BoardElection e;
  e.id = q.getColumn(0).getInt64();
  e.title = q.getColumn(1).getString();
  e.method = elections::CountMethodFromName(q.getColumn(2).getString())
                 .value_or(elections::CountMethod::kUnspecified);
  e.seats = q.getColumn(3).getInt();
  e.constituency = elections::ConstituencyFromName(q.getColumn(4).getString())
                       .value_or(elections::Constituency::kUnspecified);
  e.candidate_role = q.getColumn(5).getString();
  e.seat = q.getColumn(6).getString();
  e.status = elections::ElectionStatusFromName(q.getColumn(7).getString())
                 .value_or(elections::ElectionStatus::kUnspecified);
  e.electorate_date = q.getColumn(8).getString();
  e.voting_closes_at = q.getColumn(9).getString();
  e.uncontested = q.getColumn(10).getInt() != 0;
  e.elected = ParseNumbers(q.getColumn(11).getString());
  e.created_by = q.getColumn(12).getString();
  e.create_time = q.getColumn(13).getString();
  e.update_time = q.getColumn(14).getString();
  e.electorate_size = q.getColumn(15).getInt();
  e.ballots_cast = q.getColumn(16).getInt();
  return e;
}

bool IsUniqueViolation(const SQLite::Exception& e) {
  return (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT &&
         std::string(e.what()).find("UNIQUE") != std::string::npos;
}

bool IsPrimaryKeyViolation(const SQLite::Exception& e) {
  return (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT;
}

}  // namespace

absl::Status ElectionTable::LoadDetails(BoardElection& e) {
  SQLite::Statement c(txn_.connection(),
                      "SELECT c.number, c.person_id, c.name, c.school_urn, "
                      "coalesce(s.name, ''), c.withdrawn, c.nominated_by "
                      "FROM election_candidates c LEFT JOIN schools s ON s.urn = c.school_urn "
                      "WHERE c.election_id = ? ORDER BY c.number");
  c.bind(1, static_cast<int64_t>(e.id));
  while (c.executeStep()) {
    Candidate k;
    k.number = c.getColumn(0).getInt();
    k.person_id = c.getColumn(1).getInt64();
    k.name = c.getColumn(2).getString();
    k.school_urn = c.getColumn(3).getString();
    k.school_name = c.getColumn(4).getString();
    k.withdrawn = c.getColumn(5).getInt() != 0;
    k.nominated_by = c.getColumn(6).getString();
    e.candidates.push_back(std::move(k));
  }
  SQLite::Statement n(txn_.connection(),
                      "SELECT school_urn FROM election_named_schools WHERE election_id = ? "
                      "ORDER BY school_urn");
  n.bind(1, static_cast<int64_t>(e.id));
  while (n.executeStep()) e.named_schools.push_back(n.getColumn(0).getString());
  return absl::OkStatus();
}

absl::StatusOr<BoardElection> ElectionTable::Get(int64_t id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM elections e WHERE e.id = ?"));
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("election ", id, " not found"));
    BoardElection e = FromRow(q);
    if (absl::Status s = LoadDetails(e); !s.ok()) return s;
    return e;
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("reading election ", id));
  }
}

absl::StatusOr<std::vector<BoardElection>> ElectionTable::List(
    int64_t after_id, int limit, std::optional<elections::ElectionStatus> status) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns, " FROM elections e WHERE e.id > ?");
    if (status) sql += " AND e.status = ?";
    sql += " ORDER BY e.id";
    if (limit > 0) absl::StrAppend(&sql, " LIMIT ", limit);
    SQLite::Statement q(txn_.connection(), sql);
    q.bind(1, static_cast<int64_t>(after_id));
    if (status) q.bind(2, std::string(elections::ElectionStatusName(*status)));
    std::vector<BoardElection> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    for (BoardElection& e : out) {
      if (absl::Status s = LoadDetails(e); !s.ok()) return s;
    }
    return out;
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, "listing elections");
  }
}

absl::StatusOr<int> ElectionTable::Count(std::optional<elections::ElectionStatus> status) {
  try {
    SQLite::Statement q(txn_.connection(),
                        status ? "SELECT count(*) FROM elections WHERE status = ?"
                               : "SELECT count(*) FROM elections");
    if (status) q.bind(1, std::string(elections::ElectionStatusName(*status)));
    q.executeStep();
    return q.getColumn(0).getInt();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, "counting elections");
  }
}

absl::StatusOr<int64_t> ElectionTable::Insert(const BoardElection& e) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO elections (title, method, seats, constituency, "
                        "candidate_role, seat, status, created_by, create_time, update_time) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, e.title);
    q.bind(2, std::string(elections::CountMethodName(e.method)));
    q.bind(3, e.seats);
    q.bind(4, std::string(elections::ConstituencyName(e.constituency)));
    q.bind(5, e.candidate_role);
    q.bind(6, e.seat);
    q.bind(7, std::string(elections::ElectionStatusName(e.status)));
    q.bind(8, e.created_by);
    q.bind(9, e.create_time);
    q.bind(10, e.update_time);
    q.exec();
    const int64_t id = txn_.connection().getLastInsertRowid();
    SQLite::Statement n(txn_.connection(),
                        "INSERT INTO election_named_schools (election_id, school_urn) "
                        "VALUES (?, ?)");
    for (const std::string& urn : e.named_schools) {
      n.bind(1, static_cast<int64_t>(id));
      n.bind(2, urn);
      n.exec();
      n.reset();
    }
    return id;
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, "adding an election");
  }
}

absl::Status ElectionTable::Update(const BoardElection& e) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE elections SET status = ?, electorate_date = ?, "
                        "voting_closes_at = ?, uncontested = ?, elected = ?, update_time = ? "
                        "WHERE id = ?");
    q.bind(1, std::string(elections::ElectionStatusName(e.status)));
    q.bind(2, e.electorate_date);
    q.bind(3, e.voting_closes_at);
    q.bind(4, e.uncontested ? 1 : 0);
    q.bind(5, absl::StrJoin(e.elected, " "));
    q.bind(6, e.update_time);
    q.bind(7, static_cast<int64_t>(e.id));
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("election ", e.id, " not found"));
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("updating election ", e.id));
  }
}

absl::Status ElectionTable::InsertCandidate(int64_t election_id, const Candidate& c) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO election_candidates (election_id, number, person_id, name, "
                        "school_urn, withdrawn, nominated_by) VALUES (?, ?, ?, ?, ?, 0, ?)");
    q.bind(1, static_cast<int64_t>(election_id));
    q.bind(2, c.number);
    q.bind(3, static_cast<int64_t>(c.person_id));
    q.bind(4, c.name);
    q.bind(5, c.school_urn);
    q.bind(6, c.nominated_by);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    if (IsUniqueViolation(ex)) {
      return absl::AlreadyExistsError(absl::StrCat("person ", c.person_id,
                                                   " is already nominated in election ",
                                                   election_id));
    }
    return FromSqlite(ex, absl::StrCat("nominating a candidate in election ", election_id));
  }
}

absl::Status ElectionTable::SetCandidateWithdrawn(int64_t election_id, int number) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE election_candidates SET withdrawn = 1 WHERE election_id = ? AND "
                        "number = ?");
    q.bind(1, static_cast<int64_t>(election_id));
    q.bind(2, number);
    if (q.exec() == 0) {
      return absl::NotFoundError(
          absl::StrCat("election ", election_id, " has no candidate ", number));
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("withdrawing candidate ", number));
  }
}

absl::Status ElectionTable::InsertBallot(int64_t election_id, const StoredBallot& ballot) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO election_ballots (election_id, receipt, ranking) "
                        "VALUES (?, ?, ?)");
    q.bind(1, static_cast<int64_t>(election_id));
    q.bind(2, ballot.receipt);
    q.bind(3, absl::StrJoin(ballot.ranking, " "));
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    if (IsPrimaryKeyViolation(ex)) {
      return absl::AlreadyExistsError(
          absl::StrCat("a ballot with receipt ", ballot.receipt, " is already stored"));
    }
    return FromSqlite(ex, "storing a ballot");
  }
}

absl::StatusOr<std::vector<StoredBallot>> ElectionTable::ListBallots(int64_t election_id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT receipt, ranking FROM election_ballots WHERE election_id = ? "
                        "ORDER BY receipt");
    q.bind(1, static_cast<int64_t>(election_id));
    std::vector<StoredBallot> out;
    while (q.executeStep()) {
      out.push_back(StoredBallot{q.getColumn(0).getString(),
                                 ParseNumbers(q.getColumn(1).getString())});
    }
    return out;
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("reading the ballots of election ", election_id));
  }
}

absl::Status ElectionTable::SetResult(int64_t election_id, const StoredResult& result) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE elections SET result_json = ?, result_report = ?, "
                        "ballot_file = ? WHERE id = ?");
    q.bind(1, result.result_json);
    q.bind(2, result.result_report);
    q.bind(3, result.ballot_file);
    q.bind(4, static_cast<int64_t>(election_id));
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("storing the result of election ", election_id));
  }
}

absl::StatusOr<StoredResult> ElectionTable::GetResult(int64_t election_id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT result_json, result_report, ballot_file FROM elections "
                        "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(election_id));
    if (!q.executeStep()) {
      return absl::NotFoundError(absl::StrCat("election ", election_id, " not found"));
    }
    return StoredResult{q.getColumn(0).getString(), q.getColumn(1).getString(),
                        q.getColumn(2).getString()};
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("reading the result of election ", election_id));
  }
}

}  // namespace partnership::storage
