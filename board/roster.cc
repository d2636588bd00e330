#include "board/roster.h"

#include <map>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "audit/audit_trail.h"
#include "board/board_policy.h"
#include "board/election_won.h"
#include "board/eligibility.h"
#include "board/page.h"
#include "board/term.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "storage/person_table.h"
#include "storage/roster_table.h"
#include "storage/school_table.h"
#include "storage/seat_table.h"

namespace partnership::board {
namespace {

constexpr size_t kMaxReference = 200;
constexpr size_t kMaxText = 500;
constexpr char kEndOfTime[] = "9999-12-31";

absl::Status CheckDate(const std::string& date, absl::string_view field) {
  if (IsIsoDate(date)) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(field, ": \"", date, "\" is not a date (YYYY-MM-DD)"));
}

absl::StatusOr<int64_t> ParseId(const std::string& text, absl::string_view field,
                                absl::string_view what) {
  int64_t id = 0;
  if (!absl::SimpleAtoi(text, &id) || id <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", text, "\" is not the id of ", what));
  }
  return id;
}

std::string Held(const Holding& h) {
  return absl::StrCat(h.person_name, " (person ", h.person_id, ", holding ", h.id, ") from ",
                      h.from_date, " to ", h.to_date);
}

absl::Status Audit(storage::Transaction& txn, const access::Principal& caller, const Holding& h,
                   const std::string& action, const std::string& detail) {
  return audit::Record(txn, caller, h.update_time, action,
                       absl::StrCat("board/holding/", h.id), detail);
}

// The shadow holdings still running on `from`, ended the day before because the elected
// board takes office then. FAILED_PRECONDITION for one that has not begun by then.
absl::StatusOr<std::vector<Holding>> StandDownShadowBoard(storage::Transaction& txn,
                                                          const access::Principal& caller,
                                                          const std::string& last_day,
                                                          const std::string& reason) {
  storage::RosterTable roster(txn);
  storage::HoldingQuery query;
  query.basis = Basis::kShadow;
  query.overlapping_from = last_day;
  query.overlapping_to = kEndOfTime;
  ASSIGN_OR_RETURN(std::vector<Holding> running, roster.List(query));
  std::vector<Holding> ended;
  const std::string now = FormatUtc(absl::Now());
  for (Holding& h : running) {
    if (h.to_date <= last_day) continue;
    if (h.from_date > last_day) {
      return absl::FailedPreconditionError(absl::StrCat(
          "shadow holding ", h.id, " of seat ", h.seat_key, " (", h.person_name,
          ") begins on ", h.from_date, ", after the shadow board's last day ", last_day,
          "; end or correct it first"));
    }
    const std::string was = h.to_date;
    h.to_date = last_day;
    h.end_reason = reason;
    h.update_time = now;
    RETURN_IF_ERROR(roster.UpdateEnd(h));
    RETURN_IF_ERROR(Audit(txn, caller, h, "board.holding_ended",
                          absl::StrCat("seat ", h.seat_key, ": ", h.person_name, " (person ",
                                       h.person_id, ") now ends on ", last_day, " (was ", was,
                                       "): ", reason)));
    ended.push_back(h);
  }
  return ended;
}

}  // namespace

