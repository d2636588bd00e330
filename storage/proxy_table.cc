#include "storage/proxy_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using meetings::Proxy;

constexpr char kSelect[] =
    "SELECT p.meeting_id, p.school_urn, coalesce(s.name, ''), p.holder_urn, "
    "coalesce(h.name, ''), p.kind, p.appointed_by, p.time FROM proxies p "
    "LEFT JOIN schools s ON s.urn = p.school_urn LEFT JOIN schools h ON h.urn = p.holder_urn "
    "WHERE p.meeting_id = ?";

Proxy FromRow(SQLite::Statement& q) {
  Proxy p;
  p.meeting_id = q.getColumn(0).getInt64();
  p.school_urn = q.getColumn(1).getString();
  p.school_name = q.getColumn(2).getString();
  p.holder_urn = q.getColumn(3).getString();
  p.holder_name = q.getColumn(4).getString();
  p.kind = meetings::ProxyKindFromName(q.getColumn(5).getString())
               .value_or(meetings::ProxyKind::kUnspecified);
  p.appointed_by = q.getColumn(6).getString();
  p.time = q.getColumn(7).getString();
  return p;
}

}  // namespace

absl::Status ProxyTable::LoadDirections(std::vector<Proxy>& proxies) {
  if (proxies.empty()) return absl::OkStatus();
  std::map<std::string, Proxy*> by_school;
  for (Proxy& p : proxies) by_school[p.school_urn] = &p;
  SQLite::Statement q(txn_.connection(),
                      "SELECT d.school_urn, d.motion_id, d.choice FROM proxy_directions d "
                      "JOIN motions m ON m.id = d.motion_id WHERE d.meeting_id = ? "
                      "ORDER BY d.school_urn, m.number");
  q.bind(1, static_cast<int64_t>(proxies.front().meeting_id));
  while (q.executeStep()) {
    auto it = by_school.find(q.getColumn(0).getString());
    if (it == by_school.end()) continue;
    meetings::ProxyDirection d;
    d.motion_id = q.getColumn(1).getInt64();
    d.choice = meetings::VoteChoiceFromName(q.getColumn(2).getString())
                   .value_or(meetings::VoteChoice::kUnspecified);
    it->second->directions.push_back(d);
  }
  return absl::OkStatus();
}

absl::StatusOr<std::optional<Proxy>> ProxyTable::Find(int64_t meeting_id,
                                                      const std::string& school_urn) {
  try {
    SQLite::Statement q(txn_.connection(), absl::StrCat(kSelect, " AND p.school_urn = ?"));
    q.bind(1, static_cast<int64_t>(meeting_id));
    q.bind(2, school_urn);
    if (!q.executeStep()) return std::optional<Proxy>();
    std::vector<Proxy> one = {FromRow(q)};
    if (absl::Status s = LoadDirections(one); !s.ok()) return s;
    return std::optional<Proxy>(std::move(one[0]));
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading the proxy of school ", school_urn));
  }
}

absl::StatusOr<std::vector<Proxy>> ProxyTable::List(int64_t meeting_id) {
  try {
    SQLite::Statement q(txn_.connection(), absl::StrCat(kSelect, " ORDER BY p.school_urn"));
    q.bind(1, static_cast<int64_t>(meeting_id));
    std::vector<Proxy> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    if (absl::Status s = LoadDirections(out); !s.ok()) return s;
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("listing the proxies of meeting ", meeting_id));
  }
}

absl::Status ProxyTable::Put(const Proxy& p) {
  try {
    SQLite::Statement gone(txn_.connection(),
                           "DELETE FROM proxy_directions WHERE meeting_id = ? AND school_urn = ?");
    gone.bind(1, static_cast<int64_t>(p.meeting_id));
    gone.bind(2, p.school_urn);
    gone.exec();
    SQLite::Statement q(txn_.connection(),
                        "INSERT OR REPLACE INTO proxies (meeting_id, school_urn, holder_urn, kind, "
                        "appointed_by, time) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, static_cast<int64_t>(p.meeting_id));
    q.bind(2, p.school_urn);
    q.bind(3, p.holder_urn);
    q.bind(4, std::string(meetings::ProxyKindName(p.kind)));
    q.bind(5, p.appointed_by);
    q.bind(6, p.time);
    q.exec();
    SQLite::Statement d(txn_.connection(),
                        "INSERT INTO proxy_directions (meeting_id, school_urn, motion_id, choice) "
                        "VALUES (?, ?, ?, ?)");
    for (const meetings::ProxyDirection& dir : p.directions) {
      d.reset();
      d.bind(1, static_cast<int64_t>(p.meeting_id));
      d.bind(2, p.school_urn);
      d.bind(3, static_cast<int64_t>(dir.motion_id));
      d.bind(4, std::string(meetings::VoteChoiceName(dir.choice)));
      d.exec();
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("storing the proxy of school ", p.school_urn));
  }
}

absl::Status ProxyTable::ForgetDirections(int64_t motion_id) {
  try {
    SQLite::Statement q(txn_.connection(), "DELETE FROM proxy_directions WHERE motion_id = ?");
    q.bind(1, static_cast<int64_t>(motion_id));
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("forgetting the directions for motion ", motion_id));
  }
}

}  // namespace partnership::storage
