// BoardElections::Create, Get and List: the register of elections. The lifecycle verbs are
// in board_elections.cc and the voting in ballot_box.cc.
#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "elections/board_elections.h"
#include "elections/election_policy.h"
#include "elections/request_fields.h"
#include "registry/person.h"
#include "registry/school.h"
#include "storage/election_table.h"
#include "storage/school_table.h"

namespace partnership::elections {
namespace {

constexpr int kMaxSeats = 20;
constexpr size_t kMaxTitle = 200;
constexpr size_t kMaxSeatName = 100;
constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;

absl::Status CheckTitle(const std::string& title) {
  if (title.empty() || title.size() > kMaxTitle) {
    return absl::InvalidArgumentError(
        absl::StrCat("title: must be 1 to ", kMaxTitle, " characters"));
  }
  if (absl::StrContains(title, "\"") || absl::StrContains(title, "\n") ||
      absl::StrContains(title, "\r")) {
    return absl::InvalidArgumentError(
        "title: may not hold a double quote or a line break (the BLT ballot file cannot)");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<BoardElection> BoardElections::Create(const access::Principal& caller,
                                                     const NewElection& spec) {
  RETURN_IF_ERROR(CanRunElections(caller, "create an election"));
  RETURN_IF_ERROR(CheckTitle(spec.title));
  if (spec.method == CountMethod::kUnspecified) {
    return absl::InvalidArgumentError(
        "method: required (PLURALITY, INSTANT_RUNOFF or SCOTTISH_STV)");
  }
  if (spec.seats < 1 || spec.seats > kMaxSeats) {
    return absl::InvalidArgumentError(
        absl::StrCat("seats: ", spec.seats, " is not between 1 and ", kMaxSeats));
  }
  if (spec.method == CountMethod::kInstantRunoff && spec.seats != 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "seats: instant-runoff fills one seat, not ", spec.seats, " (use SCOTTISH_STV)"));
  }
  if (spec.constituency == Constituency::kUnspecified) {
    return absl::InvalidArgumentError(
        "constituency: required (ALL_MEMBERS, SECONDARY, PRIMARY, SPECIAL or NAMED)");
  }
  std::vector<std::string> named = spec.named_schools;
  std::sort(named.begin(), named.end());
  if (spec.constituency != Constituency::kNamed && !named.empty()) {
    return absl::InvalidArgumentError(
        "named_schools: only a NAMED constituency lists its schools");
  }
  if (spec.constituency == Constituency::kNamed && named.empty()) {
    return absl::InvalidArgumentError("named_schools: a NAMED constituency needs its schools");
  }
  for (size_t i = 0; i < named.size(); ++i) {
    if (!registry::IsValidUrn(named[i])) {
      return absl::InvalidArgumentError(
          absl::StrCat("named_schools: \"", named[i], "\" is not a URN (1 to 8 digits)"));
    }
    if (i > 0 && named[i] == named[i - 1]) {
      return absl::InvalidArgumentError(
          absl::StrCat("named_schools: ", named[i], " is listed twice"));
    }
  }
  if (!spec.candidate_role.empty() && !registry::PersonRoleFromName(spec.candidate_role)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "candidate_role: \"", spec.candidate_role,
        "\" is not a role (HEADTEACHER, DEPUTY_HEAD, GOVERNOR, ...)"));
  }
  if (spec.seat.size() > kMaxSeatName) {
    return absl::InvalidArgumentError(
        absl::StrCat("seat: at most ", kMaxSeatName, " characters"));
  }
  BoardElection e;
  e.title = spec.title;
  e.method = spec.method;
  e.seats = spec.seats;
  e.constituency = spec.constituency;
  e.named_schools = named;
  e.candidate_role = spec.candidate_role;
  e.seat = spec.seat;
  e.status = ElectionStatus::kDraft;
  e.created_by = caller.Describe();
  e.create_time = e.update_time = FormatUtc(now_());
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::SchoolTable schools(txn);
    for (const std::string& urn : named) {
      ASSIGN_OR_RETURN(bool exists, schools.Exists(urn));
      if (!exists) {
        return absl::NotFoundError(absl::StrCat("named_schools: school ", urn, " not found"));
      }
    }
    storage::ElectionTable table(txn);
    ASSIGN_OR_RETURN(e.id, table.Insert(e));
    RETURN_IF_ERROR(audit::Record(
        txn, caller, e.create_time, "election.create", absl::StrCat("election/", e.id),
        absl::StrCat("\"", e.title, "\": ", e.seats, e.seats == 1 ? " seat" : " seats", " by ",
                     CountMethodName(e.method), ", constituency ",
                     ConstituencyName(e.constituency))));
    ASSIGN_OR_RETURN(e, table.Get(e.id));
    return absl::OkStatus();
  }));
  return e;
}

absl::StatusOr<BoardElection> BoardElections::Get(const access::Principal& caller,
                                                  const std::string& id) {
  RETURN_IF_ERROR(CanReadElections(caller));
  ASSIGN_OR_RETURN(int64_t eid, ParseId(id, "id", "an election"));
  BoardElection e;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(e, storage::ElectionTable(txn).Get(eid));
    return absl::OkStatus();
  }));
  return e;
}

absl::StatusOr<ElectionPage> BoardElections::List(const access::Principal& caller,
                                                  std::optional<ElectionStatus> status,
                                                  int page_size, const std::string& page_token) {
  RETURN_IF_ERROR(CanReadElections(caller));
  if (page_size < 0) {
    return absl::InvalidArgumentError(absl::StrCat("page_size: ", page_size, " is negative"));
  }
  const int size = page_size == 0 ? kDefaultPageSize : std::min(page_size, kMaxPageSize);
  int64_t after = 0;
  if (!page_token.empty() && (!absl::SimpleAtoi(page_token, &after) || after <= 0)) {
    return absl::InvalidArgumentError(
        absl::StrCat("page_token: \"", page_token, "\" is not a token this server gave"));
  }
  ElectionPage page;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::ElectionTable table(txn);
    ASSIGN_OR_RETURN(page.elections, table.List(after, size + 1, status));
    ASSIGN_OR_RETURN(page.total_size, table.Count(status));
    return absl::OkStatus();
  }));
  if (static_cast<int>(page.elections.size()) > size) {
    page.elections.resize(size);
    page.next_page_token = absl::StrCat(page.elections.back().id);
  }
  return page;
}

}  // namespace partnership::elections
