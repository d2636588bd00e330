#include "board/eligibility.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace partnership::board {
namespace {

std::string Who(const registry::Person& p) {
  return absl::StrCat("person ", p.id, " (", p.given_name, " ", p.family_name, ")");
}

absl::Status Refuse(const Seat& seat, const std::string& why) {
  return absl::FailedPreconditionError(absl::StrCat(
      why, ", but seat ", seat.key, " is for ", DescribeEligibility(seat.eligibility)));
}

}  // namespace

absl::Status CheckEligible(const Seat& seat, const Candidate& c, const std::string& from) {
  const Eligibility& rule = seat.eligibility;
  const registry::Person& p = c.person;
  if (rule.role && p.role != *rule.role) {
    return Refuse(seat, absl::StrCat(Who(p), " is ", RoleWithArticle(p.role)));
  }
  if ((rule.phase || rule.member_school) && (p.school_urn.empty() || !c.school_phase)) {
    return Refuse(seat, absl::StrCat(Who(p), " belongs to no school"));
  }
  if (rule.phase && *c.school_phase != *rule.phase) {
    return Refuse(seat, absl::StrCat(Who(p), "'s school ", p.school_urn, " is ",
                                     registry::PhaseName(*c.school_phase)));
  }
  if (rule.member_school && !c.active_member) {
    return Refuse(seat, absl::StrCat(Who(p), "'s school ", p.school_urn,
                                     " is not an active member on ", from));
  }
  return absl::OkStatus();
}

}  // namespace partnership::board
