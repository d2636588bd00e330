// The versions of the membership agreement's wording. Version 1, worded from the proposal,
// comes with the schema (storage/migrations.cc, version 2); the coordinator adds later ones.
#ifndef PARTNERSHIP_MEMBERSHIP_AGREEMENT_TEXTS_H_
#define PARTNERSHIP_MEMBERSHIP_AGREEMENT_TEXTS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "membership/academic_year.h"
#include "membership/agreement_text.h"
#include "storage/database.h"

namespace partnership::membership {

struct AgreementTextPage {
  std::vector<AgreementText> texts;
  std::string next_page_token;  // empty on the last page
  int total_size = 0;
};

// Thread-safe; does not own `db`.
class AgreementTexts {
 public:
  explicit AgreementTexts(storage::Database& db) : db_(db) {}

  // Texts in version order; every role. INVALID_ARGUMENT for a negative page_size or a
  // page_token not from an earlier page.
  absl::StatusOr<AgreementTextPage> List(const access::Principal& caller, int page_size,
                                         const std::string& page_token);

  // INVALID_ARGUMENT for a version below 1; NOT_FOUND if absent.
  absl::StatusOr<AgreementText> Get(const access::Principal& caller, int version);

  // Adds `text` as the next version and returns it as stored; coordinator only.
  // INVALID_ARGUMENT as CheckAgreementText. Audited. Earlier versions are never changed.
  absl::StatusOr<AgreementText> Create(const access::Principal& caller, AgreementText text);

 private:
  storage::Database& db_;
};

// Inside a transaction: the text to sign for `year`: `version` if it is not 0, else the
// latest version that applies to the year. NOT_FOUND ("text_version: ...") for an absent
// version; FAILED_PRECONDITION when the version does not apply to the year or none does.
absl::StatusOr<AgreementText> TextToSign(storage::Transaction& txn, const AcademicYear& year,
                                         int version);

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_AGREEMENT_TEXTS_H_
