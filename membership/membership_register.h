// The membership register: every school's membership in an academic year, and the question
// other capabilities ask before they let a school vote, be reviewed or use the directory:
// "is this school an active member on this date?"
#ifndef PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_REGISTER_H_
#define PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_REGISTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "membership/agreement.h"
#include "registry/school.h"
#include "storage/database.h"

namespace partnership::membership {

// Numbered as partnership.v1.MembershipStatus.
enum class MembershipStatus {
  kUnspecified = 0,
  kNotMember,  // no agreement for the year
  kApplied,
  kApproved,
  kActive,
  kSuspended,
  kWithdrawn,
};

// "NOT_MEMBER", "APPLIED", ... as the agreement statuses.
absl::string_view MembershipStatusName(MembershipStatus status);

struct MembershipEntry {
  std::string school_urn;
  std::string school_name;
  registry::Phase phase = registry::Phase::kUnspecified;
  std::optional<int> pupils;
  MembershipStatus status = MembershipStatus::kNotMember;
  std::optional<Agreement> agreement;  // the live one, else the last withdrawn one
};

struct RegisterFilter {
  std::string academic_year;               // required
  std::optional<MembershipStatus> status;  // unset: every status
  int page_size = 0;                       // 0: 100; more than 1000: 1000
  std::string page_token;
};

struct RegisterPage {
  std::vector<MembershipEntry> entries;  // in URN order
  std::string next_page_token;
  int total_size = 0;                    // entries matching the filter, over all pages
  std::string academic_year;
  int active_members = 0;                // over the whole register for the year
  int64_t school_contributions_pence = 0;  // ACTIVE members with a known contribution
  std::optional<int64_t> la_contribution_pence;  // unset: no banding for the year
};

// Thread-safe; does not own `db`.
class MembershipRegister {
 public:
  explicit MembershipRegister(storage::Database& db) : db_(db) {}

  // Every open school, and every closed school with an agreement for the year, with its
  // membership. Coordinator, board members, LA officers. INVALID_ARGUMENT for a missing or
  // malformed academic year, a negative page size or a bad page token.
  absl::StatusOr<RegisterPage> List(const access::Principal& caller,
                                    const RegisterFilter& filter);

  // For other capabilities (elections, peer review, the directory), which have already
  // authorised their own caller: true if school `school_urn` was an active member on the ISO
  // date `date`, that is, its agreement for the academic year containing the date had been
  // signed (or renewed) and was neither suspended nor withdrawn as of that date (see
  // ActiveOn). False for an unknown school or one without an agreement. INVALID_ARGUMENT for a
  // malformed URN or date.
  absl::StatusOr<bool> IsActiveMember(const std::string& school_urn, const std::string& date);

  // The URNs, in order, of every school that was an active member on `date` (as above).
  absl::StatusOr<std::vector<std::string>> ActiveMembersOn(const std::string& date);

  // The URNs, in order, of every school whose agreement for `academic_year` is ACTIVE now,
  // whatever the dates its steps take effect. INVALID_ARGUMENT for a malformed year.
  absl::StatusOr<std::vector<std::string>> ActiveMembers(const std::string& academic_year);

 private:
  storage::Database& db_;
};

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_REGISTER_H_