absl::StatusOr<FillResult> Roster::Fill(const access::Principal& caller, const FillRequest& r) {
  if (!IsValidSeatKey(r.seat_key)) {
    return absl::InvalidArgumentError(
        absl::StrCat("seat_key: \"", r.seat_key, "\" is not a seat key"));
  }
  ASSIGN_OR_RETURN(int64_t person_id, ParseId(r.person_id, "person_id", "a person"));
  RETURN_IF_ERROR(CheckDate(r.from_date, "from_date"));
  if (!r.to_date.empty()) {
    RETURN_IF_ERROR(CheckDate(r.to_date, "to_date"));
    if (r.to_date < r.from_date) {
      return absl::InvalidArgumentError(
          absl::StrCat("to_date: ", r.to_date, " is before from_date ", r.from_date));
    }
  }
  if (r.election_reference.size() > kMaxReference) {
    return absl::InvalidArgumentError("election_reference: longer than 200 characters");
  }
  if (r.note.size() > kMaxText) {
    return absl::InvalidArgumentError("note: longer than 500 characters");
  }
  RETURN_IF_ERROR(CanChangeBoard(caller, "fill a seat"));

  // Who the candidate is, and whether their school is a member on the first day: the
  // membership register answers in a transaction of its own, so ask before writing.
  Candidate candidate;
  bool needs_membership = false;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(Seat seat, storage::SeatTable(txn).Get(r.seat_key));
    needs_membership = seat.eligibility.member_school;
    auto person = storage::PersonTable(txn).Get(person_id);
    if (absl::IsNotFound(person.status())) {
      return absl::NotFoundError(absl::StrCat("person_id: person ", person_id, " not found"));
    }
    if (!person.ok()) return person.status();
    candidate.person = *std::move(person);
    if (!candidate.person.school_urn.empty()) {
      ASSIGN_OR_RETURN(registry::School school,
                       storage::SchoolTable(txn).Get(candidate.person.school_urn));
      candidate.school_phase = school.phase;
    }
    return absl::OkStatus();
  }));
  if (needs_membership && !candidate.person.school_urn.empty()) {
    ASSIGN_OR_RETURN(candidate.active_member,
                     members_.IsActiveMember(candidate.person.school_urn, r.from_date));
  }

  FillResult result;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    result = FillResult{};
    storage::RosterTable roster(txn);
    ASSIGN_OR_RETURN(Seat seat, storage::SeatTable(txn).Get(r.seat_key));
    if (!seat.LiveOn(r.from_date)) {
      return absl::FailedPreconditionError(
          absl::StrCat("seat ", seat.key, " was retired on ", seat.retired_on));
    }
    Holding& h = result.holding;
    h.basis = seat.body == Body::kShadowBoard    ? Basis::kShadow
              : seat.method == FillMethod::kElected ? Basis::kElected
                                                    : Basis::kAppointed;
    if (h.basis == Basis::kElected && r.election_reference.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "election_reference: seat ", seat.key, " is elected by ", SelectorName(seat.selector),
          "; give the id of the election that was won"));
    }
    if (h.basis != Basis::kElected && !r.election_reference.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "election_reference: seat ", seat.key, " is appointed by ",
          SelectorName(seat.selector), ", not elected"));
    }
    RETURN_IF_ERROR(CheckEligible(seat, candidate, r.from_date));
    if (h.basis == Basis::kElected) {
      RETURN_IF_ERROR(CheckElectionWon(txn, r.election_reference, seat.key, person_id));
    }
    ASSIGN_OR_RETURN(h.term_end, TermEnd(r.from_date, seat.term_years));
    h.to_date = r.to_date.empty() ? h.term_end : r.to_date;
    if (h.to_date > h.term_end) {
      return absl::InvalidArgumentError(absl::StrCat(
          "to_date: ", h.to_date, " is after the end of the seat's ", seat.term_years,
          "-year term from ", r.from_date, " (", h.term_end, ")"));
    }
    if (!seat.retired_on.empty() && h.to_date >= seat.retired_on) {
      return absl::FailedPreconditionError(absl::StrCat(
          "seat ", seat.key, " is retired from ", seat.retired_on, ", before to_date ",
          h.to_date));
    }

    storage::HoldingQuery same_seat;
    same_seat.seat_key = seat.key;
    same_seat.overlapping_from = r.from_date;
    same_seat.overlapping_to = h.to_date;
    ASSIGN_OR_RETURN(auto holders, roster.List(same_seat));
    if (!holders.empty()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "seat ", seat.key, " is already held by ", Held(holders.front()),
          "; end that holding first or start after ", holders.front().to_date));
    }
    storage::HoldingQuery same_person;
    same_person.person_id = person_id;
    same_person.body = seat.body;
    same_person.overlapping_from = r.from_date;
    same_person.overlapping_to = h.to_date;
    ASSIGN_OR_RETURN(auto others, roster.List(same_person));
    if (!others.empty()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "person ", person_id, " (", others.front().person_name, ") already holds seat ",
          others.front().seat_key, " of the ", BodyName(seat.body), " from ",
          others.front().from_date, " to ", others.front().to_date,
          ": one seat per person on each body"));
    }
    if (h.basis == Basis::kShadow) {
      storage::HoldingQuery elected;
      elected.body = Body::kBoard;
      elected.basis = Basis::kElected;
      ASSIGN_OR_RETURN(auto board, roster.List(elected));
      if (!board.empty() && h.to_date >= board.front().from_date) {
        return absl::FailedPreconditionError(absl::StrCat(
            "the elected board took office on ", board.front().from_date,
            ", so a shadow board appointment must end by ", DayBefore(board.front().from_date)));
      }
    }

    h.seat_key = seat.key;
    h.person_id = person_id;
    h.person_name = absl::StrCat(candidate.person.given_name, " ", candidate.person.family_name);
    h.school_urn = candidate.person.school_urn;
    h.from_date = r.from_date;
    h.appointed_by = seat.selector;
    h.election_reference = r.election_reference;
    h.note = r.note;
    h.recorded_by = caller.Describe();
    h.update_time = FormatUtc(absl::Now());
    ASSIGN_OR_RETURN(h.id, roster.Insert(h));
    RETURN_IF_ERROR(Audit(
        txn, caller, h, "board.seat_filled",
        absl::StrCat("seat ", seat.key, ": ", h.person_name, " (person ", person_id, ") from ",
                     h.from_date, " to ", h.to_date, ", ", BasisName(h.basis), " by ",
                     SelectorName(h.appointed_by),
                     h.election_reference.empty() ? ""
                                                  : absl::StrCat(" (election ",
                                                                 h.election_reference, ")"))));
    if (h.basis == Basis::kElected && seat.body == Body::kBoard) {
      ASSIGN_OR_RETURN(result.shadow_ended,
                       StandDownShadowBoard(txn, caller, DayBefore(h.from_date),
                                            absl::StrCat("the elected board took office on ",
                                                         h.from_date)));
    }
    return absl::OkStatus();
  }));
  return result;
}

