// For membership tests: a scratch database with four schools (two open primaries with a
// head and a deputy each, an open secondary with no pupil figure, a closed school), the
// agreement text version 1 that comes with the schema, and the membership services over them.
#ifndef PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_TEST_FIXTURE_H_
#define PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_TEST_FIXTURE_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "membership/agreement_texts.h"
#include "membership/agreements.h"
#include "membership/contributions.h"
#include "membership/membership_register.h"
#include "registry/people_register.h"
#include "registry/school_register.h"
#include "storage/testing/scratch_database.h"

namespace partnership::membership {

inline const access::Principal kCoordinator{"tok_c", access::AccessRole::kCoordinator, "", 0};
inline const access::Principal kSchoolA{"tok_a", access::AccessRole::kSchool, "100001", 0};
inline const access::Principal kSchoolB{"tok_b", access::AccessRole::kSchool, "100002", 0};
inline const access::Principal kBoard{"tok_board", access::AccessRole::kBoardMember, "", 0};
inline const access::Principal kOfficer{"tok_la", access::AccessRole::kLaOfficer, "", 0};
inline const access::Principal kReviewer{"tok_r", access::AccessRole::kReviewer, "100001", 0};

class MembershipTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<registry::School> schools = {
        School("100001", "Amberley Parochial School", registry::Phase::kPrimary, 150),
        School("100002", "Bisley Blue Coat Primary", registry::Phase::kPrimary, 320),
        School("100003", "Chalford Hill Academy", registry::Phase::kSecondary, std::nullopt),
        School("100004", "Dursley Old School", registry::Phase::kPrimary, 90)};
    schools[3].status = registry::SchoolStatus::kClosed;
    std::vector<registry::Person> people = {
        Person("100001", registry::PersonRole::kHeadteacher, "Ada", "Lovelace"),
        Person("100001", registry::PersonRole::kDeputyHead, "Tom", "Baker"),
        Person("100002", registry::PersonRole::kHeadteacher, "Grace", "Hopper"),
        Person("100002", registry::PersonRole::kDeputyHead, "Alan", "Turing")};
    ASSERT_TRUE(schools_.LoadCounty(kCoordinator, schools, people).ok());
    head_a_ = IdOf("100001", registry::PersonRole::kHeadteacher);
    deputy_a_ = IdOf("100001", registry::PersonRole::kDeputyHead);
    head_b_ = IdOf("100002", registry::PersonRole::kHeadteacher);
  }

  static registry::School School(const std::string& urn, const std::string& name,
                                 registry::Phase phase, std::optional<int> pupils) {
    registry::School s;
    s.urn = urn;
    s.name = name;
    s.la_code = "916";
    s.la_name = "Gloucestershire";
    s.phase = phase;
    s.pupils = pupils;
    s.district = "Stroud";
    return s;
  }

  static registry::Person Person(const std::string& urn, registry::PersonRole role,
                                 const std::string& given, const std::string& family) {
    registry::Person p;
    p.school_urn = urn;
    p.role = role;
    p.given_name = given;
    p.family_name = family;
    p.email = absl::StrCat(given, ".", family, "@example.sch.uk");
    return p;
  }

  std::string IdOf(const std::string& urn, registry::PersonRole role) {
    registry::PeopleFilter f;
    f.school_urn = urn;
    f.role = role;
    auto page = people_.List(kCoordinator, f);
    EXPECT_TRUE(page.ok() && !page->people.empty());
    return absl::StrCat(page->people.at(0).id);
  }

  Application For(const std::string& urn, const std::string& year = "2026-27",
                  const std::string& on = "2026-06-01") {
    Application app;
    app.school_urn = urn;
    app.academic_year = year;
    app.applied_on = on;
    return app;
  }

  // Applies, approves and signs for school `urn` in 2026-27 as the coordinator; returns the
  // agreement's id.
  std::string MakeActive(const std::string& urn, const std::string& head) {
    auto applied = agreements_.Apply(kCoordinator, For(urn));
    EXPECT_TRUE(applied.ok()) << applied.status();
    const std::string id = absl::StrCat(applied->id);
    auto approved =
        agreements_.RecordGoverningBodyApproval(kCoordinator, id, "2026-06-20", "FGB item 7");
    EXPECT_TRUE(approved.ok()) << approved.status();
    auto signed_ = agreements_.Sign(kCoordinator, id, head, "2026-07-01");
    EXPECT_TRUE(signed_.ok()) << signed_.status();
    return id;
  }

  storage::ScratchDatabase scratch_;
  registry::SchoolRegister schools_{scratch_.db()};
  registry::PeopleRegister people_{scratch_.db()};
  AgreementTexts texts_{scratch_.db()};
  Agreements agreements_{scratch_.db()};
  Contributions contributions_{scratch_.db()};
  MembershipRegister register_{scratch_.db()};
  std::string head_a_, deputy_a_, head_b_;
};

// The status code of a StatusOr or Status, for EXPECT_EQ.
template <typename T>
absl::StatusCode CodeOf(const absl::StatusOr<T>& r) {
  return r.status().code();
}
inline absl::StatusCode CodeOf(const absl::Status& s) { return s.code(); }

}  // namespace partnership::membership

#endif  // PARTNERSHIP_MEMBERSHIP_MEMBERSHIP_TEST_FIXTURE_H_
