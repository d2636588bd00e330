#include "registry/people_register.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "registry/person_rules.h"
#include "registry/school.h"
#include "storage/person_table.h"
#include "storage/school_table.h"

namespace partnership::registry {
namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;

absl::StatusOr<int64_t> ParseId(const std::string& id, absl::string_view field) {
  int64_t value = 0;
  if (!absl::SimpleAtoi(id, &value) || value <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": \"", id, "\" is not a person id (a positive number)"));
  }
  return value;
}

std::string Name(const Person& p) {
  return absl::StrCat(PersonRoleName(p.role), " ", p.given_name, " ", p.family_name,
                      p.school_urn.empty() ? "" : absl::StrCat(" of school ", p.school_urn));
}

absl::Status RequireSchool(storage::Transaction& txn, const std::string& urn) {
  if (urn.empty()) return absl::OkStatus();
  ASSIGN_OR_RETURN(bool exists, storage::SchoolTable(txn).Exists(urn));
  if (!exists) {
    return absl::NotFoundError(absl::StrCat("person.school_urn: school ", urn, " not found"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Person> PeopleRegister::Create(const access::Principal& caller, Person person) {
  RETURN_IF_ERROR(NormaliseAndCheckPerson(person));
  RETURN_IF_ERROR(access::CanChangePeopleOf(caller, person.school_urn));
  person.update_time = FormatUtc(absl::Now());
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(RequireSchool(txn, person.school_urn));
    ASSIGN_OR_RETURN(person.id, storage::PersonTable(txn).Insert(person));
    return audit::Record(txn, caller, person.update_time, "person.add",
                         absl::StrCat("person/", person.id), Name(person));
  }));
  return person;
}

absl::StatusOr<Person> PeopleRegister::Get(const access::Principal& caller,
                                           const std::string& id) {
  ASSIGN_OR_RETURN(int64_t pid, ParseId(id, "id"));
  Person person;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(person, storage::PersonTable(txn).Get(pid));
    return absl::OkStatus();
  }));
  RETURN_IF_ERROR(access::CanReadPerson(caller, person.school_urn, person.id));
  return person;
}

absl::StatusOr<PeoplePage> PeopleRegister::List(const access::Principal& caller,
                                                const PeopleFilter& filter) {
  if (!filter.school_urn.empty() && !IsValidUrn(filter.school_urn)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "school_urn: \"", filter.school_urn, "\" is not a URN (1 to 8 digits)"));
  }
  RETURN_IF_ERROR(access::CanListPeople(caller, filter.school_urn));
  if (filter.page_size < 0) return absl::InvalidArgumentError("page_size: must not be negative");
  storage::PersonQuery query;
  query.school_urn = filter.school_urn;
  query.role = filter.role;
  if (!filter.page_token.empty()) {
    auto after = ParseId(filter.page_token, "page_token");
    if (!after.ok()) {
      return absl::InvalidArgumentError(
          "page_token: not a token from an earlier ListPeople response");
    }
    query.after_id = *after;
  }
  const int page_size =
      filter.page_size == 0 ? kDefaultPageSize : std::min(filter.page_size, kMaxPageSize);
  query.limit = page_size + 1;
  PeoplePage page;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::PersonTable table(txn);
    ASSIGN_OR_RETURN(page.people, table.List(query));
    ASSIGN_OR_RETURN(page.total_size, table.Count(query));
    return absl::OkStatus();
  }));
  if (static_cast<int>(page.people.size()) > page_size) {
    page.people.resize(page_size);
    page.next_page_token = absl::StrCat(page.people.back().id);
  }
  return page;
}

absl::StatusOr<Person> PeopleRegister::Update(const access::Principal& caller,
                                              const std::string& id,
                                              const PersonChanges& c) {
  ASSIGN_OR_RETURN(int64_t pid, ParseId(id, "person.id"));
  if (!c.given_name && !c.family_name && !c.email && !c.organisation &&
      !c.training_completed_on && !c.unavailable_dates) {
    return absl::InvalidArgumentError(
        "update_mask: name at least one of given_name, family_name, email, organisation, "
        "training_completed_on, unavailable_dates");
  }
  Person person;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::PersonTable table(txn);
    ASSIGN_OR_RETURN(person, table.Get(pid));
    RETURN_IF_ERROR(access::CanChangePeopleOf(caller, person.school_urn));
    std::vector<std::string> changed;
    if (c.given_name) { person.given_name = *c.given_name; changed.push_back("given_name"); }
    if (c.family_name) { person.family_name = *c.family_name; changed.push_back("family_name"); }
    if (c.email) { person.email = *c.email; changed.push_back("email"); }
    if (c.organisation) { person.organisation = *c.organisation; changed.push_back("organisation"); }
    if (c.training_completed_on) {
      person.training_completed_on = *c.training_completed_on;
      changed.push_back(absl::StrCat("training_completed_on=", *c.training_completed_on));
    }
    if (c.unavailable_dates) {
      person.unavailable_dates = *c.unavailable_dates;
      changed.push_back("unavailable_dates");
    }
    RETURN_IF_ERROR(NormaliseAndCheckPerson(person));
    person.update_time = FormatUtc(absl::Now());
    RETURN_IF_ERROR(table.Update(person));
    return audit::Record(txn, caller, person.update_time, "person.update",
                         absl::StrCat("person/", pid),
                         absl::StrCat(Name(person), ": ", absl::StrJoin(changed, ", ")));
  }));
  return person;
}

absl::Status PeopleRegister::Delete(const access::Principal& caller, const std::string& id) {
  ASSIGN_OR_RETURN(int64_t pid, ParseId(id, "id"));
  return db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::PersonTable table(txn);
    ASSIGN_OR_RETURN(Person person, table.Get(pid));
    RETURN_IF_ERROR(access::CanChangePeopleOf(caller, person.school_urn));
    RETURN_IF_ERROR(table.Delete(pid));
    return audit::Record(txn, caller, FormatUtc(absl::Now()), "person.remove",
                         absl::StrCat("person/", pid), Name(person));
  });
}

}  // namespace partnership::registry
