// Inside a transaction: completes an agreement as readers see it.
#ifndef PARTNERSHIP_MEMBERSHIP_AGREEMENT_VIEW_H_
#define PARTNERSHIP_MEMBERSHIP_AGREEMENT_VIEW_H_

#include "absl/status/status.h"
#include "membership/agreement.h"
#include "storage/database.h"

namespace partnership::membership {

// Fills school_name and pupils from the register and contribution_pence from the banding of
// the agreement's academic year (left unset when the pupils or the banding are unknown).
// Storage errors only; a school missing from the register leaves the name empty.
absl::Status CompleteAgreement(storage::Transaction& txn, Agreement& agreement);

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_AGREEMENT_VIEW_H_
