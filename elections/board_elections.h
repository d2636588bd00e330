// Board elections through their lifecycle, as a returning officer would run them:
//
//   Create -> DRAFT -> OpenNominations -> NOMINATIONS (Nominate, WithdrawCandidate)
//   -> OpenVoting -> VOTING (the electorate is fixed; CastBallot; NameDelegate)
//      or, with no more candidates than seats, straight to COUNTED: elected without a poll
//   -> CloseVoting -> CLOSED -> Count -> COUNTED -> Publish -> PUBLISHED
//
// The ballot is secret: a ballot is stored with its receipt code and ranking only; the
// electorate register records that a school voted, who cast it, and a one-way digest of the
// voter's ballot key, from which the receipt cannot be derived. Every change is audited in
// the same transaction; a ballot's audit entry names the school, never the ballot.
#ifndef PARTNERSHIP_ELECTIONS_BOARD_ELECTIONS_H_
#define PARTNERSHIP_ELECTIONS_BOARD_ELECTIONS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "access/principal.h"
#include "elections/ballot_rules.h"
#include "elections/board_election.h"
#include "membership/membership_register.h"
#include "storage/database.h"

namespace partnership::elections {

struct NewElection {
  std::string title;  // 1 to 200 characters, no double quote or line break (BLT cannot hold them)
  CountMethod method = CountMethod::kUnspecified;
  int seats = 0;
  Constituency constituency = Constituency::kUnspecified;
  std::vector<std::string> named_schools;  // kNamed only
  std::string candidate_role;  // "" or a person role name such as "HEADTEACHER"
  std::string seat;            // the board seat it fills (free text, at most 100 characters)
};

struct ElectionPage {
  std::vector<BoardElection> elections;
  std::string next_page_token;
  int total_size = 0;
};

struct CastReceipt {
  std::string receipt;
  // True when this was a retry of a ballot already stored (same ballot key): nothing new was
  // stored and the receipt is the one given the first time.
  bool replayed = false;
};

struct NotYetVoted {
  std::string school_urn;
  std::string school_name;
};

struct Turnout {
  int electorate = 0;
  int voted = 0;
  std::vector<NotYetVoted> not_voted;  // in URN order
};

struct ElectionResult {
  BoardElection election;
  std::string result_json;            // elections::CountJson of the count
  std::string ballot_file;            // BLT; line i of the ballots is receipts[i]
  std::vector<std::string> receipts;  // in the file's ballot order
};

// Thread-safe; does not own `db` or `members`. Ids are given as text, as on the wire:
// INVALID_ARGUMENT ("id: ...") for one that is not a positive number; NOT_FOUND if there is no
// such election. PERMISSION_DENIED as election_policy.h says. FAILED_PRECONDITION, naming the
// status, when a verb is called in the wrong status. On any error nothing is stored.
class BoardElections {
 public:
  // `now` is the clock (tests give their own).
  BoardElections(storage::Database& db, membership::MembershipRegister& members,
                 std::function<absl::Time()> now = absl::Now)
      : db_(db), members_(members), now_(std::move(now)) {}

  // A DRAFT election. INVALID_ARGUMENT for an empty or over-long title or one with a double
  // quote or line break; an unspecified method or constituency; seats below 1 or above 20;
  // more than one seat for INSTANT_RUNOFF; named_schools given for another constituency, or
  // none (or a malformed or repeated URN) for NAMED; an unknown candidate_role; an over-long
  // seat. NOT_FOUND for a named school not in the register.
  absl::StatusOr<BoardElection> Create(const access::Principal& caller, const NewElection& spec);

  absl::StatusOr<BoardElection> Get(const access::Principal& caller, const std::string& id);
  // In id order. INVALID_ARGUMENT for a negative page size or a bad page token.
  absl::StatusOr<ElectionPage> List(const access::Principal& caller,
                                    std::optional<ElectionStatus> status, int page_size,
                                    const std::string& page_token);

  // DRAFT -> NOMINATIONS.
  absl::StatusOr<BoardElection> OpenNominations(const access::Principal& caller,
                                                const std::string& id);

