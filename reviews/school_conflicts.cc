#include "reviews/school_conflicts.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "registry/school.h"
#include "storage/review_cycle_table.h"
#include "storage/school_table.h"

namespace partnership::reviews {
namespace {

absl::Status RequireCoordinator(const access::Principal& caller, const char* action) {
  return access::RequireRole(caller, {access::AccessRole::kCoordinator}, action);
}

std::string Now() { return FormatUtc(absl::Now()); }

}  // namespace

absl::Status SchoolConflicts::Add(const access::Principal& caller,
                                       const scheduler::Conflict& c) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "record conflicts"));
  for (const auto& [field, urn] : {std::pair{"conflict.a", c.a}, std::pair{"conflict.b", c.b}}) {
    if (!registry::IsValidUrn(urn)) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, ": \"", urn, "\" is not a URN (1 to 8 digits)"));
    }
  }
  if (c.a == c.b) {
    return absl::InvalidArgumentError("conflict.b: a school cannot conflict with itself");
  }
  if (c.reason.empty() || c.reason.size() > 200) {
    return absl::InvalidArgumentError("conflict.reason: required, at most 200 characters");
  }
  return db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::SchoolTable schools(txn);
    for (const std::string& urn : {c.a, c.b}) {
      ASSIGN_OR_RETURN(bool exists, schools.Exists(urn));
      if (!exists) return absl::NotFoundError(absl::StrCat("school ", urn, " not found"));
    }
    RETURN_IF_ERROR(storage::ConflictTable(txn).Insert(c));
    return audit::Record(txn, caller, Now(), "reviews.conflict.add",
                         absl::StrCat("conflict/", std::min(c.a, c.b), "/", std::max(c.a, c.b)),
                         c.reason);
  });
}

absl::Status SchoolConflicts::Remove(const access::Principal& caller, const std::string& a,
                                          const std::string& b) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "remove conflicts"));
  return db_.Write([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(storage::ConflictTable(txn).Delete(a, b));
    return audit::Record(txn, caller, Now(), "reviews.conflict.remove",
                         absl::StrCat("conflict/", std::min(a, b), "/", std::max(a, b)), "removed");
  });
}

absl::StatusOr<std::vector<scheduler::Conflict>> SchoolConflicts::List(
    const access::Principal& caller) {
  RETURN_IF_ERROR(access::CanReadSchools(caller));
  std::vector<scheduler::Conflict> out;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(out, storage::ConflictTable(txn).List());
    return absl::OkStatus();
  }));
  return out;
}

}  // namespace partnership::reviews
