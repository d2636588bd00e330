#include "storage/banding_table.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "storage/sqlite_error.h"

namespace partnership::storage {

absl::StatusOr<std::optional<membership::Banding>> BandingTable::Get(
    const std::string& academic_year) {
  try {
    SQLite::Statement y(txn_.connection(),
                        "SELECT la_contribution_pence, update_time, updated_by "
                        "FROM contribution_years WHERE academic_year = ?");
    y.bind(1, academic_year);
    if (!y.executeStep()) return std::optional<membership::Banding>();
    membership::Banding b;
    b.academic_year = academic_year;
    b.la_contribution_pence = y.getColumn(0).getInt64();
    b.update_time = y.getColumn(1).getString();
    b.updated_by = y.getColumn(2).getString();
    SQLite::Statement q(txn_.connection(),
                        "SELECT min_pupils, max_pupils, annual_pence FROM contribution_bands "
                        "WHERE academic_year = ? ORDER BY min_pupils");
    q.bind(1, academic_year);
    while (q.executeStep()) {
      membership::Band band;
      band.min_pupils = q.getColumn(0).getInt();
      if (!q.getColumn(1).isNull()) band.max_pupils = q.getColumn(1).getInt();
      band.annual_pence = q.getColumn(2).getInt64();
      b.bands.push_back(band);
    }
    return std::optional<membership::Banding>(std::move(b));
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("reading the banding of ", academic_year));
  }
}

absl::Status BandingTable::Replace(const membership::Banding& b) {
  try {
    SQLite::Statement y(txn_.connection(),
                        "INSERT INTO contribution_years (academic_year, la_contribution_pence, "
                        "update_time, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (academic_year) "
                        "DO UPDATE SET la_contribution_pence = excluded.la_contribution_pence, "
                        "update_time = excluded.update_time, updated_by = excluded.updated_by");
    y.bind(1, b.academic_year);
    y.bind(2, static_cast<int64_t>(b.la_contribution_pence));
    y.bind(3, b.update_time);
    y.bind(4, b.updated_by);
    y.exec();
    SQLite::Statement clear(txn_.connection(),
                            "DELETE FROM contribution_bands WHERE academic_year = ?");
    clear.bind(1, b.academic_year);
    clear.exec();
    SQLite::Statement add(txn_.connection(),
                          "INSERT INTO contribution_bands (academic_year, min_pupils, max_pupils, "
                          "annual_pence) VALUES (?, ?, ?, ?)");
    for (const membership::Band& band : b.bands) {
      add.bind(1, b.academic_year);
      add.bind(2, band.min_pupils);
      if (band.max_pupils) {
        add.bind(3, *band.max_pupils);
      } else {
        add.bind(3);
      }
      add.bind(4, static_cast<int64_t>(band.annual_pence));
      add.exec();
      add.reset();
    }
    return absl::OkStatus();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(e, absl::StrCat("replacing the banding of ", b.academic_year));
  }
}

}  // namespace partnership::storage
