#include "membership/membership_register.h"

#include <algorithm>
#include <map>

#include "absl/strings/str_cat.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "membership/academic_year.h"
#include "membership/banding.h"
#include "membership/membership_policy.h"
#include "storage/agreement_table.h"
#include "storage/banding_table.h"
#include "storage/school_table.h"

namespace partnership::membership {
namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;

MembershipStatus FromAgreement(AgreementStatus s) {
  switch (s) {
    case AgreementStatus::kApplied:
      return MembershipStatus::kApplied;
    case AgreementStatus::kApproved:
      return MembershipStatus::kApproved;
    case AgreementStatus::kActive:
      return MembershipStatus::kActive;
    case AgreementStatus::kSuspended:
      return MembershipStatus::kSuspended;
    case AgreementStatus::kWithdrawn:
      return MembershipStatus::kWithdrawn;
    default:
      return MembershipStatus::kNotMember;
  }
}

absl::Status CheckUrnAndDate(const std::string& urn, const std::string& date) {
  if (!urn.empty() && !registry::IsValidUrn(urn)) {
    return absl::InvalidArgumentError(
        absl::StrCat("school_urn: \"", urn, "\" is not a URN (1 to 8 digits)"));
  }
  if (!IsIsoDate(date)) {
    return absl::InvalidArgumentError(absl::StrCat("date: \"", date, "\" is not a date (YYYY-MM-DD)"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::string_view MembershipStatusName(MembershipStatus status) {
  switch (status) {
    case MembershipStatus::kNotMember:
      return "NOT_MEMBER";
    case MembershipStatus::kApplied:
      return "APPLIED";
    case MembershipStatus::kApproved:
      return "APPROVED";
    case MembershipStatus::kActive:
      return "ACTIVE";
    case MembershipStatus::kSuspended:
      return "SUSPENDED";
    case MembershipStatus::kWithdrawn:
      return "WITHDRAWN";
    default:
      return "UNSPECIFIED";
  }
}

absl::StatusOr<RegisterPage> MembershipRegister::List(const access::Principal& caller,
                                                      const RegisterFilter& filter) {
  RETURN_IF_ERROR(CanReadMembershipRegister(caller));
  if (filter.academic_year.empty()) {
    return absl::InvalidArgumentError("academic_year: required (e.g. 2026-27)");
  }
  ASSIGN_OR_RETURN(AcademicYear year, ParseAcademicYear(filter.academic_year, "academic_year"));
  if (filter.page_size < 0) return absl::InvalidArgumentError("page_size: must not be negative");
  if (!filter.page_token.empty() && !registry::IsValidUrn(filter.page_token)) {
    return absl::InvalidArgumentError(
        "page_token: not a token from an earlier ListMembership response");
  }
  std::vector<registry::School> schools;
  std::vector<Agreement> agreements;
  std::optional<Banding> banding;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(schools, storage::SchoolTable(txn).List(storage::SchoolQuery{}));
    storage::AgreementQuery query;
    query.academic_year = year.Name();
    ASSIGN_OR_RETURN(agreements, storage::AgreementTable(txn).List(query));
    ASSIGN_OR_RETURN(banding, storage::BandingTable(txn).Get(year.Name()));
    return absl::OkStatus();
  }));

  // The agreement each school shows: its live one, else its latest withdrawn one. Agreements
  // come in id order, so later ones replace earlier ones.
  std::map<std::string, Agreement*> shown;
  for (Agreement& a : agreements) {
    Agreement*& slot = shown[a.school_urn];
    if (slot == nullptr || !IsLive(slot->status)) slot = &a;
  }

  RegisterPage page;
  page.academic_year = year.Name();
  if (banding) page.la_contribution_pence = banding->la_contribution_pence;
  std::vector<MembershipEntry> matching;
  for (const registry::School& s : schools) {
    auto it = shown.find(s.urn);
    if (s.status != registry::SchoolStatus::kOpen && it == shown.end()) continue;
    MembershipEntry e;
    e.school_urn = s.urn;
    e.school_name = s.name;
    e.phase = s.phase;
    e.pupils = s.pupils;
    if (it != shown.end()) {
      Agreement a = *it->second;
      a.school_name = s.name;
      a.pupils = s.pupils;
      a.contribution_pence = banding ? ContributionFor(*banding, s.pupils) : std::nullopt;
      e.status = FromAgreement(a.status);
      e.agreement = std::move(a);
    }
    if (e.status == MembershipStatus::kActive) {
      ++page.active_members;
      if (e.agreement->contribution_pence) {
        page.school_contributions_pence += *e.agreement->contribution_pence;
      }
    }
    if (filter.status && e.status != *filter.status) continue;
    matching.push_back(std::move(e));
  }
  page.total_size = static_cast<int>(matching.size());
  const int size =
      filter.page_size == 0 ? kDefaultPageSize : std::min(filter.page_size, kMaxPageSize);
  // URNs are compared as the school table orders them: as text.
  auto first = std::find_if(matching.begin(), matching.end(), [&](const MembershipEntry& e) {
    return filter.page_token.empty() || e.school_urn > filter.page_token;
  });
  for (auto it = first; it != matching.end(); ++it) {
    if (static_cast<int>(page.entries.size()) == size) {
      page.next_page_token = page.entries.back().school_urn;
      break;
    }
    page.entries.push_back(std::move(*it));
  }
  return page;
}

absl::StatusOr<bool> MembershipRegister::IsActiveMember(const std::string& school_urn,
                                                        const std::string& date) {
  if (school_urn.empty()) return absl::InvalidArgumentError("school_urn: empty");
  RETURN_IF_ERROR(CheckUrnAndDate(school_urn, date));
  std::vector<Agreement> agreements;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::AgreementQuery query;
    query.school_urn = school_urn;
    query.academic_year = AcademicYearOf(date).Name();
    ASSIGN_OR_RETURN(agreements, storage::AgreementTable(txn).List(query));
    return absl::OkStatus();
  }));
  return std::any_of(agreements.begin(), agreements.end(),
                     [&](const Agreement& a) { return ActiveOn(a, date); });
}

absl::StatusOr<std::vector<std::string>> MembershipRegister::ActiveMembersOn(
    const std::string& date) {
  RETURN_IF_ERROR(CheckUrnAndDate("", date));
  std::vector<Agreement> agreements;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::AgreementQuery query;
    query.academic_year = AcademicYearOf(date).Name();
    ASSIGN_OR_RETURN(agreements, storage::AgreementTable(txn).List(query));
    return absl::OkStatus();
  }));
  std::vector<std::string> urns;
  for (const Agreement& a : agreements) {
    if (ActiveOn(a, date)) urns.push_back(a.school_urn);
  }
  std::sort(urns.begin(), urns.end());
  urns.erase(std::unique(urns.begin(), urns.end()), urns.end());
  return urns;
}

absl::StatusOr<std::vector<std::string>> MembershipRegister::ActiveMembers(
    const std::string& academic_year) {
  ASSIGN_OR_RETURN(AcademicYear year, ParseAcademicYear(academic_year, "academic_year"));
  std::vector<Agreement> agreements;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::AgreementQuery query;
    query.academic_year = year.Name();
    query.status = AgreementStatus::kActive;
    ASSIGN_OR_RETURN(agreements, storage::AgreementTable(txn).List(query));
    return absl::OkStatus();
  }));
  std::vector<std::string> urns;
  for (const Agreement& a : agreements) urns.push_back(a.school_urn);
  std::sort(urns.begin(), urns.end());
  return urns;
}

}  // namespace partnership::membership
