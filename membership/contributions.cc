#include "membership/contributions.h"

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "membership/academic_year.h"
#include "membership/membership_policy.h"
#include "storage/banding_table.h"

namespace partnership::membership {
namespace {

std::string Describe(const Banding& b) {
  std::string out;
  for (const Band& band : b.bands) {
    absl::StrAppend(&out, band.min_pupils, "-",
                    band.max_pupils ? absl::StrCat(*band.max_pupils) : std::string(), " pupils ",
                    FormatPounds(band.annual_pence), "; ");
  }
  absl::StrAppend(&out, "LA contribution ", FormatPounds(b.la_contribution_pence));
  return out;
}

}  // namespace

absl::StatusOr<Banding> Contributions::Get(const access::Principal& caller,
                                           const std::string& academic_year) {
  RETURN_IF_ERROR(CanReadTermsOfMembership(caller));
  ASSIGN_OR_RETURN(AcademicYear year, ParseAcademicYear(academic_year, "academic_year"));
  std::optional<Banding> banding;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(banding, storage::BandingTable(txn).Get(year.Name()));
    return absl::OkStatus();
  }));
  if (!banding) {
    return absl::NotFoundError(absl::StrCat("no contribution banding is set for ", year.Name()));
  }
  return *banding;
}

absl::StatusOr<Banding> Contributions::Set(const access::Principal& caller, Banding banding) {
  RETURN_IF_ERROR(access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                      "set the contribution banding"));
  RETURN_IF_ERROR(CheckBanding(banding));
  banding.update_time = FormatUtc(absl::Now());
  banding.updated_by = caller.Describe();
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(storage::BandingTable(txn).Replace(banding));
    return audit::Record(txn, caller, banding.update_time, "banding.set",
                         absl::StrCat("banding/", banding.academic_year), Describe(banding));
  }));
  return banding;
}

}  // namespace partnership::membership
