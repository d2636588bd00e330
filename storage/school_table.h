// The schools table.
#ifndef PARTNERSHIP_STORAGE_SCHOOL_TABLE_H_
#define PARTNERSHIP_STORAGE_SCHOOL_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "registry/school.h"
#include "storage/database.h"

namespace partnership::storage {

// Which schools a List or Count returns. Empty / unset fields match anything.
struct SchoolQuery {
  std::optional<registry::Phase> phase;
  std::string review_group;
  std::string la_code;
  std::optional<registry::SchoolStatus> status;
  std::string after_urn;  // keyset paging: only URNs sorting after this
  int limit = 0;          // 0: no limit
};

// Reads and writes schools inside a transaction. Does not own `txn`.
class SchoolTable {
 public:
  explicit SchoolTable(Transaction& txn) : txn_(txn) {}

  // The school with `urn`; NOT_FOUND ("school 115481 not found") if there is none.
  absl::StatusOr<registry::School> Get(const std::string& urn);
  // True if a school with `urn` exists.
  absl::StatusOr<bool> Exists(const std::string& urn);
  // Matching schools in URN order (as text).
  absl::StatusOr<std::vector<registry::School>> List(const SchoolQuery& query);
  // How many schools match (ignores after_urn and limit).
  absl::StatusOr<int> Count(const SchoolQuery& query);
  // Inserts `school`, or replaces every column of the school with the same URN.
  absl::Status Upsert(const registry::School& school);
  // Distinct non-empty review groups.
  absl::StatusOr<std::vector<std::string>> ReviewGroups();

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_SCHOOL_TABLE_H_
