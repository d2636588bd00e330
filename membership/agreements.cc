#include "membership/agreements.h"

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "membership/academic_year.h"
#include "membership/agreement_texts.h"
#include "membership/agreement_rules.h"
#include "membership/agreement_view.h"
#include "membership/membership_policy.h"
#include "registry/person.h"
#include "registry/school.h"
#include "storage/agreement_table.h"
#include "storage/person_table.h"
#include "storage/school_table.h"

namespace partnership::membership {
namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;
constexpr size_t kMaxMinute = 200;
constexpr size_t kMaxReason = 500;

// Stores a new agreement with its first step and audit entry; returns its id.
absl::StatusOr<int64_t> InsertWithFirstStep(storage::Transaction& txn,
                                            const access::Principal& caller, Agreement& a,
                                            AgreementAction action, const std::string& detail) {
  storage::AgreementTable table(txn);
  ASSIGN_OR_RETURN(a.id, table.Insert(a));
  AgreementEvent e{action, a.applied_on, a.status, detail, caller.Describe(), a.update_time};
  RETURN_IF_ERROR(table.AppendEvent(a.id, e));
  RETURN_IF_ERROR(audit::Record(
      txn, caller, a.update_time, absl::StrCat("agreement.", absl::AsciiStrToLower(AgreementActionName(action))),
      absl::StrCat("agreement/", a.id),
      absl::StrCat("school ", a.school_urn, " ", a.academic_year, ": ", detail)));
  return a.id;
}

}  // namespace

absl::StatusOr<Agreement> Agreements::Apply(const access::Principal& caller,
                                            const Application& app) {
  if (!registry::IsValidUrn(app.school_urn)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "school_urn: \"", app.school_urn, "\" is not a URN (1 to 8 digits)"));
  }
  ASSIGN_OR_RETURN(AcademicYear year, ParseAcademicYear(app.academic_year, "academic_year"));
  if (app.text_version < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "text_version: ", app.text_version, " is not a version (0 for the latest, or 1, 2, ...)"));
  }
  ASSIGN_OR_RETURN(std::string applied_on, CheckDate(app.applied_on, "applied_on", true));
  RETURN_IF_ERROR(CanActForSchool(caller, app.school_urn, "apply for membership"));
  Agreement a;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(RequireOpenSchool(txn, app.school_urn));
    if (applied_on > year.LastDay()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "academic_year: ", year.Name(), " ended on ", year.LastDay(), ", before applied_on ",
          applied_on));
    }
    ASSIGN_OR_RETURN(AgreementText text, TextToSign(txn, year, app.text_version));
    RETURN_IF_ERROR(RefuseSecondLiveAgreement(txn, app.school_urn, year.Name()));
    a.school_urn = app.school_urn;
    a.academic_year = year.Name();
    a.text_version = text.version;
    a.status = AgreementStatus::kApplied;
    a.applied_on = applied_on;
    a.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(InsertWithFirstStep(
                        txn, caller, a, AgreementAction::kApply,
                        absl::StrCat("applied for ", year.Name(), " under text version ",
                                     text.version, " on ", applied_on))
                        .status());
    ASSIGN_OR_RETURN(a, storage::AgreementTable(txn).Get(a.id));
    return CompleteAgreement(txn, a);
  }));
  return a;
}

absl::StatusOr<Agreement> Agreements::Change(
    const access::Principal& caller, const std::string& id, bool coordinator_only,
    absl::string_view action,
    absl::FunctionRef<absl::StatusOr<Step>(storage::Transaction&, Agreement&)> change) {
  ASSIGN_OR_RETURN(int64_t aid, ParseId(id, "id", "an agreement"));
  Agreement a;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::AgreementTable table(txn);
    ASSIGN_OR_RETURN(a, table.Get(aid));
    if (coordinator_only) {
      RETURN_IF_ERROR(access::RequireRole(caller, {access::AccessRole::kCoordinator}, action));
    } else {
      RETURN_IF_ERROR(CanActForSchool(caller, a.school_urn, action));
    }
    ASSIGN_OR_RETURN(Step step, change(txn, a));
    a.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.Update(a));
    RETURN_IF_ERROR(table.AppendEvent(
        aid, AgreementEvent{step.action, step.effective_on, a.status, step.detail,
                            caller.Describe(), a.update_time}));
    RETURN_IF_ERROR(audit::Record(
        txn, caller, a.update_time,
        absl::StrCat("agreement.", absl::AsciiStrToLower(AgreementActionName(step.action))),
        absl::StrCat("agreement/", aid),
        absl::StrCat("school ", a.school_urn, " ", a.academic_year, ": ", step.detail)));
    ASSIGN_OR_RETURN(a, table.Get(aid));
    return CompleteAgreement(txn, a);
  }));
  return a;
}

