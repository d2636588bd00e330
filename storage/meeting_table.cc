#include "storage/meeting_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using meetings::Meeting;

constexpr char kColumns[] =
    "id, kind, title, date, chair_person_id, chair_name, quorum_schools, quorum_numerator, "
    "quorum_denominator, special_numerator, special_denominator, status, open_time, "
    "close_time, create_time, created_by, update_time";

Meeting FromRow(SQLite::Statement& q) {
  Meeting m;
  m.id = q.getColumn(0).getInt64();
  m.kind = meetings::MeetingKindFromName(q.getColumn(1).getString())
               .value_or(meetings::MeetingKind::kUnspecified);
  m.title = q.getColumn(2).getString();
  m.date = q.getColumn(3).getString();
  m.chair_person_id = q.getColumn(4).getInt64();
  m.chair_name = q.getColumn(5).getString();
  m.quorum.schools = q.getColumn(6).getInt();
  m.quorum.fraction.numerator = q.getColumn(7).getInt();
  m.quorum.fraction.denominator = q.getColumn(8).getInt();
  m.special_threshold.numerator = q.getColumn(9).getInt();
  m.special_threshold.denominator = q.getColumn(10).getInt();
  m.status = meetings::MeetingStatusFromName(q.getColumn(11).getString())
                 .value_or(meetings::MeetingStatus::kUnspecified);
  m.open_time = q.getColumn(12).getString();
  m.close_time = q.getColumn(13).getString();
  m.create_time = q.getColumn(14).getString();
  m.created_by = q.getColumn(15).getString();
  m.update_time = q.getColumn(16).getString();
  return m;
}

std::string WhereClause(const MeetingQuery& query, bool paged) {
  std::string where = " WHERE 1=1";
  if (query.status) where += " AND status = :status";
  if (paged && query.after_id > 0) where += " AND id > :after";
  return where;
}

void BindQuery(SQLite::Statement& q, const MeetingQuery& query, bool paged) {
  if (query.status) q.bind(":status", std::string(meetings::MeetingStatusName(*query.status)));
  if (paged && query.after_id > 0) q.bind(":after", static_cast<int64_t>(query.after_id));
}

}  // namespace

absl::StatusOr<Meeting> MeetingTable::Get(int64_t id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM meetings WHERE id = ?"));
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("meeting ", id, " not found"));
    return FromRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading meeting ", id));
  }
}

absl::StatusOr<std::vector<Meeting>> MeetingTable::List(const MeetingQuery& query) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns, " FROM meetings",
                                   WhereClause(query, true), " ORDER BY id");
    if (query.limit > 0) absl::StrAppend(&sql, " LIMIT ", query.limit);
    SQLite::Statement q(txn_.connection(), sql);
    BindQuery(q, query, true);
    std::vector<Meeting> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing meetings");
  }
}

absl::StatusOr<int> MeetingTable::Count(const MeetingQuery& query) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT count(*) FROM meetings", WhereClause(query, false)));
    BindQuery(q, query, false);
    q.executeStep();
    return q.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "counting meetings");
  }
}

absl::StatusOr<int64_t> MeetingTable::Insert(const Meeting& m) {
  try {
    SQLite::Statement q(
        txn_.connection(),
        "INSERT INTO meetings (kind, title, date, chair_person_id, chair_name, quorum_schools, "
        "quorum_numerator, quorum_denominator, special_numerator, special_denominator, status, "
        "open_time, close_time, create_time, created_by, update_time) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, std::string(meetings::MeetingKindName(m.kind)));
    q.bind(2, m.title);
    q.bind(3, m.date);
    q.bind(4, static_cast<int64_t>(m.chair_person_id));
    q.bind(5, m.chair_name);
    q.bind(6, m.quorum.schools);
    q.bind(7, m.quorum.fraction.numerator);
    q.bind(8, m.quorum.fraction.denominator);
    q.bind(9, m.special_threshold.numerator);
    q.bind(10, m.special_threshold.denominator);
    q.bind(11, std::string(meetings::MeetingStatusName(m.status)));
    q.bind(12, m.open_time);
    q.bind(13, m.close_time);
    q.bind(14, m.create_time);
    q.bind(15, m.created_by);
    q.bind(16, m.update_time);
    q.exec();
    return txn_.connection().getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("adding meeting \"", m.title, "\""));
  }
}

