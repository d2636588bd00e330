// A school's membership agreement for one academic year and the steps of its history.
#ifndef PARTNERSHIP_MEMBERSHIP_AGREEMENT_H_
#define PARTNERSHIP_MEMBERSHIP_AGREEMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace partnership::membership {

// Numbered as partnership.v1.AgreementStatus.
enum class AgreementStatus {
  kUnspecified = 0,
  kApplied,    // waiting for the governing body's approval
  kApproved,   // waiting for the headteacher's signature
  kActive,     // a member for the academic year
  kSuspended,
  kWithdrawn,
};

// Numbered as partnership.v1.AgreementAction.
enum class AgreementAction {
  kUnspecified = 0,
  kApply,
  kApprove,
  kSign,
  kRenew,
  kSuspend,
  kReinstate,
  kWithdraw,
};

// "APPLIED", "APPROVED", "ACTIVE", "SUSPENDED", "WITHDRAWN"; used in storage and messages.
absl::string_view AgreementStatusName(AgreementStatus status);
std::optional<AgreementStatus> AgreementStatusFromName(absl::string_view name);
// "APPLY", "APPROVE", "SIGN", "RENEW", "SUSPEND", "REINSTATE", "WITHDRAW".
absl::string_view AgreementActionName(AgreementAction action);
std::optional<AgreementAction> AgreementActionFromName(absl::string_view name);

// Every status but WITHDRAWN: a school has at most one live agreement per academic year.
inline bool IsLive(AgreementStatus s) { return s != AgreementStatus::kWithdrawn; }

struct AgreementEvent {
  AgreementAction action = AgreementAction::kUnspecified;
  std::string effective_on;  // ISO date the step takes effect
  AgreementStatus status_after = AgreementStatus::kUnspecified;
  std::string detail;
  std::string actor;  // Principal::Describe() of whoever made the change
  std::string time;   // RFC 3339 UTC, when it was recorded
};

struct Agreement {
  int64_t id = 0;  // assigned by storage
  std::string school_urn;
  std::string academic_year;  // "2026-27"
  int text_version = 0;
  AgreementStatus status = AgreementStatus::kUnspecified;
  std::string applied_on;
  std::string approved_on;
  std::string approval_minute;
  std::string signed_on;
  int64_t signed_by_person_id = 0;
  std::string signed_by_name;
  std::string suspended_from;
  std::string suspension_reason;
  std::string withdrawn_from;
  std::string withdrawal_reason;
  int64_t previous_id = 0;  // the agreement this one renews; 0 for a first application
  std::string update_time;
  std::vector<AgreementEvent> history;  // oldest first

  // Filled in when read, not stored with the agreement.
  int64_t renewed_by_id = 0;
  std::string school_name;
  std::optional<int> pupils;
  std::optional<int64_t> contribution_pence;
};

// True if `agreement` made its school an active member on the ISO date `date`: the date is in
// the agreement's academic year and the last step of its history that took effect on or
// before the date left it ACTIVE (signing, a renewal carried straight to ACTIVE, a
// reinstatement) rather than SUSPENDED or WITHDRAWN.
bool ActiveOn(const Agreement& agreement, absl::string_view date);

// The effective date of the last step in the history ("" if none). A new step may not take
// effect before it.
std::string LastEffectiveDate(const Agreement& agreement);

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_AGREEMENT_H_
