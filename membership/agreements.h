// Each school's membership agreement through its lifecycle:
//
//   Apply -> APPLIED -> RecordGoverningBodyApproval -> APPROVED -> Sign -> ACTIVE
//   ACTIVE -> Suspend -> SUSPENDED -> Reinstate -> ACTIVE
//   any but WITHDRAWN -> Withdraw -> WITHDRAWN
//   ACTIVE -> Renew -> the next academic year's agreement (ACTIVE, or APPLIED if the text
//                      changed)
//
// Every step is stored in the agreement's history with its effective date, who made it and
// when, and audited in the same transaction. A step may not take effect before the step
// before it. On any error nothing is stored.
#ifndef PARTNERSHIP_MEMBERSHIP_AGREEMENTS_H_
#define PARTNERSHIP_MEMBERSHIP_AGREEMENTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "access/principal.h"
#include "membership/agreement.h"
#include "storage/database.h"

namespace partnership::membership {

struct Application {
  std::string school_urn;
  std::string academic_year;  // "2026-27"
  int text_version = 0;       // 0: the latest that applies to the year
  std::string applied_on;     // empty: today (UTC)
};

struct AgreementFilter {
  std::string school_urn;  // a SCHOOL token must give its own
  std::string academic_year;
  std::optional<AgreementStatus> status;
  int page_size = 0;       // 0: 100; more than 1000: 1000
  std::string page_token;
};

struct AgreementPage {
  std::vector<Agreement> agreements;
  std::string next_page_token;
  int total_size = 0;
};

// Thread-safe; does not own `db`. Agreements come back with their history, the school's name
// and pupils, and the contribution for their year under that year's banding (when both are
// known). Ids are given as text, as on the wire: INVALID_ARGUMENT ("id: ...") for one that is
// not a positive number; NOT_FOUND if there is no such agreement. PERMISSION_DENIED as
// membership_policy.h says; the coordinator-only steps say so below.
class Agreements {
 public:
  explicit Agreements(storage::Database& db) : db_(db) {}

  // A new APPLIED agreement. INVALID_ARGUMENT for a malformed URN, academic year, date or
  // negative text version; NOT_FOUND for an unknown school or text version;
  // FAILED_PRECONDITION if the school is closed, the academic year ended before applied_on,
  // or the text does not apply to the year; ALREADY_EXISTS if the school already has a live
  // agreement for the year (the message gives its id and status).
  absl::StatusOr<Agreement> Apply(const access::Principal& caller, const Application& app);

  // APPLIED -> APPROVED. INVALID_ARGUMENT for a malformed date or an empty minute reference
  // (or one over 200 characters); FAILED_PRECONDITION if the agreement is not APPLIED or the
  // date is before the application.
  absl::StatusOr<Agreement> RecordGoverningBodyApproval(const access::Principal& caller,
                                                        const std::string& id,
                                                        const std::string& approved_on,
                                                        const std::string& minute_reference);

  // APPROVED -> ACTIVE. `headteacher_id` must be a HEADTEACHER of the agreement's school.
  // INVALID_ARGUMENT for a malformed id or date; NOT_FOUND for an unknown person;
  // FAILED_PRECONDITION if the agreement has no governing-body approval yet (or is past it),
  // the person is not that school's headteacher, or the date is before the approval or after
  // the academic year.
  absl::StatusOr<Agreement> Sign(const access::Principal& caller, const std::string& id,
                                 const std::string& headteacher_id, const std::string& signed_on);

  // From an ACTIVE agreement, creates and returns the next academic year's, linked to it. When
  // the same text still applies the new agreement is ACTIVE at once, carrying the approval and
  // signature forward; when a newer text applies it is APPLIED and goes through approval and
  // signature again. `renewed_on` empty: today. FAILED_PRECONDITION if the agreement is not
  // ACTIVE, the date is before its last step or after the next year, the school has closed or
  // no text applies to the next year; ALREADY_EXISTS if the school already has a live
  // agreement for the next year.
  absl::StatusOr<Agreement> Renew(const access::Principal& caller, const std::string& id,
                                  const std::string& renewed_on);

  // Coordinator only. ACTIVE -> SUSPENDED from `suspended_from`. INVALID_ARGUMENT for a
  // malformed date or an empty reason (or one over 500 characters); FAILED_PRECONDITION if
  // the agreement is not ACTIVE or the date is before its last step or after its year.
  absl::StatusOr<Agreement> Suspend(const access::Principal& caller, const std::string& id,
                                    const std::string& suspended_from, const std::string& reason);

  // Coordinator only. SUSPENDED -> ACTIVE from `reinstated_on` (empty: today).
  // FAILED_PRECONDITION if the agreement is not SUSPENDED or the date is before the
  // suspension.
  absl::StatusOr<Agreement> Reinstate(const access::Principal& caller, const std::string& id,
                                      const std::string& reinstated_on);

  // Coordinator only. Any live status -> WITHDRAWN from `withdrawn_from`; `reason` optional
  // (at most 500 characters). FAILED_PRECONDITION if already withdrawn or the date is before
  // the last step. The school may then apply again for the year.
  absl::StatusOr<Agreement> Withdraw(const access::Principal& caller, const std::string& id,
                                     const std::string& withdrawn_from, const std::string& reason);

  absl::StatusOr<Agreement> Get(const access::Principal& caller, const std::string& id);

  // Agreements in id order. INVALID_ARGUMENT for a malformed URN, academic year, page size or
  // page token.
  absl::StatusOr<AgreementPage> List(const access::Principal& caller,
                                     const AgreementFilter& filter);

 private:
  // What a step did, for the history and the audit trail.
  struct Step {
    AgreementAction action = AgreementAction::kUnspecified;
    std::string effective_on;
    std::string detail;
  };
  // Loads agreement `id` in a write transaction, checks the caller (coordinator only, or
  // CanActForSchool), lets `change` check its preconditions and change the agreement, then
  // stores it, its history step and the audit entry together.
  absl::StatusOr<Agreement> Change(
      const access::Principal& caller, const std::string& id, bool coordinator_only,
      absl::string_view action,
      absl::FunctionRef<absl::StatusOr<Step>(storage::Transaction&, Agreement&)> change);

  storage::Database& db_;
};

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_AGREEMENTS_H_
