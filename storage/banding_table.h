// The contribution_years and contribution_bands tables: one banding per academic year.
#ifndef PARTNERSHIP_STORAGE_BANDING_TABLE_H_
#define PARTNERSHIP_STORAGE_BANDING_TABLE_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "membership/banding.h"
#include "storage/database.h"

namespace partnership::storage {

// Reads and replaces bandings inside a transaction. Does not own `txn`.
class BandingTable {
 public:
  explicit BandingTable(Transaction& txn) : txn_(txn) {}

  // The banding of `academic_year` with its bands in order; nullopt if none is set.
  absl::StatusOr<std::optional<membership::Banding>> Get(const std::string& academic_year);
  // Replaces the whole banding of banding.academic_year (bands and LA contribution).
  absl::Status Replace(const membership::Banding& banding);

 private:
  Transaction& txn_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_BANDING_TABLE_H_
