// For tests: a database in a fresh temporary directory, removed afterwards.
#ifndef PARTNERSHIP_STORAGE_TESTING_SCRATCH_DATABASE_H_
#define PARTNERSHIP_STORAGE_TESTING_SCRATCH_DATABASE_H_

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "storage/database.h"

namespace partnership::storage {

class ScratchDatabase {
 public:
  ScratchDatabase() {
    char dir_template[] = "/tmp/partnership-test-XXXXXX";
    dir_ = mkdtemp(dir_template);
    path_ = dir_ + "/p.db";
    auto db = Database::Open(path_);
    EXPECT_TRUE(db.ok()) << db.status();
    db_ = std::move(db).value();
  }
  ~ScratchDatabase() {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  Database& db() { return *db_; }
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }
  // Closes the database (so a test can edit the file by hand) and opens it again with Reopen.
  void Close() { db_.reset(); }
  void Reopen() {
    auto db = Database::Open(path_);
    ASSERT_TRUE(db.ok()) << db.status();
    db_ = std::move(db).value();
  }

 private:
  std::string dir_;
  std::string path_;
  std::unique_ptr<Database> db_;
};

}  // namespace partnership::storage

#endif  // PARTNERSHIP_STORAGE_TESTING_SCRATCH_DATABASE_H_
