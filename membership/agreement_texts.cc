#include "membership/agreement_texts.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "access/policy.h"
#include "membership/membership_policy.h"
#include "storage/agreement_text_table.h"

namespace partnership::membership {
namespace {

constexpr int kMaxPageSize = 100;

}  // namespace

absl::StatusOr<AgreementTextPage> AgreementTexts::List(const access::Principal& caller,
                                                       int page_size,
                                                       const std::string& page_token) {
  RETURN_IF_ERROR(CanReadTermsOfMembership(caller));
  if (page_size < 0) return absl::InvalidArgumentError("page_size: must not be negative");
  int after = 0;
  if (!page_token.empty() && (!absl::SimpleAtoi(page_token, &after) || after < 1)) {
    return absl::InvalidArgumentError(
        "page_token: not a token from an earlier ListAgreementTexts response");
  }
  const int size = page_size == 0 ? kMaxPageSize : std::min(page_size, kMaxPageSize);
  AgreementTextPage page;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::AgreementTextTable table(txn);
    ASSIGN_OR_RETURN(page.texts, table.List(after, size + 1));
    ASSIGN_OR_RETURN(page.total_size, table.Count());
    return absl::OkStatus();
  }));
  if (static_cast<int>(page.texts.size()) > size) {
    page.texts.resize(size);
    page.next_page_token = absl::StrCat(page.texts.back().version);
  }
  return page;
}

absl::StatusOr<AgreementText> AgreementTexts::Get(const access::Principal& caller, int version) {
  RETURN_IF_ERROR(CanReadTermsOfMembership(caller));
  if (version < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("version: ", version, " is not a text version (1, 2, 3, ...)"));
  }
  AgreementText text;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(text, storage::AgreementTextTable(txn).Get(version));
    return absl::OkStatus();
  }));
  return text;
}

absl::StatusOr<AgreementText> AgreementTexts::Create(const access::Principal& caller,
                                                     AgreementText text) {
  RETURN_IF_ERROR(access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                      "add an agreement text"));
  RETURN_IF_ERROR(CheckAgreementText(text));
  text.create_time = FormatUtc(absl::Now());
  text.created_by = caller.Describe();
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(text.version, storage::AgreementTextTable(txn).Insert(text));
    return audit::Record(txn, caller, text.create_time, "agreement_text.add",
                         absl::StrCat("agreement_text/", text.version),
                         absl::StrCat("\"", text.title, "\" from ", text.first_academic_year,
                                      text.last_academic_year.empty()
                                          ? ""
                                          : absl::StrCat(" to ", text.last_academic_year),
                                      ", ", text.clauses.size(), " clauses"));
  }));
  return text;
}

absl::StatusOr<AgreementText> TextToSign(storage::Transaction& txn, const AcademicYear& year,
                                         int version) {
  storage::AgreementTextTable table(txn);
  if (version != 0) {
    auto text = table.Get(version);
    if (!text.ok()) {
      if (absl::IsNotFound(text.status())) {
        return absl::NotFoundError(absl::StrCat("text_version: ", text.status().message()));
      }
      return text.status();
    }
    if (!text->AppliesTo(year)) {
      return absl::FailedPreconditionError(absl::StrCat(
          "text_version: version ", version, " applies from ", text->first_academic_year,
          text->last_academic_year.empty() ? "" : absl::StrCat(" to ", text->last_academic_year),
          ", not to ", year.Name()));
    }
    return text;
  }
  ASSIGN_OR_RETURN(std::vector<AgreementText> all, table.List(0, 0));
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (it->AppliesTo(year)) return *it;
  }
  return absl::FailedPreconditionError(
      absl::StrCat("text_version: no agreement text applies to ", year.Name(),
                   "; the coordinator adds one first"));
}

}  // namespace partnership::membership
