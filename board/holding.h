// A holding: one person in one seat from one date to another, and on what basis. The roster
// is every holding; ending one early keeps it, with its end date moved and the reason why.
#ifndef PARTNERSHIP_BOARD_HOLDING_H_
#define PARTNERSHIP_BOARD_HOLDING_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "board/seat.h"

namespace partnership::board {

// Numbered as partnership.v1.HoldingBasis.
enum class Basis {
  kUnspecified = 0,
  kElected,    // a seat filled by election: the election is named in election_reference
  kAppointed,  // appointed by the seat's selector
  kShadow,     // a shadow-board appointment by the steering group
};

absl::string_view BasisName(Basis basis);
std::optional<Basis> BasisFromName(absl::string_view name);

struct Holding {
  int64_t id = 0;  // assigned by the roster
  std::string seat_key;
  int64_t person_id = 0;
  std::string person_name;  // as when the seat was filled: history outlives the record
  std::string school_urn;   // the person's school then, if any
  std::string from_date;    // ISO, first day in the seat
  std::string to_date;      // ISO, last day in the seat (inclusive)
  std::string term_end;     // the last day of the full term, kept when ended early
  Basis basis = Basis::kUnspecified;
  Selector appointed_by = Selector::kUnspecified;  // who elected or appointed
  std::string election_reference;                  // ELECTED only
  std::string note;
  std::string end_reason;  // set when ended before term_end
  std::string recorded_by;
  std::string update_time;

  // True if the person holds the seat on ISO date `date`.
  bool HeldOn(absl::string_view date) const { return from_date <= date && date <= to_date; }
};

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_HOLDING_H_
