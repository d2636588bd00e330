#include "membership/agreement.h"

#include <array>
#include <utility>

#include "membership/academic_year.h"

namespace partnership::membership {
namespace {

constexpr std::array<std::pair<AgreementStatus, absl::string_view>, 5> kStatusNames = {{
    {AgreementStatus::kApplied, "APPLIED"},
    {AgreementStatus::kApproved, "APPROVED"},
    {AgreementStatus::kActive, "ACTIVE"},
    {AgreementStatus::kSuspended, "SUSPENDED"},
    {AgreementStatus::kWithdrawn, "WITHDRAWN"},
}};

constexpr std::array<std::pair<AgreementAction, absl::string_view>, 7> kActionNames = {{
    {AgreementAction::kApply, "APPLY"},
    {AgreementAction::kApprove, "APPROVE"},
    {AgreementAction::kSign, "SIGN"},
    {AgreementAction::kRenew, "RENEW"},
    {AgreementAction::kSuspend, "SUSPEND"},
    {AgreementAction::kReinstate, "REINSTATE"},
    {AgreementAction::kWithdraw, "WITHDRAW"},
}};

}  // namespace

absl::string_view AgreementStatusName(AgreementStatus status) {
  for (const auto& [s, name] : kStatusNames) {
    if (s == status) return name;
  }
  return "UNSPECIFIED";
}

std::optional<AgreementStatus> AgreementStatusFromName(absl::string_view name) {
  for (const auto& [s, n] : kStatusNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

absl::string_view AgreementActionName(AgreementAction action) {
  for (const auto& [a, name] : kActionNames) {
    if (a == action) return name;
  }
  return "UNSPECIFIED";
}

std::optional<AgreementAction> AgreementActionFromName(absl::string_view name) {
  for (const auto& [a, n] : kActionNames) {
    if (n == name) return a;
  }
  return std::nullopt;
}

bool ActiveOn(const Agreement& agreement, absl::string_view date) {
  auto year = ParseAcademicYear(agreement.academic_year, "academic_year");
  if (!year.ok() || !year->Contains(date)) return false;
  bool active = false;
  // History is in the order the steps were taken, and their effective dates never go
  // backwards, so the last step on or before `date` decides.
  for (const AgreementEvent& e : agreement.history) {
    if (e.effective_on > date) break;
    active = e.status_after == AgreementStatus::kActive;
  }
  return active;
}

std::string LastEffectiveDate(const Agreement& agreement) {
  return agreement.history.empty() ? "" : agreement.history.back().effective_on;
}

}  // namespace partnership::membership
