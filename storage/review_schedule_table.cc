#include "storage/review_schedule_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

void Clear(SQLite::Database& db, const char* table, const std::string& cycle) {
  SQLite::Statement q(db, absl::StrCat("DELETE FROM ", table, " WHERE cycle = ?"));
  q.bind(1, cycle);
  q.exec();
}

}  // namespace

absl::Status ReviewScheduleTable::Replace(const std::string& cycle, const StoredSchedule& s) {
  try {
    SQLite::Database& db = txn_.connection();
    for (const char* table : {"review_team_members", "review_visits", "review_unreviewed",
                              "review_schedules"}) {
      Clear(db, table, cycle);
    }
    const scheduler::Schedule& sc = s.schedule;
    SQLite::Statement head(db,
                           "INSERT INTO review_schedules (cycle, source, seed, cost_total, "
                           "travel_km, focus_matches, fairness_days, cross_group_assignments, "
                           "unreviewed, bound, optimal, solve_seconds, create_time, created_by) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    int i = 1;
    head.bind(i++, cycle);
    head.bind(i++, s.source);
    head.bind(i++, static_cast<int64_t>(s.seed));
    head.bind(i++, sc.cost.total);
    head.bind(i++, sc.cost.travel_km);
    head.bind(i++, sc.cost.focus_matches);
    head.bind(i++, sc.cost.fairness_days);
    head.bind(i++, sc.cost.cross_group_assignments);
    head.bind(i++, sc.cost.unreviewed);
    head.bind(i++, sc.bound);
    head.bind(i++, sc.optimal ? 1 : 0);
    head.bind(i++, sc.solve_seconds);
    head.bind(i++, s.create_time);
    head.bind(i++, s.created_by);
    head.exec();
    SQLite::Statement visit(db,
                            "INSERT INTO review_visits (cycle, reviewee_urn, date, position) "
                            "VALUES (?,?,?,?)");
    SQLite::Statement member(db,
                             "INSERT INTO review_team_members (cycle, reviewee_urn, leader_id, "
                             "school_urn, role, lead, position) VALUES (?,?,?,?,?,?,?)");
    int position = 0;
    for (const scheduler::Review& r : sc.reviews) {
      visit.bind(1, cycle);
      visit.bind(2, r.reviewee);
      visit.bind(3, r.date);
      visit.bind(4, position++);
      visit.exec();
      visit.reset();
      int seat = 0;
      for (const scheduler::TeamMember& m : r.team) {
        member.bind(1, cycle);
        member.bind(2, r.reviewee);
        member.bind(3, m.leader);
        member.bind(4, m.school);
        member.bind(5, scheduler::LeaderRoleName(m.role));
        member.bind(6, m.lead ? 1 : 0);
        member.bind(7, seat++);
        member.exec();
        member.reset();
      }
    }
    SQLite::Statement unreviewed(db,
                                 "INSERT INTO review_unreviewed (cycle, school_urn, reasons, "
                                 "position) VALUES (?,?,?,?)");
    position = 0;
    for (const scheduler::Unreviewed& u : sc.unreviewed) {
      unreviewed.bind(1, cycle);
      unreviewed.bind(2, u.school);
      unreviewed.bind(3, absl::StrJoin(u.reasons, "\n"));
      unreviewed.bind(4, position++);
      unreviewed.exec();
      unreviewed.reset();
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("storing the schedule of cycle ", cycle));
  }
}

absl::StatusOr<StoredSchedule> ReviewScheduleTable::Get(const std::string& cycle) {
  try {
    SQLite::Database& db = txn_.connection();
    SQLite::Statement head(db,
                           "SELECT source, seed, cost_total, travel_km, focus_matches, "
                           "fairness_days, cross_group_assignments, unreviewed, bound, optimal, "
                           "solve_seconds, create_time, created_by FROM review_schedules "
                           "WHERE cycle = ?");
    head.bind(1, cycle);
    if (!head.executeStep()) {
      return absl::NotFoundError(absl::StrCat("review cycle ", cycle, " has no schedule yet"));
    }
    StoredSchedule s;
    scheduler::Schedule& sc = s.schedule;
    sc.cycle = cycle;
    int i = 0;
    s.source = head.getColumn(i++).getString();
    s.seed = static_cast<uint64_t>(head.getColumn(i++).getInt64());
    sc.cost.total = head.getColumn(i++).getDouble();
    sc.cost.travel_km = head.getColumn(i++).getDouble();
    sc.cost.focus_matches = head.getColumn(i++).getInt();
    sc.cost.fairness_days = head.getColumn(i++).getDouble();
    sc.cost.cross_group_assignments = head.getColumn(i++).getInt();
    sc.cost.unreviewed = head.getColumn(i++).getInt();
    sc.bound = head.getColumn(i++).getDouble();
    sc.optimal = head.getColumn(i++).getInt() != 0;
    sc.solve_seconds = head.getColumn(i++).getDouble();
    s.create_time = head.getColumn(i++).getString();
    s.created_by = head.getColumn(i++).getString();

    SQLite::Statement visits(db,
                             "SELECT reviewee_urn, date FROM review_visits WHERE cycle = ? "
                             "ORDER BY position");
    visits.bind(1, cycle);
    std::map<std::string, size_t> index;
    while (visits.executeStep()) {
      index[visits.getColumn(0).getString()] = sc.reviews.size();
      sc.reviews.push_back({visits.getColumn(0).getString(), visits.getColumn(1).getString(), {}});
    }
    SQLite::Statement members(db,
                              "SELECT reviewee_urn, leader_id, school_urn, role, lead FROM "
                              "review_team_members WHERE cycle = ? ORDER BY reviewee_urn, position");
    members.bind(1, cycle);
    while (members.executeStep()) {
      auto it = index.find(members.getColumn(0).getString());
      if (it == index.end()) continue;
      scheduler::TeamMember m;
      m.leader = members.getColumn(1).getString();
      m.school = members.getColumn(2).getString();
      m.role = members.getColumn(3).getString() == std::string("DEPUTY")
                   ? scheduler::LeaderRole::kDeputy
                   : scheduler::LeaderRole::kHead;
      m.lead = members.getColumn(4).getInt() != 0;
      sc.reviews[it->second].team.push_back(m);
    }
    SQLite::Statement unreviewed(db,
                                 "SELECT school_urn, reasons FROM review_unreviewed WHERE cycle = ? "
                                 "ORDER BY position");
    unreviewed.bind(1, cycle);
    while (unreviewed.executeStep()) {
      sc.unreviewed.push_back({unreviewed.getColumn(0).getString(),
                               absl::StrSplit(unreviewed.getColumn(1).getString(), '\n',
                                              absl::SkipEmpty())});
    }
    return s;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading the schedule of cycle ", cycle));
  }
}

absl::StatusOr<std::vector<PastVisit>> ReviewScheduleTable::PastVisits(const std::string& cycle) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT DISTINCT m.cycle, m.school_urn, m.reviewee_urn "
                        "FROM review_team_members m JOIN review_cycles c ON c.name = m.cycle "
                        "WHERE c.status = 'CONFIRMED' AND m.cycle < ? "
                        "ORDER BY m.cycle, m.reviewee_urn, m.school_urn");
    q.bind(1, cycle);
    std::vector<PastVisit> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                     q.getColumn(2).getString()});
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "reading past reviews");
  }
}