absl::Status MeetingTable::Update(const Meeting& m) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE meetings SET status = ?, open_time = ?, close_time = ?, "
                        "update_time = ? WHERE id = ?");
    q.bind(1, std::string(meetings::MeetingStatusName(m.status)));
    q.bind(2, m.open_time);
    q.bind(3, m.close_time);
    q.bind(4, m.update_time);
    q.bind(5, static_cast<int64_t>(m.id));
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("meeting ", m.id, " not found"));
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("updating meeting ", m.id));
  }
}

absl::Status MeetingTable::SetMembers(int64_t meeting_id, const std::vector<std::string>& urns) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT OR IGNORE INTO meeting_members (meeting_id, school_urn) "
                        "VALUES (?, ?)");
    for (const std::string& urn : urns) {
      q.reset();
      q.bind(1, static_cast<int64_t>(meeting_id));
      q.bind(2, urn);
      q.exec();
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("recording the members of meeting ", meeting_id));
  }
}

absl::StatusOr<std::vector<std::string>> MeetingTable::Members(int64_t meeting_id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT school_urn FROM meeting_members WHERE meeting_id = ? "
                        "ORDER BY school_urn");
    q.bind(1, static_cast<int64_t>(meeting_id));
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading the members of meeting ", meeting_id));
  }
}

absl::Status MeetingTable::AddAttendance(const meetings::Attendance& a) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO meeting_attendance (meeting_id, school_urn, registered_by, "
                        "time) VALUES (?, ?, ?, ?)");
    q.bind(1, static_cast<int64_t>(a.meeting_id));
    q.bind(2, a.school_urn);
    q.bind(3, a.registered_by);
    q.bind(4, a.time);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT &&
        std::string(e.what()).find("UNIQUE") != std::string::npos) {
      return absl::AlreadyExistsError(absl::StrCat("school ", a.school_urn,
                                                   " is already registered present at meeting ",
                                                   a.meeting_id));
    }
    return FromSqlite(e, absl::StrCat("registering school ", a.school_urn, " present"));
  }
}

absl::StatusOr<std::vector<meetings::Attendance>> MeetingTable::Attendance(int64_t meeting_id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT a.meeting_id, a.school_urn, coalesce(s.name, ''), "
                        "a.registered_by, a.time FROM meeting_attendance a "
                        "LEFT JOIN schools s ON s.urn = a.school_urn "
                        "WHERE a.meeting_id = ? ORDER BY a.school_urn");
    q.bind(1, static_cast<int64_t>(meeting_id));
    std::vector<meetings::Attendance> out;
    while (q.executeStep()) {
      meetings::Attendance a;
      a.meeting_id = q.getColumn(0).getInt64();
      a.school_urn = q.getColumn(1).getString();
      a.school_name = q.getColumn(2).getString();
      a.registered_by = q.getColumn(3).getString();
      a.time = q.getColumn(4).getString();
      out.push_back(std::move(a));
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading the attendance of meeting ", meeting_id));
  }
}

absl::StatusOr<bool> MeetingTable::IsPresent(int64_t meeting_id, const std::string& urn) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT 1 FROM meeting_attendance WHERE meeting_id = ? AND "
                        "school_urn = ?");
    q.bind(1, static_cast<int64_t>(meeting_id));
    q.bind(2, urn);
    return q.executeStep();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("checking the attendance of school ", urn));
  }
}

}  // namespace partnership::storage
