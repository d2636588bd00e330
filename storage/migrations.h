// Versioned schema migrations, applied in order at start-up.
#ifndef PARTNERSHIP_STORAGE_MIGRATIONS_H_
#define PARTNERSHIP_STORAGE_MIGRATIONS_H_

#include <vector>

namespace partnership::storage {

struct Migration {
  int version;       // 1, 2, 3, ... ; PRAGMA user_version holds the last one applied
  const char* sql;   // one or more statements
};

// The schema of each capability added after version 3, one file each
// (storage/<capability>_schema.cc).
extern const char kElectionsSchema[];  // version 4
extern const char kBoardSchema[];      // version 5
extern const char kMeetingsSchema[];   // version 6

// Every migration this binary knows, in ascending version order. Append only: a released
// migration is never edited, because databases in the field have already applied it.
const std::vector<Migration>& AllMigrations();

// The schema version this binary writes: the last migration's version.
int LatestSchemaVersion();

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_MIGRATIONS_H_
