#include "membership/agreement_text.h"

#include <array>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"

namespace partnership::membership {
namespace {

constexpr std::array<std::pair<ClauseSection, absl::string_view>, 4> kSectionNames = {{
    {ClauseSection::kRights, "RIGHTS"},
    {ClauseSection::kWaysOfWorking, "WAYS_OF_WORKING"},
    {ClauseSection::kBenefits, "BENEFITS"},
    {ClauseSection::kCommitments, "COMMITMENTS"},
}};

constexpr size_t kMaxTitle = 200;
constexpr size_t kMaxHeading = 200;
constexpr size_t kMaxBody = 5000;
constexpr size_t kMaxClauses = 100;

}  // namespace

absl::string_view ClauseSectionName(ClauseSection section) {
  for (const auto& [s, name] : kSectionNames) {
    if (s == section) return name;
  }
  return "UNSPECIFIED";
}

std::optional<ClauseSection> ClauseSectionFromName(absl::string_view name) {
  for (const auto& [s, n] : kSectionNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

bool AgreementText::AppliesTo(const AcademicYear& year) const {
  auto first = ParseAcademicYear(first_academic_year, "");
  if (!first.ok() || year < *first) return false;
  if (last_academic_year.empty()) return true;
  auto last = ParseAcademicYear(last_academic_year, "");
  return last.ok() && !(*last < year);
}

absl::Status CheckAgreementText(const AgreementText& text) {
  if (text.title.empty() || text.title.size() > kMaxTitle) {
    return absl::InvalidArgumentError("text.title: must be 1 to 200 characters");
  }
  auto first = ParseAcademicYear(text.first_academic_year, "text.first_academic_year");
  if (!first.ok()) return first.status();
  if (!text.last_academic_year.empty()) {
    auto last = ParseAcademicYear(text.last_academic_year, "text.last_academic_year");
    if (!last.ok()) return last.status();
    if (*last < *first) {
      return absl::InvalidArgumentError(absl::StrCat(
          "text.last_academic_year: ", text.last_academic_year, " is before the first, ",
          text.first_academic_year));
    }
  }
  if (text.clauses.empty() || text.clauses.size() > kMaxClauses) {
    return absl::InvalidArgumentError("text.clauses: must hold 1 to 100 clauses");
  }
  std::set<ClauseSection> sections;
  for (size_t i = 0; i < text.clauses.size(); ++i) {
    const Clause& c = text.clauses[i];
    const std::string at = absl::StrCat("text.clauses[", i, "]");
    if (c.number != static_cast<int>(i) + 1) {
      return absl::InvalidArgumentError(absl::StrCat(
          at, ".number: ", c.number, " out of order (clauses are numbered 1, 2, 3, ...; expected ",
          i + 1, ")"));
    }
    if (c.section == ClauseSection::kUnspecified) {
      return absl::InvalidArgumentError(absl::StrCat(
          at, ".section: give RIGHTS, WAYS_OF_WORKING, BENEFITS or COMMITMENTS"));
    }
    if (c.heading.empty() || c.heading.size() > kMaxHeading) {
      return absl::InvalidArgumentError(absl::StrCat(at, ".heading: must be 1 to 200 characters"));
    }
    if (c.body.empty() || c.body.size() > kMaxBody) {
      return absl::InvalidArgumentError(absl::StrCat(at, ".body: must be 1 to 5000 characters"));
    }
    sections.insert(c.section);
  }
  for (const auto& [s, name] : kSectionNames) {
    if (sections.count(s) == 0) {
      return absl::InvalidArgumentError(absl::StrCat(
          "text.clauses: no clause in section ", name,
          " (an agreement sets out rights, ways of working, benefits and commitments)"));
    }
  }
  return absl::OkStatus();
}

}  // namespace partnership::membership
