#include "storage/migrations.h"

namespace partnership::storage {

// General meetings: meetings, the schools that were members on the day, attendance, motions,
// who has voted, proxies and their directions.
//
// A secret motion's votes must not be traceable to a school. So the choices are kept only as
// the motion's running totals (for_count, against_count, abstain_count), incremented in the
// same transaction that records the school in motion_voters; motion_voters holds who voted
// but no time, and, being WITHOUT ROWID and keyed by (motion, school), no order of arrival.
// Its choice column is filled for RECORDED motions only, which a trigger enforces.
const char kMeetingsSchema[] = R"sql(
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('AGM', 'GENERAL')),
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  -- No foreign key: the minutes keep the chair (and the name) if the person goes.
  chair_person_id INTEGER NOT NULL,
  chair_name TEXT NOT NULL,
  quorum_schools INTEGER NOT NULL DEFAULT 0,
  quorum_numerator INTEGER NOT NULL DEFAULT 0,
  quorum_denominator INTEGER NOT NULL DEFAULT 0,
  special_numerator INTEGER NOT NULL,
  special_denominator INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'OPEN', 'CLOSED')),
  open_time TEXT NOT NULL DEFAULT '',
  close_time TEXT NOT NULL DEFAULT '',
  create_time TEXT NOT NULL,
  created_by TEXT NOT NULL,
  update_time TEXT NOT NULL
);
CREATE INDEX meetings_by_date ON meetings (date, id);

-- The schools that were active members on the meeting's date, taken when it opens.
CREATE TABLE meeting_members (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  school_urn TEXT NOT NULL,
  PRIMARY KEY (meeting_id, school_urn)
) WITHOUT ROWID;

CREATE TABLE meeting_attendance (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  school_urn TEXT NOT NULL REFERENCES schools (urn),
  registered_by TEXT NOT NULL,
  time TEXT NOT NULL,
  PRIMARY KEY (meeting_id, school_urn)
) WITHOUT ROWID;

CREATE TABLE motions (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ORDINARY', 'SPECIAL')),
  ballot TEXT NOT NULL CHECK (ballot IN ('RECORDED', 'SECRET')),
  threshold_numerator INTEGER NOT NULL DEFAULT 0,
  threshold_denominator INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
  for_count INTEGER NOT NULL DEFAULT 0,
  against_count INTEGER NOT NULL DEFAULT 0,
  abstain_count INTEGER NOT NULL DEFAULT 0,
  -- The attendance and outcome when the motion closed.
  voting_members INTEGER NOT NULL DEFAULT 0,
  present INTEGER NOT NULL DEFAULT 0,
  by_proxy INTEGER NOT NULL DEFAULT 0,
  quorum_required INTEGER NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'PASSED', 'FAILED', 'NOT_QUORATE')),
  explanation TEXT NOT NULL DEFAULT '',
  open_time TEXT NOT NULL DEFAULT '',
  close_time TEXT NOT NULL DEFAULT '',
  create_time TEXT NOT NULL,
  update_time TEXT NOT NULL,
  UNIQUE (meeting_id, number)
);

CREATE TABLE motion_voters (
  motion_id INTEGER NOT NULL REFERENCES motions (id),
  school_urn TEXT NOT NULL,
  by_proxy INTEGER NOT NULL,
  cast_by TEXT NOT NULL,
  choice TEXT NOT NULL DEFAULT '' CHECK (choice IN ('', 'FOR', 'AGAINST', 'ABSTAIN')),
  PRIMARY KEY (motion_id, school_urn)
) WITHOUT ROWID;
CREATE TRIGGER motion_voters_secret_keeps_no_choice BEFORE INSERT ON motion_voters
WHEN NEW.choice != '' AND (SELECT ballot FROM motions WHERE id = NEW.motion_id) = 'SECRET'
BEGIN SELECT RAISE(ABORT, 'a secret motion keeps no choice beside the school'); END;
CREATE TRIGGER motion_voters_never_change BEFORE UPDATE ON motion_voters
BEGIN SELECT RAISE(ABORT, 'a vote is never changed'); END;

CREATE TABLE proxies (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  school_urn TEXT NOT NULL REFERENCES schools (urn),
  -- '' is the chair.
  holder_urn TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('DIRECTED', 'DISCRETIONARY')),
  appointed_by TEXT NOT NULL,
  time TEXT NOT NULL,
  PRIMARY KEY (meeting_id, school_urn),
  CHECK (holder_urn != school_urn)
) WITHOUT ROWID;
CREATE INDEX proxies_by_holder ON proxies (meeting_id, holder_urn);

CREATE TABLE proxy_directions (
  meeting_id INTEGER NOT NULL,
  school_urn TEXT NOT NULL,
  motion_id INTEGER NOT NULL REFERENCES motions (id),
  choice TEXT NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
  PRIMARY KEY (meeting_id, school_urn, motion_id),
  FOREIGN KEY (meeting_id, school_urn) REFERENCES proxies (meeting_id, school_urn)
    ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

}  // namespace partnership::storage
