// The people the partnership works with: leaders, governors, officers, the coordinator.
#ifndef PARTNERSHIP_REGISTRY_PEOPLE_REGISTER_H_
#define PARTNERSHIP_REGISTRY_PEOPLE_REGISTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "registry/person.h"
#include "storage/database.h"

namespace partnership::registry {

struct PeopleFilter {
  std::string school_urn;
  std::optional<PersonRole> role;
  int page_size = 0;       // 0: 100; more than 1000: 1000
  std::string page_token;  // from an earlier page
};

struct PeoplePage {
  std::vector<Person> people;
  std::string next_page_token;
  int total_size = 0;
};

// Changes to a person; unset fields stay as they are.
struct PersonChanges {
  std::optional<std::string> given_name, family_name, email, organisation,
      training_completed_on;
  std::optional<std::vector<std::string>> unavailable_dates;
};

// Thread-safe; does not own `db`. Who may read or change whom is access/policy.h's
// CanReadPerson / CanChangePeopleOf / CanListPeople; refusals are PERMISSION_DENIED.
class PeopleRegister {
 public:
  explicit PeopleRegister(storage::Database& db) : db_(db) {}

  // Adds `person` (id ignored) and returns it with its new id. INVALID_ARGUMENT as
  // NormaliseAndCheckPerson; NOT_FOUND if the school does not exist. Audited.
  absl::StatusOr<Person> Create(const access::Principal& caller, Person person);

  // INVALID_ARGUMENT for an id that is not a positive number; NOT_FOUND if absent.
  absl::StatusOr<Person> Get(const access::Principal& caller, const std::string& id);

  // People in id order. INVALID_ARGUMENT for a bad page token, page size or URN.
  absl::StatusOr<PeoplePage> List(const access::Principal& caller, const PeopleFilter& filter);

  // Applies `changes` (a person's school and role are fixed: remove and add instead).
  // INVALID_ARGUMENT when nothing is to change or the result is invalid; NOT_FOUND if absent.
  // Audited.
  absl::StatusOr<Person> Update(const access::Principal& caller, const std::string& id,
                                const PersonChanges& changes);

  // Removes the person. NOT_FOUND if absent; FAILED_PRECONDITION if a valid token names
  // them. Audited.
  absl::Status Delete(const access::Principal& caller, const std::string& id);

 private:
  storage::Database& db_;
};

}  // namespace partnership::registry

#endif  // PARTNERSHIP_REGISTRY_PEOPLE_REGISTER_H_
