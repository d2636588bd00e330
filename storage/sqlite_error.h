// Turning SQLiteCpp's exceptions into absl::Status: storage code catches, nothing else does.
#ifndef PARTNERSHIP_STORAGE_SQLITE_ERROR_H_
#define PARTNERSHIP_STORAGE_SQLITE_ERROR_H_

#include <SQLiteCpp/Exception.h>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace partnership::storage {

// UNAVAILABLE for a busy or locked file (the caller may retry); INTERNAL otherwise. The
// message says what the storage layer was doing (`doing`) and what SQLite said.
absl::Status FromSqlite(const SQLite::Exception& e, absl::string_view doing);

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_SQLITE_ERROR_H_
