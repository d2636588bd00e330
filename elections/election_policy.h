// Who may do what with board elections. The electorate register and the turnout are the
// coordinator's (to send reminders); ballots are never shown to anyone before the count,
// and the result and ballot file only once the coordinator publishes them.
#ifndef PARTNERSHIP_ELECTIONS_ELECTION_POLICY_H_
#define PARTNERSHIP_ELECTIONS_ELECTION_POLICY_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "access/principal.h"
#include "elections/board_election.h"

namespace partnership::elections {

// Creating an election, moving it through its lifecycle, counting, publishing and reading
// the turnout: the coordinator only. PERMISSION_DENIED naming `action` otherwise.
absl::Status CanRunElections(const access::Principal& caller, absl::string_view action);

// Nominating or withdrawing a candidate of school `school_urn`, or naming that school's
// delegate: the coordinator, or a SCHOOL token for that school.
absl::Status CanActForSchool(const access::Principal& caller, const std::string& school_urn,
                             absl::string_view action);

// Casting the ballot of school `school_urn`: a SCHOOL token for that school only (not even
// the coordinator may vote for a school).
absl::Status CanVoteFor(const access::Principal& caller, const std::string& school_urn);

// Reading elections (title, candidates, status, how many have voted): every role.
absl::Status CanReadElections(const access::Principal& caller);

// Reading the result sheet and the ballot file of `election`: everyone once PUBLISHED, the
// coordinator from COUNTED. FAILED_PRECONDITION before that (saying which status it is in),
// PERMISSION_DENIED for others while COUNTED.
absl::Status CanReadResult(const access::Principal& caller, const BoardElection& election);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_ELECTION_POLICY_H_
