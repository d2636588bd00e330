#include "storage/migrations.h"

namespace partnership::storage {

// The board: seats on its bodies and the roster of who held which seat when.
const char kBoardSchema[] = R"sql(
CREATE TABLE board_seats (
  key TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (body IN ('BOARD', 'SHADOW_BOARD', 'PRIMARY_SUB_COMMITTEE',
                                     'SECONDARY_SUB_COMMITTEE')),
  title TEXT NOT NULL,
  person_role TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL DEFAULT '',
  member_school INTEGER NOT NULL,
  term_years INTEGER NOT NULL CHECK (term_years BETWEEN 1 AND 10),
  method TEXT NOT NULL CHECK (method IN ('ELECTED', 'APPOINTED')),
  selector TEXT NOT NULL,
  position INTEGER NOT NULL,
  retired_on TEXT NOT NULL DEFAULT '',
  update_time TEXT NOT NULL
);
CREATE INDEX board_seats_by_body ON board_seats (body, position);

-- No foreign key to people: the roster keeps who held a seat (and their name) after the
-- person's record goes.
CREATE TABLE board_holdings (
  id INTEGER PRIMARY KEY,
  seat_key TEXT NOT NULL REFERENCES board_seats (key),
  person_id INTEGER NOT NULL,
  person_name TEXT NOT NULL,
  school_urn TEXT NOT NULL DEFAULT '',
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  term_end TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('ELECTED', 'APPOINTED', 'SHADOW')),
  appointed_by TEXT NOT NULL,
  election_reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  end_reason TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  update_time TEXT NOT NULL,
  CHECK (from_date <= to_date AND to_date <= term_end)
);
CREATE INDEX board_holdings_by_seat ON board_holdings (seat_key, from_date);
CREATE INDEX board_holdings_by_person ON board_holdings (person_id, from_date);
)sql";

}  // namespace partnership::storage