absl::StatusOr<Agreement> Agreements::RecordGoverningBodyApproval(
    const access::Principal& caller, const std::string& id, const std::string& approved_on,
    const std::string& minute_reference) {
  ASSIGN_OR_RETURN(std::string date, CheckDate(approved_on, "approved_on", false));
  RETURN_IF_ERROR(CheckText(minute_reference, "minute_reference", kMaxMinute, true));
  return Change(caller, id, false, "record a governing body's approval",
                [&](storage::Transaction&, Agreement& a) -> absl::StatusOr<Step> {
                  RETURN_IF_ERROR(RequireStatus(a, AgreementStatus::kApplied,
                                                "recording the governing body's approval"));
                  RETURN_IF_ERROR(NotBeforeLastStep(a, date, "approved_on"));
                  a.status = AgreementStatus::kApproved;
                  a.approved_on = date;
                  a.approval_minute = minute_reference;
                  return Step{AgreementAction::kApprove, date,
                              absl::StrCat("governing body approved on ", date, " (minute \"",
                                           minute_reference, "\")")};
                });
}

absl::StatusOr<Agreement> Agreements::Sign(const access::Principal& caller,
                                           const std::string& id,
                                           const std::string& headteacher_id,
                                           const std::string& signed_on) {
  ASSIGN_OR_RETURN(int64_t head, ParseId(headteacher_id, "headteacher_id", "a person"));
  ASSIGN_OR_RETURN(std::string date, CheckDate(signed_on, "signed_on", false));
  return Change(
      caller, id, false, "sign a membership agreement",
      [&](storage::Transaction& txn, Agreement& a) -> absl::StatusOr<Step> {
        if (a.status == AgreementStatus::kApplied) {
          return absl::FailedPreconditionError(absl::StrCat(
              "agreement ", a.id, " has no governing body approval yet; record it before the "
              "headteacher signs"));
        }
        RETURN_IF_ERROR(RequireStatus(a, AgreementStatus::kApproved, "signing"));
        auto person = storage::PersonTable(txn).Get(head);
        if (absl::IsNotFound(person.status())) {
          return absl::NotFoundError(absl::StrCat("headteacher_id: person ", head, " not found"));
        }
        if (!person.ok()) return person.status();
        if (person->role != registry::PersonRole::kHeadteacher ||
            person->school_urn != a.school_urn) {
          return absl::FailedPreconditionError(absl::StrCat(
              "headteacher_id: person ", head, " is ", registry::PersonRoleName(person->role),
              person->school_urn.empty() ? "" : absl::StrCat(" of school ", person->school_urn),
              ", not the headteacher of school ", a.school_urn));
        }
        RETURN_IF_ERROR(NotBeforeLastStep(a, date, "signed_on"));
        RETURN_IF_ERROR(WithinYear(a, date, "signed_on"));
        a.status = AgreementStatus::kActive;
        a.signed_on = date;
        a.signed_by_person_id = head;
        a.signed_by_name = absl::StrCat(person->given_name, " ", person->family_name);
        return Step{AgreementAction::kSign, date,
                    absl::StrCat("signed on ", date, " by headteacher ", a.signed_by_name,
                                 " (person ", head, ")")};
      });
}

