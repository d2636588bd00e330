// The people table and each leader's unavailable dates.
#ifndef PARTNERSHIP_STORAGE_PERSON_TABLE_H_
#define PARTNERSHIP_STORAGE_PERSON_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "registry/person.h"
#include "storage/database.h"

namespace partnership::storage {

struct PersonQuery {
  std::string school_urn;                      // empty: any
  std::optional<registry::PersonRole> role;    // unset: any
  int64_t after_id = 0;                        // keyset paging
  int limit = 0;                               // 0: no limit
};

// Reads and writes people inside a transaction. Does not own `txn`.
class PersonTable {
 public:
  explicit PersonTable(Transaction& txn) : txn_(txn) {}

  // The person with `id`, with unavailable dates sorted; NOT_FOUND if there is none.
  absl::StatusOr<registry::Person> Get(int64_t id);
  // Matching people in id order.
  absl::StatusOr<std::vector<registry::Person>> List(const PersonQuery& query);
  absl::StatusOr<int> Count(const PersonQuery& query);
  // Inserts `person` (its id is ignored) and returns the new id.
  absl::StatusOr<int64_t> Insert(const registry::Person& person);
  // Replaces every field of the person with `person.id`; NOT_FOUND if absent.
  absl::Status Update(const registry::Person& person);
  // Deletes the person and their dates; NOT_FOUND if absent; FAILED_PRECONDITION if a token
  // still names them.
  absl::Status Delete(int64_t id);

 private:
  absl::Status WriteDates(int64_t id, const std::vector<std::string>& dates);
  absl::Status LoadDates(std::vector<registry::Person>& people);

  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_PERSON_TABLE_H_
