#include "board/seats.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "audit/audit_trail.h"
#include "board/board_policy.h"
#include "board/default_seats.h"
#include "board/page.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "storage/roster_table.h"
#include "storage/seat_table.h"

namespace partnership::board {
namespace {

constexpr size_t kMaxTitle = 200;

// "secondary-head (BOARD, ELECTED by GASH, 3 years, for a HEADTEACHER of ...)".
std::string Summary(const Seat& s) {
  return absl::StrCat(s.key, " (", BodyName(s.body), ", ", FillMethodName(s.method), " by ",
                      SelectorName(s.selector), ", ", s.term_years,
                      s.term_years == 1 ? " year" : " years", ", for ",
                      DescribeEligibility(s.eligibility), "): ", s.title);
}

absl::Status Audit(storage::Transaction& txn, const access::Principal& caller, const Seat& s,
                   const std::string& action, const std::string& detail) {
  return audit::Record(txn, caller, s.update_time, action, absl::StrCat("board/seat/", s.key),
                       detail);
}

absl::Status RequireLive(const Seat& seat) {
  if (seat.retired_on.empty()) return absl::OkStatus();
  return absl::FailedPreconditionError(
      absl::StrCat("seat ", seat.key, " was retired on ", seat.retired_on));
}

}  // namespace

absl::Status CheckSeat(const Seat& s) {
  if (!IsValidSeatKey(s.key)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "seat.key: \"", s.key, "\" is not a key (1 to 60 lower-case letters, digits and "
        "hyphens, starting with a letter, e.g. secondary-head)"));
  }
  if (s.body == Body::kUnspecified) return absl::InvalidArgumentError("seat.body: missing");
  if (s.title.empty() || s.title.size() > kMaxTitle) {
    return absl::InvalidArgumentError("seat.title: must be 1 to 200 characters");
  }
  if (s.term_years < 1 || s.term_years > 10) {
    return absl::InvalidArgumentError(
        absl::StrCat("seat.term_years: ", s.term_years, " is not a term (1 to 10 years)"));
  }
  if (s.method == FillMethod::kUnspecified) {
    return absl::InvalidArgumentError("seat.fill_method: missing (ELECTED or APPOINTED)");
  }
  if (s.selector == Selector::kUnspecified) {
    return absl::InvalidArgumentError("seat.selector: missing (who elects or appoints)");
  }
  if (s.method == FillMethod::kElected && !IsConstituency(s.selector)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "seat.selector: ", SelectorName(s.selector),
        " does not hold elections (only GASH, GAPH, GASSH and TEACHING_SCHOOLS elect)"));
  }
  if (s.body == Body::kShadowBoard &&
      (s.method != FillMethod::kAppointed || s.selector != Selector::kSteeringGroup)) {
    return absl::InvalidArgumentError(
        "seat.selector: the shadow board is APPOINTED by the STEERING_GROUP");
  }
  return absl::OkStatus();
}

absl::StatusOr<Seat> Seats::Create(const access::Principal& caller, Seat seat) {
  RETURN_IF_ERROR(CheckSeat(seat));
  RETURN_IF_ERROR(CanChangeBoard(caller, "create a seat"));
  seat.retired_on.clear();
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::SeatTable table(txn);
    ASSIGN_OR_RETURN(int last, table.LastPosition(seat.body));
    seat.position = last + 1;
    seat.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.Insert(seat));
    return Audit(txn, caller, seat, "board.seat_created", Summary(seat));
  }));
  return seat;
}

