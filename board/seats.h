// The seats of the board, the shadow board and the two sub-committees: created, changed and
// retired by the coordinator, read by everyone in the partnership. Every change is audited in
// its own transaction; on any error nothing is stored.
#ifndef PARTNERSHIP_BOARD_SEATS_H_
#define PARTNERSHIP_BOARD_SEATS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "board/seat.h"
#include "storage/database.h"

namespace partnership::board {

// Changes to a seat; unset fields stay as they are. The key and body never change.
struct SeatChanges {
  std::optional<std::string> title;
  std::optional<Eligibility> eligibility;
  std::optional<int> term_years;
  std::optional<FillMethod> method;
  std::optional<Selector> selector;
};

struct SeatFilter {
  std::optional<Body> body;     // unset: every body
  bool include_retired = false;
  int page_size = 0;            // 0: 100; more than 1000: 1000
  std::string page_token;
};

struct SeatPage {
  std::vector<Seat> seats;  // body, then position order
  std::string next_page_token;
  int total_size = 0;
};

struct InstallReport {
  std::vector<Seat> created;       // the proposal's seats that were missing
  std::vector<std::string> kept;   // keys already present, left as they are
};

// Thread-safe; does not own `db`. Changes are the coordinator's only, reads as
// board_policy.h says: PERMISSION_DENIED otherwise. A seat is valid when its key is
// IsValidSeatKey, its body, fill method and selector are set, its title is 1 to 200
// characters, its term is 1 to 10 years, an ELECTED seat's selector is a constituency
// (GASH, GAPH, GASSH, TEACHING_SCHOOLS) and a SHADOW_BOARD seat is APPOINTED by the
// STEERING_GROUP; otherwise INVALID_ARGUMENT naming the field.
class Seats {
 public:
  explicit Seats(storage::Database& db) : db_(db) {}

  // Adds `seat` (position and update time assigned: it goes last in its body).
  // ALREADY_EXISTS if the key is taken.
  absl::StatusOr<Seat> Create(const access::Principal& caller, Seat seat);

  // Applies `changes`. Holdings already recorded keep the rules they were made under.
  // INVALID_ARGUMENT if nothing is to change or the result is not valid; NOT_FOUND for an
  // unknown key; FAILED_PRECONDITION for a retired seat.
  absl::StatusOr<Seat> Update(const access::Principal& caller, const std::string& key,
                              const SeatChanges& changes);

  // The seat exists no longer from `retired_on` (ISO). INVALID_ARGUMENT for a malformed
  // date; NOT_FOUND for an unknown key; FAILED_PRECONDITION if already retired or someone
  // holds it on or after that day (naming them: end their holding first).
  absl::StatusOr<Seat> Retire(const access::Principal& caller, const std::string& key,
                              const std::string& retired_on);

  // NOT_FOUND for an unknown key.
  absl::StatusOr<Seat> Get(const access::Principal& caller, const std::string& key);

  // INVALID_ARGUMENT for a bad page size or token.
  absl::StatusOr<SeatPage> List(const access::Principal& caller, const SeatFilter& filter);

  // Creates the proposal's seats (default_seats.h) that do not exist yet, by key; seats
  // already present are kept as the coordinator left them. Running it twice creates nothing
  // the second time.
  absl::StatusOr<InstallReport> InstallDefaults(const access::Principal& caller);

 private:
  storage::Database& db_;
};

// INVALID_ARGUMENT naming the field (as on the wire: "seat.term_years") if `seat` is not
// valid as described above.
absl::Status CheckSeat(const Seat& seat);

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_SEATS_H_
