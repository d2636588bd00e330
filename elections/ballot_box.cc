// BoardElections' voting: delegates, casting, turnout and the published result. Kept apart
// from the lifecycle verbs (board_elections.cc) because this is where the secrecy of the
// ballot is kept or lost.
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "audit/audit_trail.h"
#include "common/digest.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "elections/board_elections.h"
#include "elections/election_policy.h"
#include "elections/request_fields.h"
#include "registry/person.h"
#include "registry/school.h"
#include "storage/election_table.h"
#include "storage/person_table.h"
#include "storage/school_table.h"

namespace partnership::elections {
namespace {

bool VotingHasOpened(ElectionStatus s) {
  return s == ElectionStatus::kVoting || s == ElectionStatus::kClosed ||
         s == ElectionStatus::kCounted || s == ElectionStatus::kPublished;
}

}  // namespace

absl::Status BoardElections::NameDelegate(const access::Principal& caller, const std::string& id,
                                          const std::string& school_urn,
                                          const std::string& person_id) {
  ASSIGN_OR_RETURN(int64_t eid, ParseId(id, "id", "an election"));
  if (!registry::IsValidUrn(school_urn)) {
    return absl::InvalidArgumentError(
        absl::StrCat("school_urn: \"", school_urn, "\" is not a URN (1 to 8 digits)"));
  }
  ASSIGN_OR_RETURN(int64_t pid, ParseId(person_id, "person_id", "a person"));
  RETURN_IF_ERROR(CanActForSchool(caller, school_urn, "name a voting delegate"));
  return db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::ElectionTable table(txn);
    ASSIGN_OR_RETURN(BoardElection e, table.Get(eid));
    if (e.status != ElectionStatus::kDraft && e.status != ElectionStatus::kNominations &&
        e.status != ElectionStatus::kVoting) {
      return absl::FailedPreconditionError(absl::StrCat(
          "election ", eid, " is ", ElectionStatusName(e.status),
          ": delegates can be named only until voting closes"));
    }
    ASSIGN_OR_RETURN(registry::Person person, storage::PersonTable(txn).Get(pid));
    if (person.school_urn != school_urn) {
      return absl::FailedPreconditionError(absl::StrCat(
          "person_id: ", PersonName(person), " (", pid, ") is not of school ", school_urn));
    }
    RETURN_IF_ERROR(table.SetDelegate(eid, school_urn, pid));
    return audit::Record(txn, caller, FormatUtc(now_()), "election.delegate",
                         absl::StrCat("election/", eid),
                         absl::StrCat(PersonName(person), " (", pid, ") votes for school ",
                                      school_urn));
  });
}

