#include "storage/migrations.h"

namespace partnership::storage {

const std::vector<Migration>& AllMigrations() {
  static const auto* kMigrations = new std::vector<Migration>{
      {1, R"sql(
CREATE TABLE schools (
  urn TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  la_code TEXT NOT NULL,
  la_name TEXT NOT NULL DEFAULT '',
  establishment_type TEXT NOT NULL DEFAULT '',
  establishment_type_group TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  trust TEXT NOT NULL DEFAULT '',
  diocese TEXT NOT NULL DEFAULT '',
  religious_character TEXT NOT NULL DEFAULT '',
  pupils INTEGER,
  postcode TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  district TEXT NOT NULL DEFAULT '',
  easting INTEGER,
  northing INTEGER,
  latitude REAL,
  longitude REAL,
  review_group TEXT NOT NULL DEFAULT '',
  review_group_set_by_coordinator INTEGER NOT NULL DEFAULT 0,
  head_name TEXT NOT NULL DEFAULT '',
  update_time TEXT NOT NULL
);
CREATE INDEX schools_by_la ON schools (la_code, urn);
CREATE INDEX schools_by_group ON schools (review_group, urn);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  school_urn TEXT REFERENCES schools (urn),
  role TEXT NOT NULL,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  email TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  training_completed_on TEXT NOT NULL DEFAULT '',
  update_time TEXT NOT NULL
);
CREATE INDEX people_by_school ON people (school_urn, id);

CREATE TABLE leader_unavailable_dates (
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  PRIMARY KEY (person_id, date)
) WITHOUT ROWID;

CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  secret_sha256 TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  role TEXT NOT NULL,
  school_urn TEXT REFERENCES schools (urn),
  person_id INTEGER REFERENCES people (id),
  create_time TEXT NOT NULL,
  created_by TEXT NOT NULL,
  revoke_time TEXT
);

CREATE TABLE audit_log (
  sequence INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  record TEXT NOT NULL,
  detail TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
-- The last entry's sequence and hash, kept apart so that removing entries from the end of
-- the log is detected too.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  sequence INTEGER NOT NULL,
  hash TEXT NOT NULL
);
)sql"},
  };
  return *kMigrations;
}

int LatestSchemaVersion() { return AllMigrations().back().version; }

}  // namespace partnership::storage
