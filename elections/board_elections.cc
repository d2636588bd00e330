#include "elections/board_elections.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "elections/election_count.h"
#include "elections/election_policy.h"
#include "elections/request_fields.h"
#include "registry/person.h"
#include "registry/school.h"
#include "storage/election_table.h"
#include "storage/person_table.h"
#include "storage/school_table.h"

namespace partnership::elections {
namespace {

absl::Status RequireStatus(const BoardElection& e, ElectionStatus wanted,
                           absl::string_view doing) {
  if (e.status == wanted) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "election ", e.id, " is ", ElectionStatusName(e.status), ": ", doing, " needs it to be ",
      ElectionStatusName(wanted)));
}

// Whether school `urn` belongs to the election's constituency.
absl::StatusOr<bool> InConstituency(storage::Transaction& txn, const BoardElection& e,
                                    const std::string& urn) {
  if (e.constituency == Constituency::kNamed) {
    return std::binary_search(e.named_schools.begin(), e.named_schools.end(), urn);
  }
  ASSIGN_OR_RETURN(registry::School school, storage::SchoolTable(txn).Get(urn));
  return PhaseBelongsTo(e.constituency, registry::PhaseName(school.phase));
}

absl::StatusOr<absl::Time> ParseRfc3339(const std::string& text, absl::string_view field) {
  absl::Time t;
  std::string error;
  if (!absl::ParseTime(absl::RFC3339_full, text, &t, &error)) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": \"", text, "\" is not an RFC 3339 time such as 2026-12-01T17:00:00Z"));
  }
  return t;
}

}  // namespace

absl::StatusOr<BoardElection> BoardElections::Step(
    const access::Principal& caller, const std::string& id, ElectionStatus from,
    const std::string& action,
    const std::function<absl::StatusOr<std::string>(storage::Transaction&, BoardElection&)>&
        change) {
  ASSIGN_OR_RETURN(int64_t eid, ParseId(id, "id", "an election"));
  BoardElection e;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::ElectionTable table(txn);
    ASSIGN_OR_RETURN(e, table.Get(eid));
    RETURN_IF_ERROR(RequireStatus(e, from, action));
    ASSIGN_OR_RETURN(std::string detail, change(txn, e));
    e.update_time = FormatUtc(now_());
    RETURN_IF_ERROR(table.Update(e));
    std::string audit_action = absl::StrCat("election.", action);
    std::replace(audit_action.begin(), audit_action.end(), ' ', '_');
    RETURN_IF_ERROR(audit::Record(txn, caller, e.update_time, audit_action,
                                  absl::StrCat("election/", eid), detail));
    ASSIGN_OR_RETURN(e, table.Get(eid));
    return absl::OkStatus();
  }));
  return e;
}

absl::StatusOr<BoardElection> BoardElections::OpenNominations(const access::Principal& caller,
                                                              const std::string& id) {
  RETURN_IF_ERROR(CanRunElections(caller, "open nominations"));
  return Step(caller, id, ElectionStatus::kDraft, "open nominations",
              [](storage::Transaction&, BoardElection& e) -> absl::StatusOr<std::string> {
                e.status = ElectionStatus::kNominations;
                return std::string("nominations opened");
              });
}

