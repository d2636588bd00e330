#include "registry/school_register.h"

#include "gtest/gtest.h"
#include "storage/testing/scratch_database.h"

namespace partnership::registry {
namespace {

using access::AccessRole;
using access::Principal;

const Principal kCoordinator{"tok_c", AccessRole::kCoordinator, "", 0};
const Principal kSchoolToken{"tok_s", AccessRole::kSchool, "100001", 0};

School Primary(const std::string& urn, const std::string& name) {
  School s;
  s.urn = urn;
  s.name = name;
  s.la_code = "916";
  s.la_name = "Gloucestershire";
  s.phase = Phase::kPrimary;
  s.district = "Stroud";
  return s;
}

ImportBatch Batch(std::vector<School> schools) {
  ImportBatch b;
  b.la_code = "916";
  b.file_name = "edubasealldata20261101.csv";
  b.schools = std::move(schools);
  b.rows_read = b.schools.size();
  return b;
}

class SchoolRegisterTest : public ::testing::Test {
 protected:
  storage::ScratchDatabase scratch_;
  SchoolRegister reg_{scratch_.db()};
};

TEST_F(SchoolRegisterTest, ReimportUpdatesInPlaceAndClosesWhatIsGone) {
  auto first = reg_.Import(kCoordinator, Batch({Primary("100001", "Amberley Primary"),
                                                 Primary("100002", "Bisley Primary"),
                                                 Primary("100003", "Chalford Primary")}));
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->added, 3);

  School renamed = Primary("100002", "Bisley Blue Coat Primary");
  auto second = reg_.Import(kCoordinator,
                            Batch({Primary("100001", "Amberley Primary"), renamed}));
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->added, 0);
  EXPECT_EQ(second->updated, 1);
  EXPECT_EQ(second->unchanged, 1);
  EXPECT_EQ(second->closed, 1);
  EXPECT_EQ(second->closed_urns, std::vector<std::string>{"100003"});
  EXPECT_EQ(reg_.Get(kCoordinator, "100002")->name, "Bisley Blue Coat Primary");
  EXPECT_EQ(reg_.Get(kCoordinator, "100003")->status, SchoolStatus::kClosed);

  SchoolFilter open_only;
  EXPECT_EQ(reg_.List(kCoordinator, open_only)->total_size, 2);
}

TEST_F(SchoolRegisterTest, CoordinatorsReviewGroupSurvivesReimport) {
  ASSERT_TRUE(reg_.Import(kCoordinator, Batch({Primary("100001", "Amberley Primary")})).ok());
  EXPECT_EQ(reg_.Get(kCoordinator, "100001")->review_group, "Stroud Primary Partnership");
  SchoolChanges change;
  change.review_group = "Stroud Vale Primary Partnership";
  ASSERT_TRUE(reg_.Update(kCoordinator, "100001", change).ok());
  School moved = Primary("100001", "Amberley Primary");
  moved.pupils = 120;
  ASSERT_TRUE(reg_.Import(kCoordinator, Batch({moved})).ok());
  auto after = reg_.Get(kCoordinator, "100001");
  EXPECT_EQ(after->review_group, "Stroud Vale Primary Partnership");
  EXPECT_EQ(after->pupils, 120);
}

TEST_F(SchoolRegisterTest, DryRunReportsButWritesNothing) {
  ImportBatch batch = Batch({Primary("100001", "Amberley Primary")});
  batch.dry_run = true;
  auto report = reg_.Import(kCoordinator, batch);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->added, 1);
  EXPECT_EQ(reg_.Get(kCoordinator, "100001").status().code(), absl::StatusCode::kNotFound);
}

TEST_F(SchoolRegisterTest, OnlyTheCoordinatorImportsOrChangesSchools) {
  EXPECT_EQ(reg_.Import(kSchoolToken, Batch({Primary("100001", "A")})).status().code(),
            absl::StatusCode::kPermissionDenied);
  SchoolChanges change;
  change.review_group = "Elsewhere";
  EXPECT_EQ(reg_.Update(kSchoolToken, "100001", change).status().code(),
            absl::StatusCode::kPermissionDenied);
}

TEST_F(SchoolRegisterTest, BadInputNamesTheField) {
  ImportBatch batch = Batch({});
  batch.la_code = "91";
  auto r = reg_.Import(kCoordinator, batch);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("la_code"), std::string::npos);
  EXPECT_EQ(reg_.Get(kCoordinator, "12ab").status().code(), absl::StatusCode::kInvalidArgument);
  SchoolFilter bad_page;
  bad_page.page_token = "not-a-token";
  EXPECT_EQ(reg_.List(kCoordinator, bad_page).status().code(),
            absl::StatusCode::kInvalidArgument);
  SchoolChanges nothing;
  EXPECT_EQ(reg_.Update(kCoordinator, "100001", nothing).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(SchoolRegisterTest, PagesCoverEverySchoolOnce) {
  std::vector<School> many;
  for (int i = 0; i < 25; ++i) many.push_back(Primary(std::to_string(100100 + i), "School"));
  ASSERT_TRUE(reg_.Import(kCoordinator, Batch(many)).ok());
  SchoolFilter f;
  f.page_size = 10;
  int seen = 0, pages = 0;
  do {
    auto page = reg_.List(kCoordinator, f);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total_size, 25);
    seen += page->schools.size();
    f.page_token = page->next_page_token;
    ++pages;
  } while (!f.page_token.empty());
  EXPECT_EQ(seen, 25);
  EXPECT_EQ(pages, 3);
}

}  // namespace
}  // namespace partnership::registry
