// What each step of an agreement's life must satisfy, checked the same way by every step.
#ifndef PARTNERSHIP_MEMBERSHIP_AGREEMENT_RULES_H_
#define PARTNERSHIP_MEMBERSHIP_AGREEMENT_RULES_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "membership/agreement.h"
#include "storage/database.h"

namespace partnership::membership {

// `id` as a number. INVALID_ARGUMENT naming `field` ("... is not <what> id") otherwise.
absl::StatusOr<int64_t> ParseId(const std::string& id, absl::string_view field,
                                absl::string_view what);

// `date` as given, or today when empty and `today_if_empty`. INVALID_ARGUMENT naming `field`.
absl::StatusOr<std::string> CheckDate(const std::string& date, absl::string_view field,
                                      bool today_if_empty);

// INVALID_ARGUMENT naming `field` when `text` is empty (and `required`) or longer than `max`.
absl::Status CheckText(const std::string& text, absl::string_view field, size_t max,
                       bool required);

// FAILED_PRECONDITION unless the agreement is `wanted`; the message names `step`.
absl::Status RequireStatus(const Agreement& a, AgreementStatus wanted, absl::string_view step);

// FAILED_PRECONDITION if `date` is before the agreement's last step: the history reads in
// date order.
absl::Status NotBeforeLastStep(const Agreement& a, const std::string& date,
                               absl::string_view field);

// FAILED_PRECONDITION if `date` is after the agreement's academic year.
absl::Status WithinYear(const Agreement& a, const std::string& date, absl::string_view field);

// NOT_FOUND for an unknown school; FAILED_PRECONDITION for a closed one.
absl::Status RequireOpenSchool(storage::Transaction& txn, const std::string& urn);

// ALREADY_EXISTS (naming the agreement and its status) if the school has a live agreement
// for `year`.
absl::Status RefuseSecondLiveAgreement(storage::Transaction& txn, const std::string& urn,
                                       const std::string& year);

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_AGREEMENT_RULES_H_
