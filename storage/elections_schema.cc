#include "storage/migrations.h"

namespace partnership::storage {

// Board elections. The secrecy of the ballot rests on the split between election_electorate
// (who may vote and who has voted) and election_ballots (what was voted): a ballot row holds
// no school, no time and no sequence number, and is keyed by its receipt code, which is
// derived from a key only the voter holds, so the table's order is random too.
const char kElectionsSchema[] = R"sql(
CREATE TABLE elections (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  method TEXT NOT NULL,
  seats INTEGER NOT NULL CHECK (seats >= 1),
  constituency TEXT NOT NULL,
  candidate_role TEXT NOT NULL DEFAULT '',
  seat TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  electorate_date TEXT NOT NULL DEFAULT '',
  voting_closes_at TEXT NOT NULL DEFAULT '',
  uncontested INTEGER NOT NULL DEFAULT 0,
  elected TEXT NOT NULL DEFAULT '',
  result_json TEXT NOT NULL DEFAULT '',
  result_report TEXT NOT NULL DEFAULT '',
  ballot_file TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  create_time TEXT NOT NULL,
  update_time TEXT NOT NULL
);

CREATE TABLE election_named_schools (
  election_id INTEGER NOT NULL REFERENCES elections (id),
  school_urn TEXT NOT NULL REFERENCES schools (urn),
  PRIMARY KEY (election_id, school_urn)
) WITHOUT ROWID;

CREATE TABLE election_candidates (
  election_id INTEGER NOT NULL REFERENCES elections (id),
  number INTEGER NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people (id),
  name TEXT NOT NULL,
  school_urn TEXT NOT NULL DEFAULT '',
  withdrawn INTEGER NOT NULL DEFAULT 0,
  nominated_by TEXT NOT NULL,
  PRIMARY KEY (election_id, number),
  UNIQUE (election_id, person_id)
) WITHOUT ROWID;

CREATE TABLE election_delegates (
  election_id INTEGER NOT NULL REFERENCES elections (id),
  school_urn TEXT NOT NULL REFERENCES schools (urn),
  person_id INTEGER NOT NULL REFERENCES people (id),
  PRIMARY KEY (election_id, school_urn)
) WITHOUT ROWID;

-- Fixed when voting opens. voted/cast_by/key_digest are filled in place when the school
-- votes; rows stay in URN order.
CREATE TABLE election_electorate (
  election_id INTEGER NOT NULL REFERENCES elections (id),
  school_urn TEXT NOT NULL REFERENCES schools (urn),
  voted INTEGER NOT NULL DEFAULT 0,
  cast_by TEXT NOT NULL DEFAULT '',
  key_digest TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (election_id, school_urn)
) WITHOUT ROWID;

CREATE TABLE election_ballots (
  election_id INTEGER NOT NULL REFERENCES elections (id),
  receipt TEXT NOT NULL,
  ranking TEXT NOT NULL,
  PRIMARY KEY (election_id, receipt)
) WITHOUT ROWID;
)sql";

}  // namespace partnership::storage
