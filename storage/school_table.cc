#include "storage/school_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {
namespace {

using registry::School;

constexpr char kColumns[] =
    "urn, name, la_code, la_name, establishment_type, establishment_type_group, phase, status, "
    "trust, diocese, religious_character, pupils, postcode, town, district, easting, northing, "
    "latitude, longitude, review_group, review_group_set_by_coordinator, head_name, "
    "update_time";

template <typename T>
std::optional<T> OptionalColumn(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  if constexpr (std::is_same_v<T, double>) {
    return c.getDouble();
  } else {
    return static_cast<T>(c.getInt());
  }
}

School FromRow(SQLite::Statement& q) {
  School s;
  s.urn = q.getColumn(0).getString();
  s.name = q.getColumn(1).getString();
  s.la_code = q.getColumn(2).getString();
  s.la_name = q.getColumn(3).getString();
  s.establishment_type = q.getColumn(4).getString();
  s.establishment_type_group = q.getColumn(5).getString();
  s.phase = registry::PhaseFromName(q.getColumn(6).getString()).value_or(registry::Phase::kOther);
  s.status = registry::SchoolStatusFromName(q.getColumn(7).getString())
                 .value_or(registry::SchoolStatus::kOpen);
  s.trust = q.getColumn(8).getString();
  s.diocese = q.getColumn(9).getString();
  s.religious_character = q.getColumn(10).getString();
  s.pupils = OptionalColumn<int>(q.getColumn(11));
  s.postcode = q.getColumn(12).getString();
  s.town = q.getColumn(13).getString();
  s.district = q.getColumn(14).getString();
  s.easting = OptionalColumn<int>(q.getColumn(15));
  s.northing = OptionalColumn<int>(q.getColumn(16));
  s.latitude = OptionalColumn<double>(q.getColumn(17));
  s.longitude = OptionalColumn<double>(q.getColumn(18));
  s.review_group = q.getColumn(19).getString();
  s.review_group_set_by_coordinator = q.getColumn(20).getInt() != 0;
  s.head_name = q.getColumn(21).getString();
  s.update_time = q.getColumn(22).getString();
  return s;
}

template <typename T>
void BindOptional(SQLite::Statement& q, int index, const std::optional<T>& v) {
  if (v.has_value()) {
    q.bind(index, *v);
  } else {
    q.bind(index);
  }
}

// Appends the WHERE clause for `query` and binds its values after the statement is built.
std::string WhereClause(const SchoolQuery& query, bool paged) {
  std::string where = " WHERE 1=1";
  if (query.phase) where += " AND phase = :phase";
  if (!query.review_group.empty()) where += " AND review_group = :group";
  if (!query.la_code.empty()) where += " AND la_code = :la";
  if (query.status) where += " AND status = :status";
  if (paged && !query.after_urn.empty()) where += " AND urn > :after";
  return where;
}

void BindQuery(SQLite::Statement& q, const SchoolQuery& query, bool paged) {
  if (query.phase) q.bind(":phase", std::string(registry::PhaseName(*query.phase)));
  if (!query.review_group.empty()) q.bind(":group", query.review_group);
  if (!query.la_code.empty()) q.bind(":la", query.la_code);
  if (query.status) q.bind(":status", std::string(registry::SchoolStatusName(*query.status)));
  if (paged && !query.after_urn.empty()) q.bind(":after", query.after_urn);
}

}  // namespace

absl::StatusOr<School> SchoolTable::Get(const std::string& urn) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT ", kColumns, " FROM schools WHERE urn = ?"));
    q.bind(1, urn);
    if (!q.executeStep()) return absl::NotFoundError(absl::StrCat("school ", urn, " not found"));
    return FromRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading school ", urn));
  }
}

absl::StatusOr<bool> SchoolTable::Exists(const std::string& urn) {
  try {
    SQLite::Statement q(txn_.connection(), "SELECT 1 FROM schools WHERE urn = ?");
    q.bind(1, urn);
    return q.executeStep();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("looking up school ", urn));
  }
}

absl::StatusOr<std::vector<School>> SchoolTable::List(const SchoolQuery& query) {
  try {
    std::string sql = absl::StrCat("SELECT ", kColumns, " FROM schools",
                                   WhereClause(query, true), " ORDER BY urn");
    if (query.limit > 0) absl::StrAppend(&sql, " LIMIT ", query.limit);
    SQLite::Statement q(txn_.connection(), sql);
    BindQuery(q, query, true);
    std::vector<School> out;
    while (q.executeStep()) out.push_back(FromRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing schools");
  }
}

absl::StatusOr<int> SchoolTable::Count(const SchoolQuery& query) {
  try {
    SQLite::Statement q(txn_.connection(),
                        absl::StrCat("SELECT count(*) FROM schools", WhereClause(query, false)));
    BindQuery(q, query, false);
    q.executeStep();
    return q.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "counting schools");
  }
}

absl::Status SchoolTable::Upsert(const School& s) {
  try {
    SQLite::Statement q(
        txn_.connection(),
        absl::StrCat("INSERT INTO schools (", kColumns,
                     ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                     "ON CONFLICT (urn) DO UPDATE SET name=excluded.name, "
                     "la_code=excluded.la_code, la_name=excluded.la_name, "
                     "establishment_type=excluded.establishment_type, "
                     "establishment_type_group=excluded.establishment_type_group, "
                     "phase=excluded.phase, status=excluded.status, trust=excluded.trust, "
                     "diocese=excluded.diocese, religious_character=excluded.religious_character, "
                     "pupils=excluded.pupils, postcode=excluded.postcode, town=excluded.town, "
                     "district=excluded.district, easting=excluded.easting, "
                     "northing=excluded.northing, latitude=excluded.latitude, "
                     "longitude=excluded.longitude, review_group=excluded.review_group, "
                     "review_group_set_by_coordinator=excluded.review_group_set_by_coordinator, "
                     "head_name=excluded.head_name, update_time=excluded.update_time"));
    int i = 1;
    q.bind(i++, s.urn);
    q.bind(i++, s.name);
    q.bind(i++, s.la_code);
    q.bind(i++, s.la_name);
    q.bind(i++, s.establishment_type);
    q.bind(i++, s.establishment_type_group);
    q.bind(i++, std::string(registry::PhaseName(s.phase)));
    q.bind(i++, std::string(registry::SchoolStatusName(s.status)));
    q.bind(i++, s.trust);
    q.bind(i++, s.diocese);
    q.bind(i++, s.religious_character);
    BindOptional(q, i++, s.pupils);
    q.bind(i++, s.postcode);
    q.bind(i++, s.town);
    q.bind(i++, s.district);
    BindOptional(q, i++, s.easting);
    BindOptional(q, i++, s.northing);
    BindOptional(q, i++, s.latitude);
    BindOptional(q, i++, s.longitude);
    q.bind(i++, s.review_group);
    q.bind(i++, s.review_group_set_by_coordinator ? 1 : 0);
    q.bind(i++, s.head_name);
    q.bind(i++, s.update_time);
    q.exec();
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("writing school ", s.urn));
  }
}

absl::StatusOr<std::vector<std::string>> SchoolTable::ReviewGroups() {
  try {
    SQLite::Statement q(txn_.connection(),
                        "SELECT DISTINCT review_group FROM schools WHERE review_group != '' "
                        "ORDER BY review_group");
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, "listing review groups");
  }
}

}  // namespace partnership::storage
