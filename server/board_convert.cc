#include "server/board_convert.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace partnership::server {
namespace {

void SetTime(const std::string& rfc3339, google::protobuf::Timestamp* out) {
  if (rfc3339.empty()) return;
  google::protobuf::util::TimeUtil::FromString(rfc3339, out);
}

std::string IdText(int64_t id) { return id > 0 ? absl::StrCat(id) : std::string(); }

// The domain enums list the proto's values in the same order, so the numbers match.
template <typename To, typename From>
To Same(From from) {
  return static_cast<To>(static_cast<int>(from));
}

// UNSPECIFIED (0) -> nullopt; a number the proto enum does not know -> INVALID_ARGUMENT.
template <typename To, typename From>
absl::StatusOr<std::optional<To>> Checked(From value, bool (*valid)(int), const char* field) {
  if (!valid(static_cast<int>(value))) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": ", static_cast<int>(value), " is not a known value"));
  }
  if (static_cast<int>(value) == 0) return std::optional<To>();
  return std::optional<To>(Same<To>(value));
}

absl::StatusOr<board::Eligibility> EligibilityFromProto(const v1::SeatEligibility& in,
                                                        const char* role_field,
                                                        const char* phase_field) {
  board::Eligibility e;
  ASSIGN_OR_RETURN(e.role, (Checked<registry::PersonRole>(in.person_role(),
                                                          v1::PersonRole_IsValid, role_field)));
  ASSIGN_OR_RETURN(e.phase, (Checked<registry::Phase>(in.phase(), v1::Phase_IsValid,
                                                      phase_field)));
  e.member_school = in.member_school();
  return e;
}

}  // namespace

void ToProto(const board::Seat& in, v1::Seat* out) {
  out->set_key(in.key);
  out->set_body(Same<v1::BoardBody>(in.body));
  out->set_title(in.title);
  v1::SeatEligibility* e = out->mutable_eligibility();
  if (in.eligibility.role) e->set_person_role(Same<v1::PersonRole>(*in.eligibility.role));
  if (in.eligibility.phase) e->set_phase(Same<v1::Phase>(*in.eligibility.phase));
  e->set_member_school(in.eligibility.member_school);
  e->set_summary(board::DescribeEligibility(in.eligibility));
  out->set_term_years(in.term_years);
  out->set_fill_method(Same<v1::SeatFillMethod>(in.method));
  out->set_selector(Same<v1::SeatSelector>(in.selector));
  out->set_position(in.position);
  out->set_retired_on(in.retired_on);
  SetTime(in.update_time, out->mutable_update_time());
}

void ToProto(const board::Holding& in, v1::Holding* out) {
  out->set_id(IdText(in.id));
  out->set_seat_key(in.seat_key);
  out->set_person_id(IdText(in.person_id));
  out->set_person_name(in.person_name);
  out->set_school_urn(in.school_urn);
  out->set_from_date(in.from_date);
  out->set_to_date(in.to_date);
  out->set_term_end(in.term_end);
  out->set_basis(Same<v1::HoldingBasis>(in.basis));
  out->set_appointed_by(Same<v1::SeatSelector>(in.appointed_by));
  out->set_election_reference(in.election_reference);
  out->set_note(in.note);
  out->set_end_reason(in.end_reason);
  out->set_recorded_by(in.recorded_by);
  SetTime(in.update_time, out->mutable_update_time());
}

void ToProto(const board::RosterView& in, v1::Roster* out) {
  out->set_on(in.on);
  for (const board::RosterEntry& e : in.entries) {
    v1::RosterEntry* entry = out->add_entries();
    ToProto(e.seat, entry->mutable_seat());
    if (e.holding) ToProto(*e.holding, entry->mutable_holding());
  }
  out->set_filled(in.filled);
  out->set_vacant(in.vacant);
}

absl::StatusOr<board::Seat> SeatFromProto(const v1::Seat& in) {
  if (in.position() != 0 || !in.retired_on().empty() || in.has_update_time()) {
    return absl::InvalidArgumentError(
        "seat: position, retired_on and update_time are set by the server; leave them empty");
  }
  board::Seat s;
  s.key = in.key();
  ASSIGN_OR_RETURN(auto body, (Checked<board::Body>(in.body(), v1::BoardBody_IsValid,
                                                    "seat.body")));
  s.body = body.value_or(board::Body::kUnspecified);
  s.title = in.title();
  ASSIGN_OR_RETURN(s.eligibility, EligibilityFromProto(in.eligibility(),
                                                       "seat.eligibility.person_role",
                                                       "seat.eligibility.phase"));
  s.term_years = in.term_years();
  ASSIGN_OR_RETURN(auto method, (Checked<board::FillMethod>(
                                    in.fill_method(), v1::SeatFillMethod_IsValid,
                                    "seat.fill_method")));
  s.method = method.value_or(board::FillMethod::kUnspecified);
  ASSIGN_OR_RETURN(auto selector, (Checked<board::Selector>(in.selector(),
                                                            v1::SeatSelector_IsValid,
                                                            "seat.selector")));
  s.selector = selector.value_or(board::Selector::kUnspecified);
  return s;
}

absl::StatusOr<board::SeatChanges> SeatChangesFromProto(const v1::UpdateSeatRequest& in) {
  board::SeatChanges c;
  if (in.has_title()) c.title = in.title();
  if (in.has_eligibility()) {
    ASSIGN_OR_RETURN(c.eligibility, EligibilityFromProto(in.eligibility(),
                                                         "eligibility.person_role",
                                                         "eligibility.phase"));
  }
  if (in.has_term_years()) c.term_years = in.term_years();
  ASSIGN_OR_RETURN(c.method, (Checked<board::FillMethod>(
                                 in.fill_method(), v1::SeatFillMethod_IsValid, "fill_method")));
  ASSIGN_OR_RETURN(c.selector, (Checked<board::Selector>(in.selector(), v1::SeatSelector_IsValid,
                                                         "selector")));
  return c;
}

absl::StatusOr<std::optional<board::Body>> FromProto(v1::BoardBody body, const char* field) {
  return Checked<board::Body>(body, v1::BoardBody_IsValid, field);
}

}  // namespace partnership::server
