#include "registry/people_register.h"

#include "gtest/gtest.h"
#include "registry/school_register.h"
#include "storage/testing/scratch_database.h"

namespace partnership::registry {
namespace {

using access::AccessRole;
using access::Principal;

const Principal kCoordinator{"tok_c", AccessRole::kCoordinator, "", 0};
const Principal kSchoolA{"tok_a", AccessRole::kSchool, "100001", 0};
const Principal kSchoolB{"tok_b", AccessRole::kSchool, "100002", 0};

Person Deputy(const std::string& urn) {
  Person p;
  p.school_urn = urn;
  p.role = PersonRole::kDeputyHead;
  p.given_name = "Priya";
  p.family_name = "Shah";
  p.email = "p.shah@amberley.gloucs.sch.uk";
  p.training_completed_on = "2025-10-01";
  p.unavailable_dates = {"2027-05-05", "2027-05-04", "2027-05-05"};
  return p;
}

class PeopleRegisterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImportBatch batch;
    batch.la_code = "916";
    for (const char* urn : {"100001", "100002"}) {
      School s;
      s.urn = urn;
      s.name = "School";
      s.la_code = "916";
      s.phase = Phase::kPrimary;
      batch.schools.push_back(s);
    }
    ASSERT_TRUE(SchoolRegister(scratch_.db()).Import(kCoordinator, batch).ok());
  }
  storage::ScratchDatabase scratch_;
  PeopleRegister people_{scratch_.db()};
};

TEST_F(PeopleRegisterTest, SchoolManagesItsOwnPeopleAndDatesAreNormalised) {
  auto added = people_.Create(kSchoolA, Deputy("100001"));
  ASSERT_TRUE(added.ok()) << added.status();
  EXPECT_GT(added->id, 0);
  auto got = people_.Get(kSchoolA, std::to_string(added->id));
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->unavailable_dates, (std::vector<std::string>{"2027-05-04", "2027-05-05"}));
  PersonChanges change;
  change.email = "priya.shah@amberley.gloucs.sch.uk";
  EXPECT_TRUE(people_.Update(kSchoolA, std::to_string(added->id), change).ok());
}

TEST_F(PeopleRegisterTest, SchoolCannotReadOrChangeAnotherSchoolsPeople) {
  auto added = people_.Create(kCoordinator, Deputy("100001"));
  ASSERT_TRUE(added.ok());
  const std::string id = std::to_string(added->id);
  EXPECT_EQ(people_.Get(kSchoolB, id).status().code(), absl::StatusCode::kPermissionDenied);
  PeopleFilter of_a;
  of_a.school_urn = "100001";
  EXPECT_EQ(people_.List(kSchoolB, of_a).status().code(), absl::StatusCode::kPermissionDenied);
  PersonChanges change;
  change.email = "attacker@example.org";
  EXPECT_EQ(people_.Update(kSchoolB, id, change).status().code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(people_.Delete(kSchoolB, id).code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(people_.Create(kSchoolB, Deputy("100001")).status().code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(people_.Get(kCoordinator, id)->email, "p.shah@amberley.gloucs.sch.uk");
}

TEST_F(PeopleRegisterTest, InvalidPeopleAreRefusedNamingTheField) {
  Person p = Deputy("100001");
  p.email = "not an email";
  auto r = people_.Create(kCoordinator, p);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("person.email"), std::string::npos);

  p = Deputy("100001");
  p.unavailable_dates = {"2027-02-30"};
  r = people_.Create(kCoordinator, p);
  EXPECT_NE(r.status().message().find("person.unavailable_dates[0]"), std::string::npos);

  p = Deputy("100001");
  p.role = PersonRole::kGovernor;
  r = people_.Create(kCoordinator, p);
  EXPECT_NE(r.status().message().find("training_completed_on"), std::string::npos);

  p = Deputy("424242");
  EXPECT_EQ(people_.Create(kCoordinator, p).status().code(), absl::StatusCode::kNotFound);
  PeopleFilter everyone;
  EXPECT_EQ(people_.List(kCoordinator, everyone)->total_size, 0);
}

}  // namespace
}  // namespace partnership::registry
