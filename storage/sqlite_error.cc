#include "storage/sqlite_error.h"

#include <sqlite3.h>

#include "absl/strings/str_cat.h"

namespace partnership::storage {

absl::Status FromSqlite(const SQLite::Exception& e, absl::string_view doing) {
  const int code = e.getErrorCode() & 0xff;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    return absl::UnavailableError(absl::StrCat("database busy ", doing, "; try again"));
  }
  return absl::InternalError(absl::StrCat("database error ", doing, ": ", e.what()));
}

}  // namespace partnership::storage
