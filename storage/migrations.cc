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
      // Membership: agreement texts, agreements and their history, contribution banding.
      {2, R"sql(
CREATE TABLE agreement_texts (
  version INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  first_academic_year TEXT NOT NULL,
  last_academic_year TEXT NOT NULL DEFAULT '',
  create_time TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE agreement_clauses (
  text_version INTEGER NOT NULL REFERENCES agreement_texts (version),
  number INTEGER NOT NULL,
  section TEXT NOT NULL,
  heading TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (text_version, number)
) WITHOUT ROWID;
-- Schools signed these words: a text is never changed or removed, only superseded.
CREATE TRIGGER agreement_texts_never_change BEFORE UPDATE ON agreement_texts
BEGIN SELECT RAISE(ABORT, 'agreement texts are never edited'); END;
CREATE TRIGGER agreement_texts_never_go BEFORE DELETE ON agreement_texts
BEGIN SELECT RAISE(ABORT, 'agreement texts are never removed'); END;
CREATE TRIGGER agreement_clauses_never_change BEFORE UPDATE ON agreement_clauses
BEGIN SELECT RAISE(ABORT, 'agreement texts are never edited'); END;
CREATE TRIGGER agreement_clauses_never_go BEFORE DELETE ON agreement_clauses
BEGIN SELECT RAISE(ABORT, 'agreement texts are never removed'); END;

CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  school_urn TEXT NOT NULL REFERENCES schools (urn),
  academic_year TEXT NOT NULL,
  text_version INTEGER NOT NULL REFERENCES agreement_texts (version),
  status TEXT NOT NULL
    CHECK (status IN ('APPLIED', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
  applied_on TEXT NOT NULL,
  approved_on TEXT NOT NULL DEFAULT '',
  approval_minute TEXT NOT NULL DEFAULT '',
  signed_on TEXT NOT NULL DEFAULT '',
  -- No foreign key: the agreement keeps the signature (and the name) if the person goes.
  signed_by_person_id INTEGER NOT NULL DEFAULT 0,
  signed_by_name TEXT NOT NULL DEFAULT '',
  suspended_from TEXT NOT NULL DEFAULT '',
  suspension_reason TEXT NOT NULL DEFAULT '',
  withdrawn_from TEXT NOT NULL DEFAULT '',
  withdrawal_reason TEXT NOT NULL DEFAULT '',
  previous_id INTEGER REFERENCES agreements (id),
  update_time TEXT NOT NULL
);
CREATE INDEX agreements_by_school ON agreements (school_urn, academic_year);
CREATE INDEX agreements_by_year ON agreements (academic_year, school_urn);
CREATE INDEX agreements_by_previous ON agreements (previous_id);
-- At most one live (not withdrawn) agreement per school and academic year.
CREATE UNIQUE INDEX agreements_one_live ON agreements (school_urn, academic_year)
  WHERE status != 'WITHDRAWN';

CREATE TABLE agreement_events (
  agreement_id INTEGER NOT NULL REFERENCES agreements (id),
  sequence INTEGER NOT NULL,
  action TEXT NOT NULL,
  effective_on TEXT NOT NULL,
  status_after TEXT NOT NULL,
  detail TEXT NOT NULL,
  actor TEXT NOT NULL,
  time TEXT NOT NULL,
  PRIMARY KEY (agreement_id, sequence)
) WITHOUT ROWID;

CREATE TABLE contribution_years (
  academic_year TEXT PRIMARY KEY,
  la_contribution_pence INTEGER NOT NULL CHECK (la_contribution_pence >= 0),
  update_time TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE contribution_bands (
  academic_year TEXT NOT NULL REFERENCES contribution_years (academic_year),
  min_pupils INTEGER NOT NULL,
  max_pupils INTEGER,
  annual_pence INTEGER NOT NULL CHECK (annual_pence >= 0),
  PRIMARY KEY (academic_year, min_pupils)
) WITHOUT ROWID;

-- Version 1 of the agreement, worded from the proposal ("The proposed membership and
-- governance structure"). Part of the schema so that every database has it, unchanged.
INSERT INTO agreement_texts (version, title, first_academic_year, last_academic_year,
                             create_time, created_by)
VALUES (1, 'Gloucestershire Schools Partnership membership agreement', '2026-27', '',
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'partnershipd (schema version 2)');
INSERT INTO agreement_clauses (text_version, number, section, heading, body) VALUES
  (1, 1, 'RIGHTS', 'Voting for the partnership board',
   'The member school may vote, through its phase association, in the elections of the partnership board.'),
  (1, 2, 'RIGHTS', 'Voting at the annual general meeting',
   'The member school may vote on the key decisions put to the annual general meeting.'),
  (1, 3, 'WAYS_OF_WORKING', 'Ways of working',
   'The partnership and the member school work together on the partnership principles: school-led, collaborative, inclusive of every school in Gloucestershire and focused on better outcomes for all children and young people.'),
  (1, 4, 'BENEFITS', 'Peer review',
   'Once a year the member school receives a 1-day high quality peer review carried out by 3 school leaders.'),
  (1, 5, 'BENEFITS', 'School-to-school support',
   'The member school has access to the quality assured directory of school-to-school support, a consistent pricing framework for that support and the help of a broker in finding the right support.'),
  (1, 6, 'BENEFITS', 'Communications',
   'The member school receives regular high-quality communications about the partnership''s priorities, drawn from the findings of the peer review programme, actions and activity in schools, including shared practical resources.'),
  (1, 7, 'BENEFITS', 'Development',
   'The member school may take part in discounted CPD and other development activities run through the partnership, including learning hubs.'),
  (1, 8, 'COMMITMENTS', 'Taking part in peer review',
   'The member school takes part in regular peer review, both as a reviewer, releasing its leaders to review other schools, and as the school reviewed.'),
  (1, 9, 'COMMITMENTS', 'Sharing the outcomes of peer review',
   'The member school shares the outcomes of its peer review with the partnership.'),
  (1, 10, 'COMMITMENTS', 'Sharing data',
   'The member school shares data with the partnership.');
)sql"},
      // Peer reviews: cycles, their schedules, conflicts between schools, the days ledger.
      {3, R"sql(
CREATE TABLE review_cycles (
  name TEXT PRIMARY KEY,
  dates TEXT NOT NULL,
  team_size INTEGER NOT NULL,
  min_heads_per_team INTEGER NOT NULL,
  allow_reciprocal INTEGER NOT NULL,
  avoid_same_trust INTEGER NOT NULL,
  repeat_window_cycles INTEGER NOT NULL,
  leadership_cover INTEGER NOT NULL,
  cross_group INTEGER NOT NULL,
  max_travel_km REAL NOT NULL,
  travel_per_km REAL NOT NULL,
  focus_match REAL NOT NULL,
  fairness_per_day REAL NOT NULL,
  cross_group_weight REAL NOT NULL,
  unreviewed_weight REAL NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('PLANNING', 'DRAFTED', 'CONFIRMED')),
  create_time TEXT NOT NULL,
  update_time TEXT NOT NULL
);
CREATE TABLE review_schedules (
  cycle TEXT PRIMARY KEY REFERENCES review_cycles (name),
  source TEXT NOT NULL CHECK (source IN ('SOLVED', 'IMPORTED')),
  seed INTEGER NOT NULL,
  cost_total REAL NOT NULL,
  travel_km REAL NOT NULL,
  focus_matches INTEGER NOT NULL,
  fairness_days REAL NOT NULL,
  cross_group_assignments INTEGER NOT NULL,
  unreviewed INTEGER NOT NULL,
  bound REAL NOT NULL,
  optimal INTEGER NOT NULL,
  solve_seconds REAL NOT NULL,
  create_time TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE review_visits (
  cycle TEXT NOT NULL REFERENCES review_cycles (name),
  reviewee_urn TEXT NOT NULL REFERENCES schools (urn),
  date TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (cycle, reviewee_urn)
) WITHOUT ROWID;
-- Leader ids are kept as text, not as a foreign key: the history of who reviewed whom
-- outlives the person's record.
CREATE TABLE review_team_members (
  cycle TEXT NOT NULL,
  reviewee_urn TEXT NOT NULL,
  leader_id TEXT NOT NULL,
  school_urn TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('HEAD', 'DEPUTY')),
  lead INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (cycle, reviewee_urn, leader_id),
  FOREIGN KEY (cycle, reviewee_urn) REFERENCES review_visits (cycle, reviewee_urn)
) WITHOUT ROWID;
CREATE INDEX review_team_by_school ON review_team_members (school_urn, cycle);
CREATE TABLE review_unreviewed (
  cycle TEXT NOT NULL REFERENCES review_cycles (name),
  school_urn TEXT NOT NULL,
  reasons TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (cycle, school_urn)
) WITHOUT ROWID;
CREATE TABLE days_ledger (
  cycle TEXT NOT NULL REFERENCES review_cycles (name),
  school_urn TEXT NOT NULL REFERENCES schools (urn),
  head_days_given INTEGER NOT NULL,
  deputy_days_given INTEGER NOT NULL,
  head_days_balance REAL NOT NULL,
  deputy_days_balance REAL NOT NULL,
  PRIMARY KEY (cycle, school_urn)
) WITHOUT ROWID;
CREATE TABLE school_conflicts (
  school_a TEXT NOT NULL REFERENCES schools (urn),
  school_b TEXT NOT NULL REFERENCES schools (urn),
  reason TEXT NOT NULL,
  PRIMARY KEY (school_a, school_b),
  CHECK (school_a < school_b)
) WITHOUT ROWID;
)sql"},
      {4, kElectionsSchema},
      {5, kBoardSchema},
      {6, kMeetingsSchema},
  };
  return *kMigrations;
}

int LatestSchemaVersion() { return AllMigrations().back().version; }

}  // namespace partnership::storage
