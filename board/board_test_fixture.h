// For board tests: a scratch database with a primary, a secondary and a special member school
// (2026-27, active from 1 September 2026) and a primary that has not joined, each with a head
// and a governor; an LA officer and a diocesan representative; and the board services.
#ifndef PARTNERSHIP_BOARD_BOARD_TEST_FIXTURE_H_
#define PARTNERSHIP_BOARD_BOARD_TEST_FIXTURE_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "board/roster.h"
#include "board/seats.h"
#include "elections/board_elections.h"
#include "gtest/gtest.h"
#include "membership/agreements.h"
#include "membership/membership_register.h"
#include "registry/people_register.h"
#include "registry/school_register.h"
#include "storage/testing/scratch_database.h"

namespace partnership::board {

inline const access::Principal kCoordinator{"tok_c", access::AccessRole::kCoordinator, "", 0};
inline const access::Principal kBoardMember{"tok_b", access::AccessRole::kBoardMember, "", 0};
inline const access::Principal kSchool{"tok_s", access::AccessRole::kSchool, "100001", 0};
inline const access::Principal kReviewer{"tok_r", access::AccessRole::kReviewer, "100001", 0};

class BoardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<registry::School> schools = {
        School("100001", "Amberley Parochial School", registry::Phase::kPrimary),
        School("100002", "Chalford Hill Academy", registry::Phase::kSecondary),
        School("100003", "Dursley Park Special School", registry::Phase::kSpecial),
        School("100004", "Edge Village Primary", registry::Phase::kPrimary)};
    std::vector<registry::Person> people;
    for (const auto& s : schools) {
      people.push_back(Person(s.urn, registry::PersonRole::kHeadteacher, "Head", s.urn));
      people.push_back(Person(s.urn, registry::PersonRole::kGovernor, "Governor", s.urn));
    }
    people.push_back(Person("", registry::PersonRole::kLaOfficer, "Olive", "Officer"));
    people.push_back(Person("", registry::PersonRole::kDiocesanRepresentative, "Dora", "Diocese"));
    ASSERT_TRUE(schools_.LoadCounty(kCoordinator, schools, people).ok());
    for (const char* urn : {"100001", "100002", "100003"}) Join(urn);
    ASSERT_TRUE(seats_.InstallDefaults(kCoordinator).ok());
  }

  static registry::School School(const std::string& urn, const std::string& name,
                                 registry::Phase phase) {
    registry::School s;
    s.urn = urn;
    s.name = name;
    s.la_code = "916";
    s.la_name = "Gloucestershire";
    s.phase = phase;
    s.pupils = 200;
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

  // The id of the first person of `role` at `urn` ("" for people of no school).
  std::string IdOf(const std::string& urn, registry::PersonRole role) {
    registry::PeopleFilter f;
    f.school_urn = urn;
    f.role = role;
    f.page_size = 1000;
    auto page = people_.List(kCoordinator, f);
    EXPECT_TRUE(page.ok()) << page.status();
    for (const auto& p : page->people) {
      if (p.role == role && p.school_urn == urn) return absl::StrCat(p.id);
    }
    ADD_FAILURE() << "no " << registry::PersonRoleName(role) << " at " << urn;
    return "";
  }

  void Join(const std::string& urn) {
    membership::Application app;
    app.school_urn = urn;
    app.academic_year = "2026-27";
    app.applied_on = "2026-06-01";
    auto a = agreements_.Apply(kCoordinator, app);
    ASSERT_TRUE(a.ok()) << a.status();
    const std::string id = absl::StrCat(a->id);
    ASSERT_TRUE(agreements_.RecordGoverningBodyApproval(kCoordinator, id, "2026-06-20", "FGB 7").ok());
    auto s = agreements_.Sign(kCoordinator, id, IdOf(urn, registry::PersonRole::kHeadteacher),
                              "2026-07-01");
    ASSERT_TRUE(s.ok()) << s.status();
  }

  FillRequest Fill(const std::string& seat, const std::string& person, const std::string& from,
                   const std::string& election = "") {
    FillRequest r;
    r.seat_key = seat;
    r.person_id = person;
    r.from_date = from;
    r.election_reference = election;
    return r;
  }

  // Runs an uncontested all-members election for `seat` with person `person` standing
  // (elected without a poll) and, if `publish`, publishes it. Returns its id.
  std::string Won(const std::string& person, const std::string& seat, bool publish = true) {
    elections::NewElection spec;
    spec.title = absl::StrCat("Election for ", seat);
    spec.method = elections::CountMethod::kPlurality;
    spec.seats = 1;
    spec.constituency = elections::Constituency::kAllMembers;
    spec.seat = seat;
    auto e = elections_.Create(kCoordinator, spec);
    EXPECT_TRUE(e.ok()) << e.status();
    const std::string id = absl::StrCat(e->id);
    EXPECT_TRUE(elections_.OpenNominations(kCoordinator, id).ok());
    auto n = elections_.Nominate(kCoordinator, id, person);
    EXPECT_TRUE(n.ok()) << n.status();
    EXPECT_TRUE(elections_.OpenVoting(kCoordinator, id, "").ok());
    if (publish) {
      EXPECT_TRUE(elections_.Publish(kCoordinator, id).ok());
    }
    return id;
  }

  storage::ScratchDatabase scratch_;
  registry::SchoolRegister schools_{scratch_.db()};
  registry::PeopleRegister people_{scratch_.db()};
  membership::Agreements agreements_{scratch_.db()};
  membership::MembershipRegister members_{scratch_.db()};
  Seats seats_{scratch_.db()};
  Roster roster_{scratch_.db(), members_};
  elections::BoardElections elections_{
      scratch_.db(), members_, [] {
        return absl::FromCivil(absl::CivilSecond(2026, 11, 22, 10, 0, 0), absl::UTCTimeZone());
      }};
};

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_BOARD_TEST_FIXTURE_H_
