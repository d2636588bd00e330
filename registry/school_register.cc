#include "registry/school_register.h"

#include <map>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "registry/person_rules.h"
#include "storage/person_table.h"
#include "storage/school_table.h"

namespace partnership::registry {
namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;
constexpr size_t kMaxGroupName = 100;

bool IsLaCode(absl::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

absl::Status CheckUrn(const std::string& urn, absl::string_view field) {
  if (!IsValidUrn(urn)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", urn, "\" is not a URN (1 to 8 digits)"));
  }
  return absl::OkStatus();
}

std::string Describe(const School& s) {
  return absl::StrCat(s.name, " (", PhaseName(s.phase), ", ", s.review_group, ")");
}

}  // namespace

std::string DefaultReviewGroup(const School& s) {
  const std::string& area =
      !s.district.empty() ? s.district : (!s.town.empty() ? s.town : s.la_name);
  switch (s.phase) {
    case Phase::kSpecial:
      return "Special Schools Group";
    case Phase::kAlternativeProvision:
      return "Alternative Provision Group";
    case Phase::kSecondary:
    case Phase::kAllThrough:
    case Phase::kPost16:
      return absl::StrCat(area, " Secondary Cluster");
    default:
      return absl::StrCat(area, " Primary Partnership");
  }
}

absl::StatusOr<School> SchoolRegister::Get(const access::Principal& caller,
                                           const std::string& urn) {
  RETURN_IF_ERROR(access::CanReadSchools(caller));
  RETURN_IF_ERROR(CheckUrn(urn, "urn"));
  School school;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(school, storage::SchoolTable(txn).Get(urn));
    return absl::OkStatus();
  }));
  return school;
}

absl::StatusOr<SchoolPage> SchoolRegister::List(const access::Principal& caller,
                                                const SchoolFilter& filter) {
  RETURN_IF_ERROR(access::CanReadSchools(caller));
  if (filter.page_size < 0) {
    return absl::InvalidArgumentError("page_size: must not be negative");
  }
  if (!filter.page_token.empty() && !IsValidUrn(filter.page_token)) {
    return absl::InvalidArgumentError(
        "page_token: not a token from an earlier ListSchools response");
  }
  if (!filter.la_code.empty() && !IsLaCode(filter.la_code)) {
    return absl::InvalidArgumentError(
        absl::StrCat("la_code: \"", filter.la_code, "\" is not a local-authority code (3 digits)"));
  }
  storage::SchoolQuery query;
  query.phase = filter.phase;
  query.review_group = filter.review_group;
  query.la_code = filter.la_code;
  if (!filter.include_closed) query.status = filter.status.value_or(SchoolStatus::kOpen);
  const int page_size = filter.page_size == 0 ? kDefaultPageSize
                                              : std::min(filter.page_size, kMaxPageSize);
  query.after_urn = filter.page_token;
  query.limit = page_size + 1;  // one more tells whether another page follows
  SchoolPage page;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::SchoolTable table(txn);
    ASSIGN_OR_RETURN(page.schools, table.List(query));
    ASSIGN_OR_RETURN(page.total_size, table.Count(query));
    return absl::OkStatus();
  }));
  if (static_cast<int>(page.schools.size()) > page_size) {
    page.schools.resize(page_size);
    page.next_page_token = page.schools.back().urn;
  }
  return page;
}

absl::StatusOr<School> SchoolRegister::Update(const access::Principal& caller,
                                              const std::string& urn,
                                              const SchoolChanges& changes) {
  RETURN_IF_ERROR(access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                      "change a school's record"));
  RETURN_IF_ERROR(CheckUrn(urn, "school.urn"));
  if (!changes.review_group && !changes.phase && !changes.trust && !changes.diocese) {
    return absl::InvalidArgumentError(
        "update_mask: name at least one of review_group, phase, trust, diocese");
  }
  if (changes.review_group &&
      (changes.review_group->empty() || changes.review_group->size() > kMaxGroupName)) {
    return absl::InvalidArgumentError("school.review_group: must be 1 to 100 characters");
  }
  if (changes.phase && *changes.phase == Phase::kUnspecified) {
    return absl::InvalidArgumentError("school.phase: must be a phase, not UNSPECIFIED");
  }
  School school;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::SchoolTable table(txn);
    ASSIGN_OR_RETURN(school, table.Get(urn));
    std::string detail;
    if (changes.review_group) {
      absl::StrAppend(&detail, "review_group \"", school.review_group, "\" -> \"",
                      *changes.review_group, "\"; ");
      school.review_group = *changes.review_group;
      school.review_group_set_by_coordinator = true;
    }
    if (changes.phase) {
      absl::StrAppend(&detail, "phase ", PhaseName(school.phase), " -> ",
                      PhaseName(*changes.phase), "; ");
      school.phase = *changes.phase;
    }
    if (changes.trust) {
      absl::StrAppend(&detail, "trust \"", school.trust, "\" -> \"", *changes.trust, "\"; ");
      school.trust = *changes.trust;
    }
    if (changes.diocese) {
      absl::StrAppend(&detail, "diocese \"", school.diocese, "\" -> \"", *changes.diocese, "\"; ");
      school.diocese = *changes.diocese;
    }
    school.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.Upsert(school));
    return audit::Record(txn, caller, school.update_time, "school.update",
                         absl::StrCat("school/", urn), detail);
  }));
  return school;
}