absl::StatusOr<BoardElection> BoardElections::Nominate(const access::Principal& caller,
                                                       const std::string& id,
                                                       const std::string& person_id) {
  ASSIGN_OR_RETURN(int64_t pid, ParseId(person_id, "person_id", "a person"));
  registry::Person person;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(person, storage::PersonTable(txn).Get(pid));
    return absl::OkStatus();
  }));
  if (person.school_urn.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "person_id: ", PersonName(person), " (", pid,
        ") belongs to no school, so cannot stand for a member schools' constituency"));
  }
  RETURN_IF_ERROR(CanActForSchool(caller, person.school_urn, "nominate a candidate"));
  const std::string today = FormatUtc(now_()).substr(0, 10);
  ASSIGN_OR_RETURN(bool active, members_.IsActiveMember(person.school_urn, today));
  const std::string name = PersonName(person);
  if (absl::StrContains(name, "\"")) {
    return absl::InvalidArgumentError(absl::StrCat(
        "person_id: the name of person ", pid,
        " holds a double quote, which the BLT ballot file cannot hold; correct it first"));
  }
  return Step(
      caller, id, ElectionStatus::kNominations, "nominate",
      [&](storage::Transaction& txn, BoardElection& e) -> absl::StatusOr<std::string> {
        if (!e.candidate_role.empty() &&
            registry::PersonRoleName(person.role) != e.candidate_role) {
          return absl::FailedPreconditionError(absl::StrCat(
              name, " (", pid, ") is a ", registry::PersonRoleName(person.role),
              "; this election is for a ", e.candidate_role));
        }
        ASSIGN_OR_RETURN(bool in, InConstituency(txn, e, person.school_urn));
        if (!in) {
          return absl::FailedPreconditionError(absl::StrCat(
              name, "'s school ", person.school_urn, " is not in the ",
              ConstituencyName(e.constituency), " constituency of election ", e.id));
        }
        if (!active) {
          return absl::FailedPreconditionError(absl::StrCat(
              name, "'s school ", person.school_urn, " is not an active member on ", today));
        }
        Candidate c;
        c.number = static_cast<int>(e.candidates.size()) + 1;
        c.person_id = pid;
        c.name = name;
        c.school_urn = person.school_urn;
        c.nominated_by = caller.Describe();
        RETURN_IF_ERROR(storage::ElectionTable(txn).InsertCandidate(e.id, c));
        return absl::StrCat("candidate ", c.number, ": ", name, " (person ", pid, ", school ",
                            person.school_urn, ")");
      });
}

absl::StatusOr<BoardElection> BoardElections::WithdrawCandidate(const access::Principal& caller,
                                                                const std::string& id,
                                                                int candidate) {
  ASSIGN_OR_RETURN(BoardElection current, Get(caller, id));
  const Candidate* c = current.candidate(candidate);
  if (c == nullptr) {
    return absl::NotFoundError(
        absl::StrCat("candidate: election ", current.id, " has no candidate ", candidate));
  }
  RETURN_IF_ERROR(CanActForSchool(caller, c->school_urn, "withdraw a candidate"));
  return Step(caller, id, ElectionStatus::kNominations, "withdraw candidate",
              [&](storage::Transaction& txn, BoardElection& e) -> absl::StatusOr<std::string> {
                const Candidate* now = e.candidate(candidate);
                if (now->withdrawn) {
                  return absl::FailedPreconditionError(absl::StrCat(
                      "candidate ", candidate, " (", now->name, ") has already withdrawn"));
                }
                RETURN_IF_ERROR(storage::ElectionTable(txn).SetCandidateWithdrawn(e.id, candidate));
                return absl::StrCat("candidate ", candidate, " (", now->name, ") withdrew");
              });
}

absl::StatusOr<BoardElection> BoardElections::OpenVoting(const access::Principal& caller,
                                                         const std::string& id,
                                                         const std::string& closes_at) {
  RETURN_IF_ERROR(CanRunElections(caller, "open voting"));
  const absl::Time now = now_();
  std::string closes;
  if (!closes_at.empty()) {
    ASSIGN_OR_RETURN(absl::Time t, ParseRfc3339(closes_at, "closes_at"));
    if (t <= now) {
      return absl::InvalidArgumentError(
          absl::StrCat("closes_at: ", closes_at, " has already passed"));
    }
    closes = FormatUtc(t);
  }
  const std::string today = FormatUtc(now).substr(0, 10);
  // Read before the write transaction (the register reads the database itself); a
  // membership change in between is treated as having come just after voting opened.
  ASSIGN_OR_RETURN(std::vector<std::string> members, members_.ActiveMembersOn(today));
  return Step(
      caller, id, ElectionStatus::kNominations, "open voting",
      [&](storage::Transaction& txn, BoardElection& e) -> absl::StatusOr<std::string> {
        if (e.standing() == 0) {
          return absl::FailedPreconditionError(
              absl::StrCat("election ", e.id, " has no candidate standing"));
        }
        std::vector<std::string> electorate;
        for (const std::string& urn : members) {
          ASSIGN_OR_RETURN(bool in, InConstituency(txn, e, urn));
          if (in) electorate.push_back(urn);
        }
        if (electorate.empty()) {
          return absl::FailedPreconditionError(absl::StrCat(
              "no school in the ", ConstituencyName(e.constituency),
              " constituency is an active member on ", today));
        }
        e.electorate_date = today;
        storage::ElectionTable table(txn);
        if (e.standing() <= e.seats) {
          // Elected without a poll (rule 12 of the Scottish rules; the same for any method).
          ASSIGN_OR_RETURN(PublishedCount count, CountElection(e, {}));
          e.status = ElectionStatus::kCounted;
          e.uncontested = true;
          e.elected.clear();
          for (int c : count.result.elected) e.elected.push_back(c + 1);
          RETURN_IF_ERROR(table.SetResult(
              e.id, storage::StoredResult{count.result_json, "", count.ballot_file}));
          return absl::StrCat("uncontested: ", e.standing(), " standing for ", e.seats,
                              e.seats == 1 ? " seat" : " seats",
                              "; elected without a poll");
        }
        RETURN_IF_ERROR(table.FixElectorate(e.id, electorate));
        e.status = ElectionStatus::kVoting;
        e.voting_closes_at = closes;
        return absl::StrCat("voting opened; electorate of ", electorate.size(),
                            " member schools fixed on ", today,
                            closes.empty() ? "" : absl::StrCat("; closes at ", closes));
      });
}