absl::StatusOr<Holding> Roster::End(const access::Principal& caller, const std::string& id,
                                    const std::string& last_day, const std::string& reason) {
  ASSIGN_OR_RETURN(int64_t holding_id, ParseId(id, "id", "a holding"));
  RETURN_IF_ERROR(CheckDate(last_day, "last_day"));
  if (reason.empty() || reason.size() > kMaxText) {
    return absl::InvalidArgumentError("reason: must be 1 to 500 characters");
  }
  RETURN_IF_ERROR(CanChangeBoard(caller, "end a holding"));
  Holding h;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::RosterTable roster(txn);
    ASSIGN_OR_RETURN(h, roster.Get(holding_id));
    if (last_day < h.from_date) {
      return absl::FailedPreconditionError(absl::StrCat(
          "last_day: ", last_day, " is before holding ", h.id, " began on ", h.from_date));
    }
    if (last_day >= h.to_date) {
      return absl::FailedPreconditionError(absl::StrCat(
          "last_day: holding ", h.id, " already ends on ", h.to_date,
          "; an early end must come before it"));
    }
    const std::string was = h.to_date;
    h.to_date = last_day;
    h.end_reason = reason;
    h.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(roster.UpdateEnd(h));
    return Audit(txn, caller, h, "board.holding_ended",
                 absl::StrCat("seat ", h.seat_key, ": ", h.person_name, " (person ", h.person_id,
                              ") now ends on ", last_day, " (was ", was, "): ", reason));
  }));
  return h;
}

absl::StatusOr<std::vector<Holding>> Roster::EndShadowBoard(const access::Principal& caller,
                                                            const std::string& last_day) {
  RETURN_IF_ERROR(CheckDate(last_day, "last_day"));
  RETURN_IF_ERROR(CanChangeBoard(caller, "stand the shadow board down"));
  std::vector<Holding> ended;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(ended, StandDownShadowBoard(
                                txn, caller, last_day,
                                absl::StrCat("the shadow board stood down after ", last_day)));
    return absl::OkStatus();
  }));
  return ended;
}

absl::StatusOr<RosterView> Roster::On(const access::Principal& caller, const std::string& on,
                                      std::optional<Body> body) {
  RosterView view;
  view.on = on.empty() ? TodayUtc() : on;
  RETURN_IF_ERROR(CheckDate(view.on, "on"));
  RETURN_IF_ERROR(CanReadBoard(caller));
  std::vector<Seat> seats;
  std::vector<Holding> holdings;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(seats, storage::SeatTable(txn).List(body));
    storage::HoldingQuery query;
    query.body = body;
    query.overlapping_from = view.on;
    query.overlapping_to = view.on;
    ASSIGN_OR_RETURN(holdings, storage::RosterTable(txn).List(query));
    return absl::OkStatus();
  }));
  std::map<std::string, Holding> by_seat;
  for (Holding& h : holdings) by_seat[h.seat_key] = std::move(h);
  for (Seat& s : seats) {
    if (!s.LiveOn(view.on)) continue;
    RosterEntry entry{std::move(s), std::nullopt};
    auto it = by_seat.find(entry.seat.key);
    if (it != by_seat.end()) entry.holding = it->second;
    ++(entry.holding ? view.filled : view.vacant);
    view.entries.push_back(std::move(entry));
  }
  return view;
}

absl::StatusOr<HistoryPage> Roster::History(const access::Principal& caller,
                                            const HistoryFilter& filter) {
  storage::HoldingQuery query;
  if (!filter.person_id.empty()) {
    ASSIGN_OR_RETURN(query.person_id, ParseId(filter.person_id, "person_id", "a person"));
  }
  RETURN_IF_ERROR(CanReadBoard(caller));
  query.seat_key = filter.seat_key;
  HistoryPage page;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    if (!filter.seat_key.empty()) {
      RETURN_IF_ERROR(storage::SeatTable(txn).Get(filter.seat_key).status());
    }
    ASSIGN_OR_RETURN(page.holdings, storage::RosterTable(txn).List(query));
    return absl::OkStatus();
  }));
  page.total_size = static_cast<int>(page.holdings.size());
  RETURN_IF_ERROR(
      TakePage(page.holdings, filter.page_size, filter.page_token, page.next_page_token));
  return page;
}

}  // namespace partnership::board