absl::StatusOr<ImportReport> SchoolRegister::Import(const access::Principal& caller,
                                                    const ImportBatch& batch) {
  RETURN_IF_ERROR(access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                      "import schools"));
  if (!IsLaCode(batch.la_code)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "la_code: \"", batch.la_code, "\" is not a local-authority code (3 digits, e.g. 916)"));
  }
  for (const School& s : batch.schools) {
    if (s.la_code != batch.la_code) {
      return absl::InvalidArgumentError(absl::StrCat(
          "school ", s.urn, " belongs to local authority ", s.la_code, ", not ", batch.la_code));
    }
  }
  ImportReport report;
  report.rows_read = batch.rows_read;
  report.skipped = batch.skipped;
  report.dry_run = batch.dry_run;
  const std::string now = FormatUtc(absl::Now());
  auto apply = [&](storage::Transaction& txn) -> absl::Status {
    storage::SchoolTable table(txn);
    storage::SchoolQuery of_la;
    of_la.la_code = batch.la_code;
    ASSIGN_OR_RETURN(std::vector<School> before, table.List(of_la));
    std::map<std::string, School> existing;
    for (School& s : before) existing.emplace(s.urn, std::move(s));
    for (School incoming : batch.schools) {
      auto it = existing.find(incoming.urn);
      std::string action;
      if (it == existing.end()) {
        incoming.review_group = DefaultReviewGroup(incoming);
        report.added_urns.push_back(incoming.urn);
        action = "school.add";
      } else {
        const School& old = it->second;
        if (old.review_group_set_by_coordinator) {
          incoming.review_group = old.review_group;
          incoming.review_group_set_by_coordinator = true;
        } else {
          incoming.review_group = DefaultReviewGroup(incoming);
        }
        const bool same = old.SameImportedFieldsAs(incoming) &&
                          old.review_group == incoming.review_group;
        existing.erase(it);
        if (same) {
          ++report.unchanged;
          continue;
        }
        report.updated_urns.push_back(incoming.urn);
        action = "school.update";
      }
      incoming.update_time = now;
      if (txn.writable()) {
        RETURN_IF_ERROR(table.Upsert(incoming));
        RETURN_IF_ERROR(audit::Record(txn, caller, now, action,
                                      absl::StrCat("school/", incoming.urn),
                                      absl::StrCat("from ", batch.file_name, ": ",
                                                   Describe(incoming))));
      }
    }
    for (auto& [urn, school] : existing) {
      if (school.status != SchoolStatus::kOpen) continue;
      report.closed_urns.push_back(urn);
      if (!txn.writable()) continue;
      school.status = SchoolStatus::kClosed;
      school.update_time = now;
      RETURN_IF_ERROR(table.Upsert(school));
      RETURN_IF_ERROR(audit::Record(txn, caller, now, "school.close",
                                    absl::StrCat("school/", urn),
                                    absl::StrCat("no longer open in ", batch.file_name)));
    }
    report.added = report.added_urns.size();
    report.updated = report.updated_urns.size();
    report.closed = report.closed_urns.size();
    if (!txn.writable()) return absl::OkStatus();
    return audit::Record(
        txn, caller, now, "school.import", absl::StrCat("import/", batch.la_code),
        absl::StrCat(batch.file_name, ": ", report.added, " added, ", report.updated,
                     " updated, ", report.unchanged, " unchanged, ", report.closed, " closed, ",
                     report.skipped, " skipped of ", report.rows_read, " rows"));
  };
  RETURN_IF_ERROR(batch.dry_run ? db_.Read(apply) : db_.Write(apply));
  return report;
}

absl::Status SchoolRegister::LoadCounty(const access::Principal& caller,
                                        const std::vector<School>& schools,
                                        const std::vector<Person>& people) {
  RETURN_IF_ERROR(access::RequireRole(caller, {access::AccessRole::kCoordinator},
                                      "load a county"));
  std::vector<Person> checked = people;
  for (size_t i = 0; i < checked.size(); ++i) {
    RETURN_IF_ERROR(NormaliseAndCheckPerson(checked[i], absl::StrCat("people[", i, "]")));
  }
  const std::string now = FormatUtc(absl::Now());
  return db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::SchoolTable table(txn);
    ASSIGN_OR_RETURN(int count, table.Count(storage::SchoolQuery{}));
    if (count > 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "the register already has ", count, " schools; load a county into a new database"));
    }
    for (School s : schools) {
      RETURN_IF_ERROR(CheckUrn(s.urn, "school.urn"));
      if (s.review_group.empty()) s.review_group = DefaultReviewGroup(s);
      s.update_time = now;
      RETURN_IF_ERROR(table.Upsert(s));
      RETURN_IF_ERROR(audit::Record(txn, caller, now, "school.add",
                                    absl::StrCat("school/", s.urn), Describe(s)));
    }
    storage::PersonTable person_table(txn);
    for (Person p : checked) {
      p.update_time = now;
      ASSIGN_OR_RETURN(int64_t id, person_table.Insert(p));
      RETURN_IF_ERROR(audit::Record(
          txn, caller, now, "person.add", absl::StrCat("person/", id),
          absl::StrCat(PersonRoleName(p.role), " ", p.given_name, " ", p.family_name,
                       p.school_urn.empty() ? "" : absl::StrCat(" of school ", p.school_urn))));
    }
    return audit::Record(txn, caller, now, "county.load", "county",
                         absl::StrCat(schools.size(), " schools and ", people.size(),
                                      " people loaded"));
  });
}

}  // namespace partnership::registry
