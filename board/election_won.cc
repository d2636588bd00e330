#include "board/election_won.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "elections/board_election.h"
#include "storage/election_table.h"

namespace partnership::board {

absl::Status CheckElectionWon(storage::Transaction& txn, const std::string& reference,
                              const std::string& seat_key, int64_t person_id) {
  int64_t id = 0;
  if (!absl::SimpleAtoi(reference, &id) || id <= 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "election_reference: \"", reference,
        "\" is not an election id (see `partnership elections list`)"));
  }
  absl::StatusOr<elections::BoardElection> e = storage::ElectionTable(txn).Get(id);
  if (absl::IsNotFound(e.status())) {
    return absl::FailedPreconditionError(
        absl::StrCat("election_reference: there is no election ", id));
  }
  RETURN_IF_ERROR(e.status());
  if (e->status != elections::ElectionStatus::kPublished) {
    return absl::FailedPreconditionError(absl::StrCat(
        "election ", id, " is ", elections::ElectionStatusName(e->status),
        ": a seat is filled from a published result"));
  }
  if (!e->seat.empty() && e->seat != seat_key) {
    return absl::FailedPreconditionError(absl::StrCat(
        "election ", id, " (\"", e->title, "\") was held for seat ", e->seat, ", not ",
        seat_key));
  }
  for (int number : e->elected) {
    const elections::Candidate* c = e->candidate(number);
    if (c != nullptr && c->person_id == person_id) return absl::OkStatus();
  }
  return absl::FailedPreconditionError(absl::StrCat(
      "election ", id, " (\"", e->title, "\") did not elect person ", person_id));
}

}  // namespace partnership::board