absl::StatusOr<Agreement> Agreements::Renew(const access::Principal& caller,
                                            const std::string& id,
                                            const std::string& renewed_on) {
  ASSIGN_OR_RETURN(int64_t aid, ParseId(id, "id", "an agreement"));
  ASSIGN_OR_RETURN(std::string date, CheckDate(renewed_on, "renewed_on", true));
  Agreement next;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::AgreementTable table(txn);
    ASSIGN_OR_RETURN(Agreement a, table.Get(aid));
    RETURN_IF_ERROR(CanActForSchool(caller, a.school_urn, "renew a membership agreement"));
    RETURN_IF_ERROR(RequireStatus(a, AgreementStatus::kActive, "renewal"));
    RETURN_IF_ERROR(NotBeforeLastStep(a, date, "renewed_on"));
    ASSIGN_OR_RETURN(AcademicYear year, ParseAcademicYear(a.academic_year, "academic_year"));
    const AcademicYear next_year = year.Next();
    if (date > next_year.LastDay()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "renewed_on: ", date, " is after academic year ", next_year.Name(), " ended"));
    }
    RETURN_IF_ERROR(RequireOpenSchool(txn, a.school_urn));
    RETURN_IF_ERROR(RefuseSecondLiveAgreement(txn, a.school_urn, next_year.Name()));
    ASSIGN_OR_RETURN(AgreementText text, TextToSign(txn, next_year, 0));
    next.school_urn = a.school_urn;
    next.academic_year = next_year.Name();
    next.text_version = text.version;
    next.applied_on = date;
    next.previous_id = a.id;
    next.update_time = FormatUtc(absl::Now());
    std::string detail = absl::StrCat("renewed agreement ", a.id, " (", a.academic_year,
                                      ") for ", next_year.Name(), " on ", date);
    if (text.version == a.text_version) {
      // Same words: the governing body's approval and the head's signature still stand.
      next.status = AgreementStatus::kActive;
      next.approved_on = a.approved_on;
      next.approval_minute = a.approval_minute;
      next.signed_on = a.signed_on;
      next.signed_by_person_id = a.signed_by_person_id;
      next.signed_by_name = a.signed_by_name;
      absl::StrAppend(&detail, "; text version ", text.version,
                      " unchanged, so the approval and signature carry forward");
    } else {
      next.status = AgreementStatus::kApplied;
      absl::StrAppend(&detail, "; text version ", text.version, " replaces version ",
                      a.text_version, ", so the governing body approves and the head signs again");
    }
    ASSIGN_OR_RETURN(int64_t new_id,
                     InsertWithFirstStep(txn, caller, next, AgreementAction::kRenew, detail));
    RETURN_IF_ERROR(audit::Record(txn, caller, next.update_time, "agreement.renewed",
                                  absl::StrCat("agreement/", a.id),
                                  absl::StrCat("renewed by agreement ", new_id, " for ",
                                               next_year.Name())));
    ASSIGN_OR_RETURN(next, table.Get(new_id));
    return CompleteAgreement(txn, next);
  }));
  return next;
}

absl::StatusOr<Agreement> Agreements::Suspend(const access::Principal& caller,
                                              const std::string& id,
                                              const std::string& suspended_from,
                                              const std::string& reason) {
  ASSIGN_OR_RETURN(std::string date, CheckDate(suspended_from, "suspended_from", false));
  RETURN_IF_ERROR(CheckText(reason, "reason", kMaxReason, true));
  return Change(caller, id, true, "suspend a membership agreement",
                [&](storage::Transaction&, Agreement& a) -> absl::StatusOr<Step> {
                  RETURN_IF_ERROR(RequireStatus(a, AgreementStatus::kActive, "suspension"));
                  RETURN_IF_ERROR(NotBeforeLastStep(a, date, "suspended_from"));
                  RETURN_IF_ERROR(WithinYear(a, date, "suspended_from"));
                  a.status = AgreementStatus::kSuspended;
                  a.suspended_from = date;
                  a.suspension_reason = reason;
                  return Step{AgreementAction::kSuspend, date,
                              absl::StrCat("suspended from ", date, ": ", reason)};
                });
}