absl::StatusOr<Seat> Seats::Update(const access::Principal& caller, const std::string& key,
                                   const SeatChanges& c) {
  if (!c.title && !c.eligibility && !c.term_years && !c.method && !c.selector) {
    return absl::InvalidArgumentError("nothing to change: give a title, eligibility, term, "
                                      "fill method or selector");
  }
  RETURN_IF_ERROR(CanChangeBoard(caller, "change a seat"));
  Seat seat;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::SeatTable table(txn);
    ASSIGN_OR_RETURN(seat, table.Get(key));
    RETURN_IF_ERROR(RequireLive(seat));
    const std::string before = Summary(seat);
    if (c.title) seat.title = *c.title;
    if (c.eligibility) seat.eligibility = *c.eligibility;
    if (c.term_years) seat.term_years = *c.term_years;
    if (c.method) seat.method = *c.method;
    if (c.selector) seat.selector = *c.selector;
    RETURN_IF_ERROR(CheckSeat(seat));
    seat.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.Update(seat));
    return Audit(txn, caller, seat, "board.seat_changed",
                 absl::StrCat("was ", before, "; now ", Summary(seat)));
  }));
  return seat;
}

absl::StatusOr<Seat> Seats::Retire(const access::Principal& caller, const std::string& key,
                                   const std::string& retired_on) {
  if (!IsIsoDate(retired_on)) {
    return absl::InvalidArgumentError(
        absl::StrCat("retired_on: \"", retired_on, "\" is not a date (YYYY-MM-DD)"));
  }
  RETURN_IF_ERROR(CanChangeBoard(caller, "retire a seat"));
  Seat seat;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::SeatTable table(txn);
    ASSIGN_OR_RETURN(seat, table.Get(key));
    RETURN_IF_ERROR(RequireLive(seat));
    storage::HoldingQuery query;
    query.seat_key = key;
    query.overlapping_from = retired_on;
    query.overlapping_to = "9999-12-31";
    ASSIGN_OR_RETURN(auto holdings, storage::RosterTable(txn).List(query));
    if (!holdings.empty()) {
      const Holding& h = holdings.front();
      return absl::FailedPreconditionError(absl::StrCat(
          "seat ", key, " is held by ", h.person_name, " (person ", h.person_id, ", holding ",
          h.id, ") until ", h.to_date, "; end that holding before retiring the seat on ",
          retired_on));
    }
    seat.retired_on = retired_on;
    seat.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.Update(seat));
    return Audit(txn, caller, seat, "board.seat_retired",
                 absl::StrCat("seat ", key, " retired from ", retired_on));
  }));
  return seat;
}

absl::StatusOr<Seat> Seats::Get(const access::Principal& caller, const std::string& key) {
  RETURN_IF_ERROR(CanReadBoard(caller));
  Seat seat;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(seat, storage::SeatTable(txn).Get(key));
    return absl::OkStatus();
  }));
  return seat;
}

absl::StatusOr<SeatPage> Seats::List(const access::Principal& caller, const SeatFilter& filter) {
  RETURN_IF_ERROR(CanReadBoard(caller));
  std::vector<Seat> all;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(all, storage::SeatTable(txn).List(filter.body));
    return absl::OkStatus();
  }));
  SeatPage page;
  for (Seat& s : all) {
    if (filter.include_retired || s.retired_on.empty()) page.seats.push_back(std::move(s));
  }
  page.total_size = static_cast<int>(page.seats.size());
  RETURN_IF_ERROR(TakePage(page.seats, filter.page_size, filter.page_token, page.next_page_token));
  return page;
}

absl::StatusOr<InstallReport> Seats::InstallDefaults(const access::Principal& caller) {
  RETURN_IF_ERROR(CanChangeBoard(caller, "install the proposal's seats"));
  InstallReport report;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    report = InstallReport{};
    storage::SeatTable table(txn);
    const std::string now = FormatUtc(absl::Now());
    for (Seat seat : ProposalSeats()) {
      auto existing = table.Get(seat.key);
      if (existing.ok()) {
        report.kept.push_back(seat.key);
        continue;
      }
      if (!absl::IsNotFound(existing.status())) return existing.status();
      ASSIGN_OR_RETURN(int last, table.LastPosition(seat.body));
      seat.position = last + 1;
      seat.update_time = now;
      RETURN_IF_ERROR(table.Insert(seat));
      RETURN_IF_ERROR(Audit(txn, caller, seat, "board.seat_created",
                            absl::StrCat("from the proposal: ", Summary(seat))));
      report.created.push_back(std::move(seat));
    }
    return absl::OkStatus();
  }));
  return report;
}

}  // namespace partnership::board
