// The link between the roster and the elections: a seat filled by election must name a
// published election that elected the new holder, so the roster can never claim a mandate
// the count did not give.
#ifndef PARTNERSHIP_BOARD_ELECTION_WON_H_
#define PARTNERSHIP_BOARD_ELECTION_WON_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "storage/database.h"

namespace partnership::board {

// OK if `reference` is the id of an election that is PUBLISHED, elected person `person_id`,
// and either names no board seat or names `seat_key`. INVALID_ARGUMENT
// ("election_reference: ...") if `reference` is not an election id; FAILED_PRECONDITION,
// saying which, if there is no such election, it is not yet published, it did not elect the
// person, or it was held for another seat. Reads inside `txn`; changes nothing.
absl::Status CheckElectionWon(storage::Transaction& txn, const std::string& reference,
                              const std::string& seat_key, int64_t person_id);

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_ELECTION_WON_H_
