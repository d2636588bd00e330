// The register of schools: reads, the coordinator's changes, and GIAS imports.
#ifndef PARTNERSHIP_REGISTRY_SCHOOL_REGISTER_H_
#define PARTNERSHIP_REGISTRY_SCHOOL_REGISTER_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "registry/person.h"
#include "registry/school.h"
#include "storage/database.h"

namespace partnership::registry {

struct SchoolFilter {
  std::optional<Phase> phase;
  std::string review_group;
  std::string la_code;
  std::optional<SchoolStatus> status;  // unset: open schools only
  bool include_closed = false;         // open and closed (overrides status)
  int page_size = 0;                   // 0: 100; more than 1000: 1000
  std::string page_token;              // from an earlier page's next_page_token
};

struct SchoolPage {
  std::vector<School> schools;
  std::string next_page_token;  // empty on the last page
  int total_size = 0;
};

// The coordinator's changes to a school; unset fields stay as they are.
struct SchoolChanges {
  std::optional<std::string> review_group;
  std::optional<Phase> phase;
  std::optional<std::string> trust;
  std::optional<std::string> diocese;
};

struct ImportReport {
  int added = 0, updated = 0, unchanged = 0, closed = 0, skipped = 0, rows_read = 0;
  std::vector<std::string> added_urns, updated_urns, closed_urns;
  bool dry_run = false;
};

// What an import brings: the schools kept from the file and what was left out.
struct ImportBatch {
  std::string la_code;
  std::string file_name;
  std::vector<School> schools;
  int rows_read = 0;
  int skipped = 0;
  bool dry_run = false;
};

// The review group a school gets until the coordinator chooses one: its district's primary
// partnership or secondary cluster, or the special / alternative-provision group.
std::string DefaultReviewGroup(const School& school);

// Thread-safe; does not own `db`.
class SchoolRegister {
 public:
  explicit SchoolRegister(storage::Database& db) : db_(db) {}

  // INVALID_ARGUMENT for a malformed URN; NOT_FOUND if absent; PERMISSION_DENIED if the caller
  // may not read the register.
  absl::StatusOr<School> Get(const access::Principal& caller, const std::string& urn);

  // One page of matching schools in URN order. INVALID_ARGUMENT for a negative page_size, a
  // page_token not from an earlier page, or a malformed la_code.
  absl::StatusOr<SchoolPage> List(const access::Principal& caller, const SchoolFilter& filter);

  // Applies `changes`; coordinator only. INVALID_ARGUMENT when nothing is to change, the
  // review group is empty or longer than 100 characters, or the phase is unspecified;
  // NOT_FOUND if the school is absent. Setting review_group marks it as the coordinator's
  // choice, which later imports keep. Audited.
  absl::StatusOr<School> Update(const access::Principal& caller, const std::string& urn,
                                const SchoolChanges& changes);

  // Applies a parsed GIAS extract for one local authority in one transaction; coordinator
  // only. New URNs are added, changed ones updated in place (keeping the coordinator's
  // review group), and schools of that LA that were open but are absent from the batch are
  // marked closed. With dry_run nothing is written. INVALID_ARGUMENT if la_code is not 3
  // digits or a school in the batch belongs to another LA. Every change is audited.
  absl::StatusOr<ImportReport> Import(const access::Principal& caller, const ImportBatch& batch);

  // Loads a whole county (schools and their people) into an empty register; coordinator only.
  // FAILED_PRECONDITION if any school is already registered. All or nothing; audited as one
  // entry per school plus one for the load.
  absl::Status LoadCounty(const access::Principal& caller, const std::vector<School>& schools,
                          const std::vector<Person>& people);

 private:
  storage::Database& db_;
};

}  // namespace partnership::registry

#endif  // PARTNERSHIP_REGISTRY_SCHOOL_REGISTER_H_
