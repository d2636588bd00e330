// The board elections tables: elections, their candidates, delegates, the electorate register
// (who may vote, who has voted) and the ballots (what was voted, with nothing that links a
// ballot to a school: see storage/elections_schema.cc).
#ifndef PARTNERSHIP_STORAGE_ELECTION_TABLE_H_
#define PARTNERSHIP_STORAGE_ELECTION_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "elections/board_election.h"
#include "storage/database.h"

namespace partnership::storage {

// One school's line in the electorate register.
struct Elector {
  std::string school_urn;
  bool voted = false;
  std::string cast_by;     // who cast it ("headteacher", "delegate Ann Lee", ...)
  std::string key_digest;  // elections::BallotKeyDigest of the ballot key
};

// One ballot paper: its receipt code and the candidate numbers in preference order.
struct StoredBallot {
  std::string receipt;
  std::vector<int> ranking;
};

// What a count leaves for publication.
struct StoredResult {
  std::string result_json;    // the result sheet, as `partnership count --json` prints it
  std::string result_report;  // the same, as `partnership count` prints it
  std::string ballot_file;    // the anonymised ballots in BLT format
};

// Reads and writes inside a transaction; does not own `txn`. Elections come back with their
// candidates, named schools, electorate size and ballots cast filled in.
class ElectionTable {
 public:
  explicit ElectionTable(Transaction& txn) : txn_(txn) {}

  // NOT_FOUND ("election 12 not found") if there is none.
  absl::StatusOr<elections::BoardElection> Get(int64_t id);
  // Elections with id > after_id in id order, at most `limit` (0: all); `status` filters.
  absl::StatusOr<std::vector<elections::BoardElection>> List(
      int64_t after_id, int limit, std::optional<elections::ElectionStatus> status);
  absl::StatusOr<int> Count(std::optional<elections::ElectionStatus> status);
  // Inserts `election` with its named schools (candidates ignored); returns its id.
  absl::StatusOr<int64_t> Insert(const elections::BoardElection& election);
  // Replaces the election's own fields (status, dates, result summary, update time).
  absl::Status Update(const elections::BoardElection& election);

  // ALREADY_EXISTS if the person already stands (or stood) in the election.
  absl::Status InsertCandidate(int64_t election_id, const elections::Candidate& candidate);
  absl::Status SetCandidateWithdrawn(int64_t election_id, int number);

  // Names (or replaces) `person_id` as the delegate who votes for `school_urn`.
  absl::Status SetDelegate(int64_t election_id, const std::string& school_urn, int64_t person_id);
  absl::StatusOr<std::optional<int64_t>> Delegate(int64_t election_id,
                                                  const std::string& school_urn);

  // Writes the electorate register: one line per school in `school_urns`, none voted.
  absl::Status FixElectorate(int64_t election_id, const std::vector<std::string>& school_urns);
  // The school's line, or nullopt if it is not in the electorate.
  absl::StatusOr<std::optional<Elector>> FindElector(int64_t election_id,
                                                     const std::string& school_urn);
  // The register in URN order; only those who have not voted if `not_voted_only`.
  absl::StatusOr<std::vector<Elector>> ListElectorate(int64_t election_id, bool not_voted_only);
  // Marks the school as having voted. FAILED_PRECONDITION if it is not in the electorate or
  // has already voted (so two racing requests cannot both succeed).
  absl::Status RecordVote(int64_t election_id, const std::string& school_urn,
                          const std::string& cast_by, const std::string& key_digest);

  // ALREADY_EXISTS if a ballot with this receipt is already stored.
  absl::Status InsertBallot(int64_t election_id, const StoredBallot& ballot);
  // Every ballot in receipt order (which is random, and reveals nothing).
  absl::StatusOr<std::vector<StoredBallot>> ListBallots(int64_t election_id);

  absl::Status SetResult(int64_t election_id, const StoredResult& result);
  absl::StatusOr<StoredResult> GetResult(int64_t election_id);

 private:
  absl::Status LoadDetails(elections::BoardElection& election);

  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_ELECTION_TABLE_H_
