// The wording a school signs: versioned, never edited once written, so that every agreement
// can show exactly what its school agreed to.
#ifndef PARTNERSHIP_MEMBERSHIP_AGREEMENT_TEXT_H_
#define PARTNERSHIP_MEMBERSHIP_AGREEMENT_TEXT_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "membership/academic_year.h"

namespace partnership::membership {

// Numbered as partnership.v1.ClauseSection: the headings of the proposal's list of what the
// agreement covers.
enum class ClauseSection {
  kUnspecified = 0,
  kRights,        // the right to vote for the board and at the AGM
  kWaysOfWorking,
  kBenefits,
  kCommitments,
};

// "RIGHTS", "WAYS_OF_WORKING", "BENEFITS", "COMMITMENTS".
absl::string_view ClauseSectionName(ClauseSection section);
std::optional<ClauseSection> ClauseSectionFromName(absl::string_view name);

struct Clause {
  int number = 0;  // 1, 2, 3, ... in reading order
  ClauseSection section = ClauseSection::kUnspecified;
  std::string heading;
  std::string body;
};

struct AgreementText {
  int version = 0;  // assigned when stored
  std::string title;
  std::string first_academic_year;  // "2026-27"
  std::string last_academic_year;   // empty: no end
  std::vector<Clause> clauses;
  std::string create_time;
  std::string created_by;

  // True if a school may sign this text for `year`.
  bool AppliesTo(const AcademicYear& year) const;
};

// OK for a text that can be stored: a title of 1 to 200 characters; well-formed academic
// years with the last not before the first; 1 to 100 clauses numbered 1, 2, 3, ... in order,
// each with a section, a heading of 1 to 200 characters and a body of 1 to 5,000; and at
// least one clause in each of the four sections. INVALID_ARGUMENT naming the field
// ("text.clauses[3].heading: empty") otherwise.
absl::Status CheckAgreementText(const AgreementText& text);

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_AGREEMENT_TEXT_H_