absl::StatusOr<BoardElection> BoardElections::CloseVoting(const access::Principal& caller,
                                                          const std::string& id) {
  RETURN_IF_ERROR(CanRunElections(caller, "close voting"));
  ASSIGN_OR_RETURN(
      BoardElection closed,
      Step(caller, id, ElectionStatus::kVoting, "close voting",
           [](storage::Transaction& txn, BoardElection& e) -> absl::StatusOr<std::string> {
             e.status = ElectionStatus::kClosed;
             return absl::StrCat("voting closed: ", e.ballots_cast, " of ", e.electorate_size,
                                 " member schools voted");
           }));
  // The log holds each ballot in the same transaction as its school's "has voted" mark; once
  // no more ballots can come, empty it so that only the tables (which link nothing) remain.
  // Best effort: a busy log is emptied by a later checkpoint, and the close stands.
  db_.TruncateWriteAheadLog().IgnoreError();
  return closed;
}

absl::StatusOr<BoardElection> BoardElections::Count(const access::Principal& caller,
                                                    const std::string& id) {
  RETURN_IF_ERROR(CanRunElections(caller, "count an election"));
  return Step(caller, id, ElectionStatus::kClosed, "count",
              [](storage::Transaction& txn, BoardElection& e) -> absl::StatusOr<std::string> {
                storage::ElectionTable table(txn);
                ASSIGN_OR_RETURN(std::vector<storage::StoredBallot> ballots,
                                 table.ListBallots(e.id));
                std::vector<std::vector<int>> rankings;
                for (const storage::StoredBallot& b : ballots) rankings.push_back(b.ranking);
                ASSIGN_OR_RETURN(PublishedCount count, CountElection(e, rankings));
                e.status = ElectionStatus::kCounted;
                e.uncontested = count.result.uncontested;
                e.elected.clear();
                std::vector<std::string> names;
                for (int c : count.result.elected) {
                  e.elected.push_back(c + 1);
                  names.push_back(count.result.candidates[c]);
                }
                RETURN_IF_ERROR(table.SetResult(
                    e.id, storage::StoredResult{count.result_json, "", count.ballot_file}));
                return absl::StrCat("counted ", ballots.size(), " ballots; elected: ",
                                    absl::StrJoin(names, ", "));
              });
}

absl::StatusOr<BoardElection> BoardElections::Publish(const access::Principal& caller,
                                                      const std::string& id) {
  RETURN_IF_ERROR(CanRunElections(caller, "publish a result"));
  return Step(caller, id, ElectionStatus::kCounted, "publish",
              [](storage::Transaction&, BoardElection& e) -> absl::StatusOr<std::string> {
                e.status = ElectionStatus::kPublished;
                return std::string("result and ballot file published");
              });
}

}  // namespace partnership::elections