absl::Status DaysLedgerTable::Write(const std::string& cycle,
                                    const std::vector<scheduler::DaysLedger>& rows) {
  try {
    Clear(txn_.connection(), "days_ledger", cycle);
    SQLite::Statement q(txn_.connection(),
                        "INSERT INTO days_ledger (cycle, school_urn, head_days_given, "
                        "deputy_days_given, head_days_balance, deputy_days_balance) "
                        "VALUES (?,?,?,?,?,?)");
    for (const scheduler::DaysLedger& r : rows) {
      q.bind(1, cycle);
      q.bind(2, r.school);
      q.bind(3, r.head_days_given);
      q.bind(4, r.deputy_days_given);
      q.bind(5, r.head_days_balance);
      q.bind(6, r.deputy_days_balance);
      q.exec();
      q.reset();
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("writing the days ledger of cycle ", cycle));
  }
}

absl::StatusOr<std::map<std::string, scheduler::DaysLedger>> DaysLedgerTable::BalancesBefore(
    const std::string& cycle) {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT school_urn, head_days_given, deputy_days_given, "
                        "head_days_balance, deputy_days_balance FROM days_ledger WHERE cycle = "
                        "(SELECT max(cycle) FROM days_ledger WHERE cycle < ?)");
    q.bind(1, cycle);
    std::map<std::string, scheduler::DaysLedger> out;
    while (q.executeStep()) {
      scheduler::DaysLedger r;
      r.school = q.getColumn(0).getString();
      r.head_days_given = q.getColumn(1).getInt();
      r.deputy_days_given = q.getColumn(2).getInt();
      r.head_days_balance = q.getColumn(3).getDouble();
      r.deputy_days_balance = q.getColumn(4).getDouble();
      out[r.school] = r;
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "reading the days ledger");
  }
}

absl::StatusOr<std::vector<std::pair<std::string, scheduler::DaysLedger>>> DaysLedgerTable::List(
    const std::string& school_urn) {
  try {
    std::string sql =
        "SELECT cycle, school_urn, head_days_given, deputy_days_given, head_days_balance, "
        "deputy_days_balance FROM days_ledger";
    if (!school_urn.empty()) sql += " WHERE school_urn = :school";
    sql += " ORDER BY cycle, school_urn";
    SQLite::Statement q(txn_.connection(), sql);
    if (!school_urn.empty()) q.bind(":school", school_urn);
    std::vector<std::pair<std::string, scheduler::DaysLedger>> out;
    while (q.executeStep()) {
      scheduler::DaysLedger r;
      r.school = q.getColumn(1).getString();
      r.head_days_given = q.getColumn(2).getInt();
      r.deputy_days_given = q.getColumn(3).getInt();
      r.head_days_balance = q.getColumn(4).getDouble();
      r.deputy_days_balance = q.getColumn(5).getDouble();
      out.emplace_back(q.getColumn(0).getString(), r);
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing the days ledger");
  }
}

}  // namespace partnership::storage