absl::StatusOr<Agreement> Agreements::Reinstate(const access::Principal& caller,
                                                const std::string& id,
                                                const std::string& reinstated_on) {
  ASSIGN_OR_RETURN(std::string date, CheckDate(reinstated_on, "reinstated_on", true));
  return Change(caller, id, true, "reinstate a membership agreement",
                [&](storage::Transaction&, Agreement& a) -> absl::StatusOr<Step> {
                  RETURN_IF_ERROR(RequireStatus(a, AgreementStatus::kSuspended,
                                                "reinstatement"));
                  RETURN_IF_ERROR(NotBeforeLastStep(a, date, "reinstated_on"));
                  const std::string was = a.suspended_from;
                  a.status = AgreementStatus::kActive;
                  a.suspended_from.clear();
                  a.suspension_reason.clear();
                  return Step{AgreementAction::kReinstate, date,
                              absl::StrCat("reinstated on ", date, " (suspended from ", was, ")")};
                });
}

absl::StatusOr<Agreement> Agreements::Withdraw(const access::Principal& caller,
                                               const std::string& id,
                                               const std::string& withdrawn_from,
                                               const std::string& reason) {
  ASSIGN_OR_RETURN(std::string date, CheckDate(withdrawn_from, "withdrawn_from", false));
  RETURN_IF_ERROR(CheckText(reason, "reason", kMaxReason, false));
  return Change(caller, id, true, "withdraw a membership agreement",
                [&](storage::Transaction&, Agreement& a) -> absl::StatusOr<Step> {
                  if (a.status == AgreementStatus::kWithdrawn) {
                    return absl::FailedPreconditionError(absl::StrCat(
                        "agreement ", a.id, " was already withdrawn from ", a.withdrawn_from));
                  }
                  RETURN_IF_ERROR(NotBeforeLastStep(a, date, "withdrawn_from"));
                  a.status = AgreementStatus::kWithdrawn;
                  a.withdrawn_from = date;
                  a.withdrawal_reason = reason;
                  return Step{AgreementAction::kWithdraw, date,
                              absl::StrCat("withdrawn from ", date,
                                           reason.empty() ? "" : absl::StrCat(": ", reason))};
                });
}

absl::StatusOr<Agreement> Agreements::Get(const access::Principal& caller,
                                          const std::string& id) {
  ASSIGN_OR_RETURN(int64_t aid, ParseId(id, "id", "an agreement"));
  Agreement a;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(a, storage::AgreementTable(txn).Get(aid));
    RETURN_IF_ERROR(CanReadAgreementsOf(caller, a.school_urn));
    return CompleteAgreement(txn, a);
  }));
  return a;
}

absl::StatusOr<AgreementPage> Agreements::List(const access::Principal& caller,
                                               const AgreementFilter& filter) {
  if (!filter.school_urn.empty() && !registry::IsValidUrn(filter.school_urn)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "school_urn: \"", filter.school_urn, "\" is not a URN (1 to 8 digits)"));
  }
  if (!filter.academic_year.empty()) {
    RETURN_IF_ERROR(ParseAcademicYear(filter.academic_year, "academic_year").status());
  }
  if (filter.page_size < 0) return absl::InvalidArgumentError("page_size: must not be negative");
  RETURN_IF_ERROR(CanReadAgreementsOf(caller, filter.school_urn));
  storage::AgreementQuery query;
  query.school_urn = filter.school_urn;
  query.academic_year = filter.academic_year;
  query.status = filter.status;
  if (!filter.page_token.empty()) {
    if (!absl::SimpleAtoi(filter.page_token, &query.after_id) || query.after_id <= 0) {
      return absl::InvalidArgumentError(
          "page_token: not a token from an earlier ListAgreements response");
    }
  }
  const int size =
      filter.page_size == 0 ? kDefaultPageSize : std::min(filter.page_size, kMaxPageSize);
  query.limit = size + 1;
  AgreementPage page;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::AgreementTable table(txn);
    ASSIGN_OR_RETURN(page.agreements, table.List(query));
    ASSIGN_OR_RETURN(page.total_size, table.Count(query));
    if (static_cast<int>(page.agreements.size()) > size) {
      page.agreements.resize(size);
      page.next_page_token = absl::StrCat(page.agreements.back().id);
    }
    for (Agreement& a : page.agreements) RETURN_IF_ERROR(CompleteAgreement(txn, a));
    return absl::OkStatus();
  }));
  return page;
}

}  // namespace partnership::membership
