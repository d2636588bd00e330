// The proxies member schools appoint for a meeting, and their directions.
#ifndef PARTNERSHIP_STORAGE_PROXY_TABLE_H_
#define PARTNERSHIP_STORAGE_PROXY_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "meetings/meeting.h"
#include "storage/database.h"

namespace partnership::storage {

// Reads and writes proxies inside a transaction. Does not own `txn`. Proxies come back with
// their directions (by motion id) and the names of both schools.
class ProxyTable {
 public:
  explicit ProxyTable(Transaction& txn) : txn_(txn) {}

  // The proxy school `school_urn` appointed for the meeting, if any.
  absl::StatusOr<std::optional<meetings::Proxy>> Find(int64_t meeting_id,
                                                      const std::string& school_urn);
  // Every proxy of the meeting, in URN order of the appointing school.
  absl::StatusOr<std::vector<meetings::Proxy>> List(int64_t meeting_id);
  // Stores `proxy` with its directions, replacing any the school appointed before.
  absl::Status Put(const meetings::Proxy& proxy);
  // Forgets every direction given for motion `motion_id` (once a secret motion's directed
  // votes are cast, nothing may link a school to its choice).
  absl::Status ForgetDirections(int64_t motion_id);

 private:
  absl::Status LoadDirections(std::vector<meetings::Proxy>& proxies);

  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_PROXY_TABLE_H_
