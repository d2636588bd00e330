// Who may do what with membership. Kept beside the membership code for now; the rules have
// the same shape as access/policy.h's and can move there when another capability needs them.
#ifndef PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_POLICY_H_
#define PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_POLICY_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "access/principal.h"

namespace partnership::membership {

// Applying, recording the governing body's approval, signing and renewing for school
// `school_urn`: the coordinator, or a SCHOOL token for that school. PERMISSION_DENIED naming
// `action` otherwise.
absl::Status CanActForSchool(const access::Principal& caller, const std::string& school_urn,
                             absl::string_view action);

// Reading agreements of school `school_urn` (empty: of every school): the coordinator, board
// members and LA officers read all; a SCHOOL token reads its own school's only (and must name
// it when listing). PERMISSION_DENIED otherwise.
absl::Status CanReadAgreementsOf(const access::Principal& caller, const std::string& school_urn);

// The membership register: the coordinator, board members and LA officers.
absl::Status CanReadMembershipRegister(const access::Principal& caller);

// Agreement texts and the banding: every role.
absl::Status CanReadTermsOfMembership(const access::Principal& caller);

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_POLICY_H_
