#include "membership/agreement_view.h"

#include "common/status_macros.h"
#include "membership/banding.h"
#include "storage/banding_table.h"
#include "storage/school_table.h"

namespace partnership::membership {

absl::Status CompleteAgreement(storage::Transaction& txn, Agreement& agreement) {
  auto school = storage::SchoolTable(txn).Get(agreement.school_urn);
  if (school.ok()) {
    agreement.school_name = school->name;
    agreement.pupils = school->pupils;
  } else if (!absl::IsNotFound(school.status())) {
    return school.status();
  }
  ASSIGN_OR_RETURN(auto banding, storage::BandingTable(txn).Get(agreement.academic_year));
  agreement.contribution_pence =
      banding ? ContributionFor(*banding, agreement.pupils) : std::nullopt;
  return absl::OkStatus();
}

}  // namespace partnership::membership
