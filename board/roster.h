// The roster: who holds which seat, from when to when, on what basis. Seats are filled by the
// coordinator (an appointment, a shadow-board appointment, or the winner of a published
// election); a holding ended early keeps its record, with its new last day and the reason.
// Every change is audited in its own transaction; on any error nothing is stored.
#ifndef PARTNERSHIP_BOARD_ROSTER_H_
#define PARTNERSHIP_BOARD_ROSTER_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "board/holding.h"
#include "board/seat.h"
#include "membership/membership_register.h"
#include "storage/database.h"

namespace partnership::board {

struct FillRequest {
  std::string seat_key;
  std::string person_id;           // as on the wire
  std::string from_date;           // ISO, required
  std::string to_date;             // ISO; empty: the end of the seat's term
  std::string election_reference;  // required for an ELECTED seat, refused for others
  std::string note;                // optional, at most 500 characters
};

struct FillResult {
  Holding holding;
  // When the first elected board member takes office, the shadow board stands down: the
  // shadow holdings this fill ended the day before.
  std::vector<Holding> shadow_ended;
};

struct RosterEntry {
  Seat seat;
  std::optional<Holding> holding;  // unset: vacant on the day
};

struct RosterView {
  std::string on;                   // the day shown
  std::vector<RosterEntry> entries;  // every seat live on the day, body then position order
  int filled = 0;
  int vacant = 0;
};

struct HistoryFilter {
  std::string seat_key;      // empty: every seat
  std::string person_id;     // empty: everyone
  int page_size = 0;         // 0: 100; more than 1000: 1000
  std::string page_token;
};

struct HistoryPage {
  std::vector<Holding> holdings;  // from_date then id order
  std::string next_page_token;
  int total_size = 0;
};

// Thread-safe; does not own `db` or `members`. Changes are the coordinator's only, reads as
// board_policy.h says: PERMISSION_DENIED otherwise. Dates are ISO "YYYY-MM-DD"; a malformed
// one is INVALID_ARGUMENT naming the field.
class Roster {
 public:
  Roster(storage::Database& db, membership::MembershipRegister& members)
      : db_(db), members_(members) {}

  // Puts person `person_id` in seat `seat_key` from from_date to to_date (default: the end of
  // the seat's term, TermEnd). The basis follows the seat: SHADOW on the shadow board,
  // ELECTED for an elected seat (with the election's reference), APPOINTED otherwise, by the
  // seat's selector. Filling a BOARD seat by election ends the shadow board: every shadow
  // holding running on from_date ends the day before.
  //
  // INVALID_ARGUMENT for a malformed seat key, person id or date, to_date before from_date or
  // after the end of the term, a missing election reference for an elected seat or one given
  // for another, a note over 500 characters. NOT_FOUND for an unknown seat or person.
  // FAILED_PRECONDITION if the seat is retired by then; the person is not eligible (naming
  // the rule, eligibility.h); someone holds the seat on any of the days (naming them); the
  // person already holds another seat of the same body on any of the days; a shadow
  // appointment would run into the elected board's time; an elected board member would take
  // office before a shadow holding has begun; the election named is not a published one that
  // elected this person for this seat (election_won.h; INVALID_ARGUMENT if the reference is
  // not an election id).
  absl::StatusOr<FillResult> Fill(const access::Principal& caller, const FillRequest& request);

  // Ends holding `id` early (resignation, removal): its last day becomes `last_day`.
  // INVALID_ARGUMENT for a malformed id or date, or an empty reason (or one over 500
  // characters); NOT_FOUND for an unknown holding; FAILED_PRECONDITION if `last_day` is
  // before the holding began or not before its current last day.
  absl::StatusOr<Holding> End(const access::Principal& caller, const std::string& id,
                              const std::string& last_day, const std::string& reason);

  // The shadow board stands down: every shadow holding running after `last_day` ends on it.
  // Returns the holdings ended (none if the shadow board had already gone).
  // INVALID_ARGUMENT for a malformed date; FAILED_PRECONDITION if a shadow holding begins
  // after `last_day` (end or correct it first).
  absl::StatusOr<std::vector<Holding>> EndShadowBoard(const access::Principal& caller,
                                                      const std::string& last_day);

  // Who holds what on ISO date `on` (empty: today, UTC), for one body or (unset) all.
  absl::StatusOr<RosterView> On(const access::Principal& caller, const std::string& on,
                                std::optional<Body> body);

  // Every holding of a seat, of a person, or (both empty) of everyone, including ended ones.
  // INVALID_ARGUMENT for a malformed person id, page size or token; NOT_FOUND for an unknown
  // seat.
  absl::StatusOr<HistoryPage> History(const access::Principal& caller,
                                      const HistoryFilter& filter);

 private:
  storage::Database& db_;
  membership::MembershipRegister& members_;
};

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_ROSTER_H_