  // Adds person `person_id` as the next candidate. FAILED_PRECONDITION unless NOMINATIONS, or
  // if the person does not meet the election's rules: role (candidate_role), school in the
  // constituency, school an active member today. NOT_FOUND for an unknown person;
  // ALREADY_EXISTS if they are already nominated; INVALID_ARGUMENT if their name holds a
  // double quote. The coordinator nominates anyone; a SCHOOL token people of its own school.
  absl::StatusOr<BoardElection> Nominate(const access::Principal& caller, const std::string& id,
                                         const std::string& person_id);

  // Candidate `candidate` (their number) withdraws. FAILED_PRECONDITION unless NOMINATIONS or
  // if already withdrawn; NOT_FOUND for an unknown number.
  absl::StatusOr<BoardElection> WithdrawCandidate(const access::Principal& caller,
                                                  const std::string& id, int candidate);

  // Names `person_id` (a person of school `school_urn`) to cast that school's ballot in place
  // of its headteacher. FAILED_PRECONDITION after voting closes or if the person is not of
  // that school; NOT_FOUND for an unknown person.
  absl::Status NameDelegate(const access::Principal& caller, const std::string& id,
                            const std::string& school_urn, const std::string& person_id);

  // NOMINATIONS -> VOTING: fixes the electorate (the constituency's active members today) and
  // the time voting closes (`closes_at`, RFC 3339; empty: when CloseVoting is called). With no
  // more candidates standing than seats, all are elected without a poll and the election goes
  // to COUNTED instead. INVALID_ARGUMENT for a malformed or past closes_at;
  // FAILED_PRECONDITION with no candidate standing, or no member school in the constituency.
  absl::StatusOr<BoardElection> OpenVoting(const access::Principal& caller, const std::string& id,
                                           const std::string& closes_at);

  // Casts school `school_urn`'s ballot (empty: the caller's school). `ballot_key` is the
  // voter's secret for this ballot (see ballot_rules.h; empty: the server draws one, and a
  // retry cannot then be recognised). A retry with the same key returns the first receipt.
  // INVALID_ARGUMENT for a bad ballot (ballot_rules.h's CheckBallot) or key; PERMISSION_DENIED
  // unless the caller is the school's token, and, if the token names a person, that person
  // is the school's headteacher or named delegate; FAILED_PRECONDITION if voting is not open
  // (not VOTING, or past closes_at) or the school is not in the electorate; ALREADY_EXISTS if
  // the school has already voted (a ballot cannot be changed or cast twice).
  absl::StatusOr<CastReceipt> CastBallot(const access::Principal& caller, const std::string& id,
                                         const std::string& school_urn,
                                         const std::vector<Preference>& preferences,
                                         const std::string& ballot_key);

  // How many of the electorate have voted and which schools have not (never how anyone
  // voted). FAILED_PRECONDITION before voting opens.
  absl::StatusOr<Turnout> GetTurnout(const access::Principal& caller, const std::string& id);

  // VOTING -> CLOSED; then empties the database's write-ahead log, whose frame order would
  // pair each ballot with its school's "has voted" mark.
  absl::StatusOr<BoardElection> CloseVoting(const access::Principal& caller,
                                            const std::string& id);
  // CLOSED -> COUNTED: counts the ballots by the election's method and stores the result
  // sheet and the anonymised ballot file.
  absl::StatusOr<BoardElection> Count(const access::Principal& caller, const std::string& id);
  // COUNTED -> PUBLISHED: the result and ballot file become readable by every role.
  absl::StatusOr<BoardElection> Publish(const access::Principal& caller, const std::string& id);

  // The result sheet, ballot file and receipts; who may read them: election_policy.h.
  absl::StatusOr<ElectionResult> GetResult(const access::Principal& caller,
                                           const std::string& id);

 private:
  // Runs `change` on election `id` in one write transaction after checking it is in
  // `from`; stores the election it leaves and audits `action` with its detail.
  absl::StatusOr<BoardElection> Step(
      const access::Principal& caller, const std::string& id, ElectionStatus from,
      const std::string& action,
      const std::function<absl::StatusOr<std::string>(storage::Transaction&, BoardElection&)>&
          change);

  storage::Database& db_;
  membership::MembershipRegister& members_;
  std::function<absl::Time()> now_;
};

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_BOARD_ELECTIONS_H_
