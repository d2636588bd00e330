#include "membership/agreement_rules.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "membership/academic_year.h"
#include "registry/school.h"
#include "storage/agreement_table.h"
#include "storage/school_table.h"

namespace partnership::membership {

absl::StatusOr<int64_t> ParseId(const std::string& id, absl::string_view field,
                                absl::string_view what) {
  int64_t value = 0;
  if (!absl::SimpleAtoi(id, &value) || value <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", id, "\" is not ", what, " id (a positive number)"));
  }
  return value;
}

absl::StatusOr<std::string> CheckDate(const std::string& date, absl::string_view field,
                                      bool today_if_empty) {
  if (date.empty() && today_if_empty) return TodayUtc();
  if (!IsIsoDate(date)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", date, "\" is not a date (YYYY-MM-DD)"));
  }
  return date;
}

absl::Status CheckText(const std::string& text, absl::string_view field, size_t max,
                       bool required) {
  if (required && text.empty()) return absl::InvalidArgumentError(absl::StrCat(field, ": empty"));
  if (text.size() > max) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": longer than ", max, " characters"));
  }
  return absl::OkStatus();
}

absl::Status RequireStatus(const Agreement& a, AgreementStatus wanted, absl::string_view step) {
  if (a.status == wanted) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "agreement ", a.id, " is ", AgreementStatusName(a.status), "; ", step, " needs an ",
      AgreementStatusName(wanted), " agreement"));
}

absl::Status NotBeforeLastStep(const Agreement& a, const std::string& date,
                               absl::string_view field) {
  if (a.history.empty() || date >= a.history.back().effective_on) return absl::OkStatus();
  const AgreementEvent& last = a.history.back();
  return absl::FailedPreconditionError(absl::StrCat(
      field, ": ", date, " is before the agreement's last step (",
      AgreementActionName(last.action), " on ", last.effective_on, ")"));
}

absl::Status WithinYear(const Agreement& a, const std::string& date, absl::string_view field) {
  ASSIGN_OR_RETURN(AcademicYear year, ParseAcademicYear(a.academic_year, "academic_year"));
  if (date <= year.LastDay()) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      field, ": ", date, " is after academic year ", year.Name(), " ended on ", year.LastDay()));
}

absl::Status RequireOpenSchool(storage::Transaction& txn, const std::string& urn) {
  auto school = storage::SchoolTable(txn).Get(urn);
  if (absl::IsNotFound(school.status())) {
    return absl::NotFoundError(absl::StrCat("school_urn: school ", urn, " not found"));
  }
  if (!school.ok()) return school.status();
  if (school->status != registry::SchoolStatus::kOpen) {
    return absl::FailedPreconditionError(
        absl::StrCat("school_urn: school ", urn, " (", school->name, ") is closed"));
  }
  return absl::OkStatus();
}

absl::Status RefuseSecondLiveAgreement(storage::Transaction& txn, const std::string& urn,
                                       const std::string& year) {
  ASSIGN_OR_RETURN(auto live, storage::AgreementTable(txn).FindLive(urn, year));
  if (!live) return absl::OkStatus();
  return absl::AlreadyExistsError(absl::StrCat("school ", urn, " already has agreement ",
                                               live->id, " for ", year, " (",
                                               AgreementStatusName(live->status), ")"));
}

}  // namespace partnership::membership
