#include "server/registry_convert.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"

namespace partnership::server {
namespace {

using google::protobuf::Timestamp;

// Registry enums list the proto's values in the same order, so the numbers match.
v1::Phase PhaseToProto(registry::Phase p) { return static_cast<v1::Phase>(static_cast<int>(p)); }

void SetTime(const std::string& rfc3339, Timestamp* out) {
  if (rfc3339.empty()) return;
  google::protobuf::util::TimeUtil::FromString(rfc3339, out);
}

}  // namespace

void ToProto(const registry::School& s, v1::School* out) {
  out->set_urn(s.urn);
  out->set_name(s.name);
  out->set_la_code(s.la_code);
  out->set_la_name(s.la_name);
  out->set_establishment_type(s.establishment_type);
  out->set_establishment_type_group(s.establishment_type_group);
  out->set_phase(PhaseToProto(s.phase));
  out->set_status(s.status == registry::SchoolStatus::kClosed ? v1::SCHOOL_STATUS_CLOSED
                                                               : v1::SCHOOL_STATUS_OPEN);
  out->set_trust(s.trust);
  out->set_diocese(s.diocese);
  out->set_religious_character(s.religious_character);
  if (s.pupils) out->set_pupils(*s.pupils);
  out->set_postcode(s.postcode);
  out->set_town(s.town);
  out->set_district(s.district);
  if (s.easting) out->set_easting(*s.easting);
  if (s.northing) out->set_northing(*s.northing);
  if (s.latitude) out->set_latitude(*s.latitude);
  if (s.longitude) out->set_longitude(*s.longitude);
  out->set_review_group(s.review_group);
  out->set_review_group_set_by_coordinator(s.review_group_set_by_coordinator);
  out->set_head_name(s.head_name);
  SetTime(s.update_time, out->mutable_update_time());
}

void ToProto(const registry::Person& p, v1::Person* out) {
  out->set_id(absl::StrCat(p.id));
  out->set_school_urn(p.school_urn);
  out->set_role(static_cast<v1::PersonRole>(static_cast<int>(p.role)));
  out->set_given_name(p.given_name);
  out->set_family_name(p.family_name);
  out->set_email(p.email);
  out->set_organisation(p.organisation);
  out->set_training_completed_on(p.training_completed_on);
  for (const std::string& d : p.unavailable_dates) out->add_unavailable_dates(d);
  SetTime(p.update_time, out->mutable_update_time());
}

absl::StatusOr<std::optional<registry::Phase>> FromProto(v1::Phase phase, const char* field) {
  if (phase == v1::PHASE_UNSPECIFIED) return std::nullopt;
  if (!v1::Phase_IsValid(phase)) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": unknown phase ", phase));
  }
  return static_cast<registry::Phase>(static_cast<int>(phase));
}

absl::StatusOr<std::optional<registry::PersonRole>> FromProto(v1::PersonRole role,
                                                              const char* field) {
  if (role == v1::PERSON_ROLE_UNSPECIFIED) return std::nullopt;
  if (!v1::PersonRole_IsValid(role)) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": unknown role ", role));
  }
  return static_cast<registry::PersonRole>(static_cast<int>(role));
}

absl::StatusOr<registry::Person> PersonFromProto(const v1::Person& in) {
  if (!in.id().empty()) {
    return absl::InvalidArgumentError("person.id: leave empty; the server assigns ids");
  }
  auto role = FromProto(in.role(), "person.role");
  if (!role.ok()) return role.status();
  registry::Person p;
  p.role = role->value_or(registry::PersonRole::kUnspecified);
  p.school_urn = in.school_urn();
  p.given_name = in.given_name();
  p.family_name = in.family_name();
  p.email = in.email();
  p.organisation = in.organisation();
  p.training_completed_on = in.training_completed_on();
  p.unavailable_dates.assign(in.unavailable_dates().begin(), in.unavailable_dates().end());
  return p;
}

absl::StatusOr<registry::SchoolChanges> SchoolChangesFromProto(
    const v1::UpdateSchoolRequest& r) {
  if (r.update_mask().paths_size() == 0) {
    return absl::InvalidArgumentError(
        "update_mask: name the fields to change (review_group, phase, trust, diocese)");
  }
  registry::SchoolChanges c;
  for (const std::string& path : r.update_mask().paths()) {
    if (path == "review_group") {
      c.review_group = r.school().review_group();
    } else if (path == "phase") {
      auto phase = FromProto(r.school().phase(), "school.phase");
      if (!phase.ok()) return phase.status();
      c.phase = phase->value_or(registry::Phase::kUnspecified);
    } else if (path == "trust") {
      c.trust = r.school().trust();
    } else if (path == "diocese") {
      c.diocese = r.school().diocese();
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "update_mask: \"", path,
          "\" cannot be changed here (review_group, phase, trust, diocese; the rest comes "
          "from GIAS)"));
    }
  }
  return c;
}

absl::StatusOr<registry::PersonChanges> PersonChangesFromProto(
    const v1::UpdatePersonRequest& r) {
  if (r.update_mask().paths_size() == 0) {
    return absl::InvalidArgumentError("update_mask: name the fields to change");
  }
  registry::PersonChanges c;
  const v1::Person& p = r.person();
  for (const std::string& path : r.update_mask().paths()) {
    if (path == "given_name") {
      c.given_name = p.given_name();
    } else if (path == "family_name") {
      c.family_name = p.family_name();
    } else if (path == "email") {
      c.email = p.email();
    } else if (path == "organisation") {
      c.organisation = p.organisation();
    } else if (path == "training_completed_on") {
      c.training_completed_on = p.training_completed_on();
    } else if (path == "unavailable_dates") {
      c.unavailable_dates =
          std::vector<std::string>(p.unavailable_dates().begin(), p.unavailable_dates().end());
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "update_mask: \"", path,
          "\" cannot be changed (a person's school and role are fixed: remove and add)"));
    }
  }
  return c;
}

}  // namespace partnership::server
