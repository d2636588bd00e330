// ElectionTable's electorate register: the delegates who vote for schools, the schools that
// may vote and which of them have voted (never how). The elections themselves, candidates,
// ballots and results are in election_table.cc.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "storage/election_table.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {

absl::Status ElectionTable::SetDelegate(int64_t election_id, const std::string& school_urn,
                                        int64_t person_id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT OR REPLACE INTO election_delegates (election_id, school_urn, "
                        "person_id) VALUES (?, ?, ?)");
    q.bind(1, static_cast<int64_t>(election_id));
    q.bind(2, school_urn);
    q.bind(3, static_cast<int64_t>(person_id));
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("naming the delegate of school ", school_urn));
  }
}

absl::StatusOr<std::optional<int64_t>> ElectionTable::Delegate(int64_t election_id,
                                                               const std::string& school_urn) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT person_id FROM election_delegates WHERE election_id = ? AND "
                        "school_urn = ?");
    q.bind(1, static_cast<int64_t>(election_id));
    q.bind(2, school_urn);
    if (!q.executeStep()) return std::optional<int64_t>();
    return std::optional<int64_t>(q.getColumn(0).getInt64());
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("reading the delegate of school ", school_urn));
  }
}

absl::Status ElectionTable::FixElectorate(int64_t election_id,
                                          const std::vector<std::string>& school_urns) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO election_electorate (election_id, school_urn) VALUES (?, ?)");
    for (const std::string& urn : school_urns) {
      q.bind(1, static_cast<int64_t>(election_id));
      q.bind(2, urn);
      q.exec();
      q.reset();
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("fixing the electorate of election ", election_id));
  }
}

absl::StatusOr<std::optional<Elector>> ElectionTable::FindElector(int64_t election_id,
                                                                  const std::string& school_urn) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT school_urn, voted, cast_by, key_digest FROM election_electorate "
                        "WHERE election_id = ? AND school_urn = ?");
    q.bind(1, static_cast<int64_t>(election_id));
    q.bind(2, school_urn);
    if (!q.executeStep()) return std::optional<Elector>();
    return std::optional<Elector>(Elector{q.getColumn(0).getString(), q.getColumn(1).getInt() != 0,
                                          q.getColumn(2).getString(), q.getColumn(3).getString()});
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("reading the electorate register for ", school_urn));
  }
}

absl::StatusOr<std::vector<Elector>> ElectionTable::ListElectorate(int64_t election_id,
                                                                   bool not_voted_only) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT school_urn, voted, cast_by, key_digest FROM "
                                     "election_electorate WHERE election_id = ?",
                                     not_voted_only ? " AND voted = 0" : "",
                                     " ORDER BY school_urn"));
    q.bind(1, static_cast<int64_t>(election_id));
    std::vector<Elector> out;
    while (q.executeStep()) {
      out.push_back(Elector{q.getColumn(0).getString(), q.getColumn(1).getInt() != 0,
                            q.getColumn(2).getString(), q.getColumn(3).getString()});
    }
    return out;
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("reading the electorate of election ", election_id));
  }
}

absl::Status ElectionTable::RecordVote(int64_t election_id, const std::string& school_urn,
                                       const std::string& cast_by, const std::string& key_digest) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE election_electorate SET voted = 1, cast_by = ?, key_digest = ? "
                        "WHERE election_id = ? AND school_urn = ? AND voted = 0");
    q.bind(1, cast_by);
    q.bind(2, key_digest);
    q.bind(3, static_cast<int64_t>(election_id));
    q.bind(4, school_urn);
    if (q.exec() == 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "school ", school_urn, " is not in the electorate or has already voted"));
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& ex) {
    return FromSqlite(ex, absl::StrCat("recording that school ", school_urn, " voted"));
  }
}

}  // namespace partnership::storage