absl::StatusOr<CastReceipt> BoardElections::CastBallot(const access::Principal& caller,
                                                       const std::string& id,
                                                       const std::string& school_urn,
                                                       const std::vector<Preference>& preferences,
                                                       const std::string& ballot_key) {
  ASSIGN_OR_RETURN(int64_t eid, ParseId(id, "id", "an election"));
  const std::string school = school_urn.empty() ? caller.school_urn : school_urn;
  if (!registry::IsValidUrn(school)) {
    return absl::InvalidArgumentError(
        absl::StrCat("school_urn: \"", school, "\" is not a URN (1 to 8 digits)"));
  }
  RETURN_IF_ERROR(CanVoteFor(caller, school));
  std::string key = ballot_key;
  if (key.empty()) {
    ASSIGN_OR_RETURN(key, RandomHex(16));
  } else {
    RETURN_IF_ERROR(CheckBallotKey(key));
  }
  const absl::Time now = now_();
  CastReceipt out;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::ElectionTable table(txn);
    ASSIGN_OR_RETURN(BoardElection e, table.Get(eid));
    if (e.status != ElectionStatus::kVoting) {
      return absl::FailedPreconditionError(absl::StrCat(
          "voting is not open in election ", eid, ": it is ", ElectionStatusName(e.status)));
    }
    if (!e.voting_closes_at.empty() && FormatUtc(now) >= e.voting_closes_at) {
      return absl::FailedPreconditionError(
          absl::StrCat("voting in election ", eid, " closed at ", e.voting_closes_at));
    }
    ASSIGN_OR_RETURN(std::optional<storage::Elector> elector, table.FindElector(eid, school));
    if (!elector) {
      return absl::FailedPreconditionError(absl::StrCat(
          "school ", school, " is not in the electorate of election ", eid,
          " (the ", ConstituencyName(e.constituency), " constituency's active members on ",
          e.electorate_date, ", when voting opened)"));
    }
    if (elector->voted) {
      if (elector->key_digest == BallotKeyDigest(eid, key)) {
        out = CastReceipt{ReceiptCode(eid, key), true};
        return absl::OkStatus();
      }
      return absl::AlreadyExistsError(absl::StrCat(
          "school ", school, " has already voted in election ", eid,
          "; a ballot cannot be cast twice or changed"));
    }
    std::string cast_by = absl::StrCat("school token ", caller.token_id);
    if (caller.person_id != 0) {
      ASSIGN_OR_RETURN(registry::Person person, storage::PersonTable(txn).Get(caller.person_id));
      ASSIGN_OR_RETURN(std::optional<int64_t> delegate, table.Delegate(eid, school));
      if (person.school_urn == school && person.role == registry::PersonRole::kHeadteacher) {
        cast_by = absl::StrCat("headteacher ", PersonName(person));
      } else if (delegate && *delegate == caller.person_id) {
        cast_by = absl::StrCat("delegate ", PersonName(person));
      } else {
        return absl::PermissionDeniedError(absl::StrCat(
            PersonName(person), " is neither the headteacher nor the named delegate of school ",
            school, " in election ", eid));
      }
    }
    ASSIGN_OR_RETURN(std::vector<int> ranking, CheckBallot(e, preferences));
    const std::string receipt = ReceiptCode(eid, key);
    RETURN_IF_ERROR(table.InsertBallot(eid, storage::StoredBallot{receipt, ranking}));
    RETURN_IF_ERROR(table.RecordVote(eid, school, cast_by, BallotKeyDigest(eid, key)));
    RETURN_IF_ERROR(audit::Record(txn, caller, FormatUtc(now), "election.vote",
                                  absl::StrCat("election/", eid),
                                  absl::StrCat("school ", school, " voted (cast by ", cast_by,
                                               ")")));
    out = CastReceipt{receipt, false};
    return absl::OkStatus();
  }));
  return out;
}

absl::StatusOr<Turnout> BoardElections::GetTurnout(const access::Principal& caller,
                                                   const std::string& id) {
  RETURN_IF_ERROR(CanRunElections(caller, "read the turnout"));
  ASSIGN_OR_RETURN(int64_t eid, ParseId(id, "id", "an election"));
  Turnout out;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::ElectionTable table(txn);
    ASSIGN_OR_RETURN(BoardElection e, table.Get(eid));
    if (!VotingHasOpened(e.status) || e.uncontested) {
      return absl::FailedPreconditionError(absl::StrCat(
          "election ", eid, " has no poll yet: it is ", ElectionStatusName(e.status),
          e.uncontested ? " without a poll (uncontested)" : ""));
    }
    ASSIGN_OR_RETURN(std::vector<storage::Elector> all, table.ListElectorate(eid, false));
    storage::SchoolTable schools(txn);
    out.electorate = static_cast<int>(all.size());
    for (const storage::Elector& v : all) {
      if (v.voted) {
        ++out.voted;
        continue;
      }
      ASSIGN_OR_RETURN(registry::School s, schools.Get(v.school_urn));
      out.not_voted.push_back(NotYetVoted{v.school_urn, s.name});
    }
    return absl::OkStatus();
  }));
  return out;
}

absl::StatusOr<ElectionResult> BoardElections::GetResult(const access::Principal& caller,
                                                         const std::string& id) {
  RETURN_IF_ERROR(CanReadElections(caller));
  ASSIGN_OR_RETURN(int64_t eid, ParseId(id, "id", "an election"));
  ElectionResult out;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::ElectionTable table(txn);
    ASSIGN_OR_RETURN(out.election, table.Get(eid));
    RETURN_IF_ERROR(CanReadResult(caller, out.election));
    ASSIGN_OR_RETURN(storage::StoredResult stored, table.GetResult(eid));
    out.result_json = stored.result_json;
    out.ballot_file = stored.ballot_file;
    ASSIGN_OR_RETURN(std::vector<storage::StoredBallot> ballots, table.ListBallots(eid));
    for (const storage::StoredBallot& b : ballots) out.receipts.push_back(b.receipt);
    return absl::OkStatus();
  }));
  return out;
}

}  // namespace partnership::elections
