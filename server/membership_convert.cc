#include "server/membership_convert.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"

namespace partnership::server {
namespace {

using google::protobuf::Timestamp;

void SetTime(const std::string& rfc3339, Timestamp* out) {
  if (rfc3339.empty()) return;
  google::protobuf::util::TimeUtil::FromString(rfc3339, out);
}

std::string IdText(int64_t id) { return id > 0 ? absl::StrCat(id) : std::string(); }

// The domain enums list the proto's values in the same order, so the numbers match.
template <typename To, typename From>
To Same(From from) {
  return static_cast<To>(static_cast<int>(from));
}

}  // namespace

void ToProto(const membership::AgreementText& in, v1::AgreementText* out) {
  out->set_version(in.version);
  out->set_title(in.title);
  out->set_first_academic_year(in.first_academic_year);
  out->set_last_academic_year(in.last_academic_year);
  for (const membership::Clause& c : in.clauses) {
    v1::Clause* clause = out->add_clauses();
    clause->set_number(c.number);
    clause->set_section(Same<v1::ClauseSection>(c.section));
    clause->set_heading(c.heading);
    clause->set_body(c.body);
  }
  SetTime(in.create_time, out->mutable_create_time());
  out->set_created_by(in.created_by);
}

void ToProto(const membership::Agreement& in, v1::Agreement* out) {
  out->set_id(IdText(in.id));
  out->set_school_urn(in.school_urn);
  out->set_school_name(in.school_name);
  out->set_academic_year(in.academic_year);
  out->set_text_version(in.text_version);
  out->set_status(Same<v1::AgreementStatus>(in.status));
  out->set_applied_on(in.applied_on);
  out->set_approved_on(in.approved_on);
  out->set_approval_minute(in.approval_minute);
  out->set_signed_on(in.signed_on);
  out->set_signed_by_person_id(IdText(in.signed_by_person_id));
  out->set_signed_by_name(in.signed_by_name);
  out->set_suspended_from(in.suspended_from);
  out->set_suspension_reason(in.suspension_reason);
  out->set_withdrawn_from(in.withdrawn_from);
  out->set_withdrawal_reason(in.withdrawal_reason);
  out->set_previous_agreement_id(IdText(in.previous_id));
  out->set_renewed_by_agreement_id(IdText(in.renewed_by_id));
  if (in.pupils) out->set_pupils(*in.pupils);
  if (in.contribution_pence) out->set_contribution_pence(*in.contribution_pence);
  for (const membership::AgreementEvent& e : in.history) {
    v1::AgreementEvent* event = out->add_history();
    event->set_action(Same<v1::AgreementAction>(e.action));
    event->set_effective_on(e.effective_on);
    event->set_status_after(Same<v1::AgreementStatus>(e.status_after));
    event->set_detail(e.detail);
    event->set_actor(e.actor);
    SetTime(e.time, event->mutable_time());
  }
  SetTime(in.update_time, out->mutable_update_time());
}

void ToProto(const membership::Banding& in, v1::Banding* out) {
  out->set_academic_year(in.academic_year);
  for (const membership::Band& b : in.bands) {
    v1::Band* band = out->add_bands();
    band->set_min_pupils(b.min_pupils);
    if (b.max_pupils) band->set_max_pupils(*b.max_pupils);
    band->set_annual_pence(b.annual_pence);
  }
  out->set_la_contribution_pence(in.la_contribution_pence);
  SetTime(in.update_time, out->mutable_update_time());
  out->set_updated_by(in.updated_by);
}

void ToProto(const membership::MembershipEntry& in, v1::MembershipEntry* out) {
  out->set_school_urn(in.school_urn);
  out->set_school_name(in.school_name);
  out->set_phase(Same<v1::Phase>(in.phase));
  if (in.pupils) out->set_pupils(*in.pupils);
  out->set_status(Same<v1::MembershipStatus>(in.status));
  if (!in.agreement) return;
  const membership::Agreement& a = *in.agreement;
  out->set_agreement_id(IdText(a.id));
  out->set_text_version(a.text_version);
  out->set_applied_on(a.applied_on);
  out->set_approved_on(a.approved_on);
  out->set_signed_on(a.signed_on);
  out->set_suspended_from(a.suspended_from);
  out->set_withdrawn_from(a.withdrawn_from);
  if (a.contribution_pence) out->set_contribution_pence(*a.contribution_pence);
}

absl::StatusOr<membership::AgreementText> AgreementTextFromProto(const v1::AgreementText& in) {
  if (in.version() != 0) {
    return absl::InvalidArgumentError("text.version: leave 0; the server numbers versions");
  }
  if (in.has_create_time() || !in.created_by().empty()) {
    return absl::InvalidArgumentError(
        "text.create_time, text.created_by: leave empty; the server sets them");
  }
  membership::AgreementText t;
  t.title = in.title();
  t.first_academic_year = in.first_academic_year();
  t.last_academic_year = in.last_academic_year();
  for (int i = 0; i < in.clauses_size(); ++i) {
    const v1::Clause& c = in.clauses(i);
    if (!v1::ClauseSection_IsValid(c.section())) {
      return absl::InvalidArgumentError(
          absl::StrCat("text.clauses[", i, "].section: unknown value ", c.section()));
    }
    t.clauses.push_back(membership::Clause{c.number(), Same<membership::ClauseSection>(c.section()),
                                           c.heading(), c.body()});
  }
  return t;
}

absl::StatusOr<membership::Banding> BandingFromProto(const v1::Banding& in) {
  if (in.has_update_time() || !in.updated_by().empty()) {
    return absl::InvalidArgumentError(
        "banding.update_time, banding.updated_by: leave empty; the server sets them");
  }
  membership::Banding b;
  b.academic_year = in.academic_year();
  b.la_contribution_pence = in.la_contribution_pence();
  for (const v1::Band& band : in.bands()) {
    membership::Band out;
    out.min_pupils = band.min_pupils();
    if (band.has_max_pupils()) out.max_pupils = band.max_pupils();
    out.annual_pence = band.annual_pence();
    b.bands.push_back(out);
  }
  return b;
}

absl::StatusOr<std::optional<membership::AgreementStatus>> FromProto(v1::AgreementStatus status,
                                                                     const char* field) {
  if (status == v1::AGREEMENT_STATUS_UNSPECIFIED) return std::nullopt;
  if (!v1::AgreementStatus_IsValid(status)) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": unknown value ", status));
  }
  return Same<membership::AgreementStatus>(status);
}

absl::StatusOr<std::optional<membership::MembershipStatus>> FromProto(
    v1::MembershipStatus status, const char* field) {
  if (status == v1::MEMBERSHIP_STATUS_UNSPECIFIED) return std::nullopt;
  if (!v1::MembershipStatus_IsValid(status)) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": unknown value ", status));
  }
  return Same<membership::MembershipStatus>(status);
}

}  // namespace partnership::server
