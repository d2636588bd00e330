#include "storage/motion_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using meetings::Motion;

constexpr char kColumns[] =
    "id, meeting_id, number, text, kind, ballot, threshold_numerator, threshold_denominator, "
    "status, for_count, against_count, abstain_count, voting_members, present, by_proxy, "
    "quorum_required, outcome, explanation, open_time, close_time, create_time, update_time, "
    "(SELECT count(*) FROM motion_voters v WHERE v.motion_id = motions.id)";

Motion FromRow(SQLite::Statement& q) {
  Motion m;
  m.id = q.getColumn(0).getInt64();
  m.meeting_id = q.getColumn(1).getInt64();
  m.number = q.getColumn(2).getInt();
  m.text = q.getColumn(3).getString();
  m.kind = meetings::MotionKindFromName(q.getColumn(4).getString())
               .value_or(meetings::MotionKind::kUnspecified);
  m.ballot = meetings::BallotFromName(q.getColumn(5).getString())
                 .value_or(meetings::Ballot::kUnspecified);
  m.threshold.numerator = q.getColumn(6).getInt();
  m.threshold.denominator = q.getColumn(7).getInt();
  m.status = meetings::MotionStatusFromName(q.getColumn(8).getString())
                 .value_or(meetings::MotionStatus::kUnspecified);
  m.votes_for = q.getColumn(9).getInt();
  m.votes_against = q.getColumn(10).getInt();
  m.abstentions = q.getColumn(11).getInt();
  const std::string outcome = q.getColumn(16).getString();
  if (!outcome.empty()) {
    meetings::MotionResult r;
    r.votes_for = m.votes_for;
    r.votes_against = m.votes_against;
    r.abstentions = m.abstentions;
    r.attendance.voting_members = q.getColumn(12).getInt();
    r.attendance.present = q.getColumn(13).getInt();
    r.attendance.by_proxy = q.getColumn(14).getInt();
    r.attendance.quorum_required = q.getColumn(15).getInt();
    r.outcome = meetings::OutcomeFromName(outcome).value_or(meetings::Outcome::kUnspecified);
    r.explanation = q.getColumn(17).getString();
    m.result = r;
  }
  m.open_time = q.getColumn(18).getString();
  m.close_time = q.getColumn(19).getString();
  m.create_time = q.getColumn(20).getString();
  m.update_time = q.getColumn(21).getString();
  m.schools_voted = q.getColumn(22).getInt();
  return m;
}

}  // namespace

absl::Status MotionTable::Complete(Motion& m) {
  if (m.ballot != meetings::Ballot::kRecorded) return absl::OkStatus();
  SQLite::Statement q(txn_.connection(),
                      "SELECT v.school_urn, coalesce(s.name, ''), v.choice, v.by_proxy, "
                      "v.cast_by FROM motion_voters v LEFT JOIN schools s ON "
                      "s.urn = v.school_urn WHERE v.motion_id = ? ORDER BY v.school_urn");
  q.bind(1, static_cast<int64_t>(m.id));
  while (q.executeStep()) {
    meetings::RecordedVote v;
    v.school_urn = q.getColumn(0).getString();
    v.school_name = q.getColumn(1).getString();
    v.choice = meetings::VoteChoiceFromName(q.getColumn(2).getString())
                   .value_or(meetings::VoteChoice::kUnspecified);
    v.by_proxy = q.getColumn(3).getInt() != 0;
    v.cast_by = q.getColumn(4).getString();
    m.recorded_votes.push_back(std::move(v));
  }
  return absl::OkStatus();
}

absl::StatusOr<Motion> MotionTable::Get(int64_t id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM motions WHERE id = ?"));
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("motion ", id, " not found"));
    Motion m = FromRow(q);
    if (absl::Status s = Complete(m); !s.ok()) return s;
    return m;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading motion ", id));
  }
}

absl::StatusOr<std::vector<Motion>> MotionTable::ListForMeeting(int64_t meeting_id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns,
                                     " FROM motions WHERE meeting_id = ? ORDER BY number"));
    q.bind(1, static_cast<int64_t>(meeting_id));
    std::vector<Motion> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    for (Motion& m : out) {
      if (absl::Status s = Complete(m); !s.ok()) return s;
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("listing the motions of meeting ", meeting_id));
  }
}

