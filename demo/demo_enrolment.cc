#include "demo/demo_enrolment.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace partnership::demo {

absl::StatusOr<Enrolment> EnrolDemoMembers(const access::Principal& coordinator,
                                           membership::Agreements& agreements,
                                           registry::PeopleRegister& people,
                                           std::vector<std::string> school_urns,
                                           const std::string& academic_year) {
  std::sort(school_urns.begin(), school_urns.end());
  Enrolment result;
  for (size_t i = 0; i < school_urns.size(); ++i) {
    const std::string& urn = school_urns[i];
    if (i % 25 == 13) {
      ++result.not_joined;
      continue;
    }
    membership::Application app;
    app.school_urn = urn;
    app.academic_year = academic_year;
    app.applied_on = "2026-09-07";
    ASSIGN_OR_RETURN(membership::Agreement agreement, agreements.Apply(coordinator, app));
    if (i % 40 == 21) {
      ++result.applied;
      continue;
    }
    const std::string id = absl::StrCat(agreement.id);
    RETURN_IF_ERROR(agreements
                        .RecordGoverningBodyApproval(coordinator, id, "2026-09-21",
                                                     absl::StrCat("FGB 2026-09 item ", 3 + i % 5))
                        .status());
    registry::PeopleFilter heads;
    heads.school_urn = urn;
    heads.role = registry::PersonRole::kHeadteacher;
    ASSIGN_OR_RETURN(registry::PeoplePage page, people.List(coordinator, heads));
    if (page.people.empty()) {
      return absl::FailedPreconditionError(absl::StrCat("school ", urn, " has no headteacher"));
    }
    RETURN_IF_ERROR(agreements
                        .Sign(coordinator, id, absl::StrCat(page.people.front().id), "2026-09-28")
                        .status());
    ++result.members;
  }
  return result;
}

}  // namespace partnership::demo