absl::StatusOr<int> MotionTable::CountPut(int64_t meeting_id) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT count(*) FROM motions WHERE meeting_id = ? AND status != 'DRAFT'");
    q.bind(1, static_cast<int64_t>(meeting_id));
    q.executeStep();
    return q.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("counting the motions put at meeting ", meeting_id));
  }
}

absl::StatusOr<int64_t> MotionTable::Insert(const Motion& m) {
  try {
    SQLite::Statement q(
        txn_.connection(),
        "INSERT INTO motions (meeting_id, number, text, kind, ballot, threshold_numerator, "
        "threshold_denominator, status, create_time, update_time) VALUES (?1, "
        "(SELECT coalesce(max(number), 0) + 1 FROM motions WHERE meeting_id = ?1), "
        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bind(1, static_cast<int64_t>(m.meeting_id));
    q.bind(2, m.text);
    q.bind(3, std::string(meetings::MotionKindName(m.kind)));
    q.bind(4, std::string(meetings::BallotName(m.ballot)));
    q.bind(5, m.threshold.numerator);
    q.bind(6, m.threshold.denominator);
    q.bind(7, std::string(meetings::MotionStatusName(m.status)));
    q.bind(8, m.create_time);
    q.bind(9, m.update_time);
    q.exec();
    return txn_.connection().getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("adding a motion to meeting ", m.meeting_id));
  }
}

absl::Status MotionTable::Update(const Motion& m) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "UPDATE motions SET status = ?, open_time = ?, close_time = ?, "
                        "update_time = ?, voting_members = ?, present = ?, by_proxy = ?, "
                        "quorum_required = ?, outcome = ?, explanation = ? WHERE id = ?");
    q.bind(1, std::string(meetings::MotionStatusName(m.status)));
    q.bind(2, m.open_time);
    q.bind(3, m.close_time);
    q.bind(4, m.update_time);
    const meetings::MotionResult r = m.result.value_or(meetings::MotionResult{});
    q.bind(5, r.attendance.voting_members);
    q.bind(6, r.attendance.present);
    q.bind(7, r.attendance.by_proxy);
    q.bind(8, r.attendance.quorum_required);
    q.bind(9, std::string(meetings::OutcomeName(r.outcome)));
    q.bind(10, r.explanation);
    q.bind(11, static_cast<int64_t>(m.id));
    if (q.exec() == 0) return absl::NotFoundError(absl::StrCat("motion ", m.id, " not found"));
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("updating motion ", m.id));
  }
}

absl::Status MotionTable::AddVote(const StoredVote& v) {
  const char* column = v.choice == meetings::VoteChoice::kFor       ? "for_count"
                       : v.choice == meetings::VoteChoice::kAgainst ? "against_count"
                                                                    : "abstain_count";
  try {
    SQLite::Statement voter(txn_.connection(),
                            "INSERT INTO motion_voters (motion_id, school_urn, by_proxy, "
                            "cast_by, choice) VALUES (?, ?, ?, ?, ?)");
    voter.bind(1, static_cast<int64_t>(v.motion_id));
    voter.bind(2, v.school_urn);
    voter.bind(3, v.by_proxy ? 1 : 0);
    voter.bind(4, v.cast_by);
    voter.bind(5, v.recorded ? std::string(meetings::VoteChoiceName(v.choice)) : std::string());
    voter.exec();
    SQLite::Statement total(txn_.connection(),
                            absl::StrCat("UPDATE motions SET ", column, " = ", column,
                                         " + 1 WHERE id = ?"));
    total.bind(1, static_cast<int64_t>(v.motion_id));
    if (total.exec() == 0) {
      return absl::NotFoundError(absl::StrCat("motion ", v.motion_id, " not found"));
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT &&
        std::string(e.what()).find("UNIQUE") != std::string::npos) {
      return absl::AlreadyExistsError(absl::StrCat("school ", v.school_urn,
                                                   " has already voted on motion ", v.motion_id));
    }
    return FromSqlite(e, absl::StrCat("recording the vote of school ", v.school_urn,
                                      " on motion ", v.motion_id));
  }
}

absl::StatusOr<bool> MotionTable::HasVoted(int64_t motion_id, const std::string& urn) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT 1 FROM motion_voters WHERE motion_id = ? AND school_urn = ?");
    q.bind(1, static_cast<int64_t>(motion_id));
    q.bind(2, urn);
    return q.executeStep();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("checking whether school ", urn, " has voted"));
  }
}

}  // namespace partnership::storage
