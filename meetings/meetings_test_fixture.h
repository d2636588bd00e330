// For the meeting tests (meetings_test.cc, proxies_test.cc): a scratch database with five
// member schools A..E (active from 2026-07-01) and one that never joined (F), each with a
// head, and the meeting services over them.
#ifndef PARTNERSHIP_MEETINGS_MEETINGS_TEST_FIXTURE_H_
#define PARTNERSHIP_MEETINGS_MEETINGS_TEST_FIXTURE_H_

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "meetings/meetings.h"
#include "meetings/minutes.h"
#include "meetings/motions.h"
#include "meetings/proxies.h"
#include "meetings/voting.h"
#include "membership/agreements.h"
#include "membership/membership_register.h"
#include "registry/people_register.h"
#include "registry/school_register.h"
#include "storage/testing/scratch_database.h"

namespace partnership::meetings {

using access::AccessRole;
using access::Principal;

inline const Principal kCoordinator{"tok_c", AccessRole::kCoordinator, "", 0};
inline const Principal kBoard{"tok_board", AccessRole::kBoardMember, "", 0};
inline const Principal kReviewer{"tok_r", AccessRole::kReviewer, "100001", 0};
inline Principal SchoolToken(const std::string& urn) {
  return Principal{absl::StrCat("tok_", urn), AccessRole::kSchool, urn, 0};
}

// A..E are active members from 2026-07-01; F never joined.
inline const char* const kA = "100001";
inline const char* const kB = "100002";
inline const char* const kC = "100003";
inline const char* const kD = "100004";
inline const char* const kE = "100005";
inline const char* const kF = "100006";

class MeetingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<registry::School> schools;
    std::vector<registry::Person> people;
    for (const char* urn : {kA, kB, kC, kD, kE, kF}) {
      registry::School s;
      s.urn = urn;
      s.name = absl::StrCat("School ", urn);
      s.la_code = "916";
      s.la_name = "Gloucestershire";
      s.phase = registry::Phase::kPrimary;
      s.pupils = 200;
      s.district = "Stroud";
      schools.push_back(s);
      registry::Person p;
      p.school_urn = urn;
      p.role = registry::PersonRole::kHeadteacher;
      p.given_name = "Head";
      p.family_name = urn;
      p.email = absl::StrCat("head", urn, "@example.sch.uk");
      people.push_back(p);
    }
    ASSERT_TRUE(schools_.LoadCounty(kCoordinator, schools, people).ok());
    for (const char* urn : {kA, kB, kC, kD, kE}) MakeActive(urn);
    chair_ = HeadOf(kA);
  }

  std::string HeadOf(const std::string& urn) {
    registry::PeopleFilter f;
    f.school_urn = urn;
    auto page = people_.List(kCoordinator, f);
    EXPECT_TRUE(page.ok() && !page->people.empty());
    return absl::StrCat(page->people.at(0).id);
  }

  void MakeActive(const std::string& urn) {
    membership::Application app;
    app.school_urn = urn;
    app.academic_year = "2026-27";
    app.applied_on = "2026-06-01";
    auto a = agreements_.Apply(kCoordinator, app);
    ASSERT_TRUE(a.ok()) << a.status();
    const std::string id = absl::StrCat(a->id);
    ASSERT_TRUE(agreements_.RecordGoverningBodyApproval(kCoordinator, id, "2026-06-20", "FGB 7")
                    .ok());
    ASSERT_TRUE(agreements_.Sign(kCoordinator, id, HeadOf(urn), "2026-07-01").ok());
  }

  std::string CreateMeeting(int quorum_schools) {
    NewMeeting m;
    m.kind = MeetingKind::kAgm;
    m.title = "Annual general meeting 2026";
    m.date = "2026-12-10";
    m.chair_person_id = chair_;
    m.quorum.schools = quorum_schools;
    auto created = meetings_.Create(kCoordinator, m);
    EXPECT_TRUE(created.ok()) << created.status();
    return absl::StrCat(created->id);
  }

  std::string AddMotion(const std::string& meeting, MotionKind kind, Ballot ballot,
                        const std::string& text = "That the partnership adopts the plan") {
    NewMotion m;
    m.meeting_id = meeting;
    m.text = text;
    m.kind = kind;
    m.ballot = ballot;
    auto added = motions_.Add(kCoordinator, m);
    EXPECT_TRUE(added.ok()) << added.status();
    return absl::StrCat(added->id);
  }

  void Attend(const std::string& meeting, const std::string& urn) {
    auto r = meetings_.RegisterAttendance(SchoolToken(urn), meeting, urn);
    ASSERT_TRUE(r.ok()) << r.status();
  }

  absl::Status Vote(const Principal& who, const std::string& motion, const std::string& urn,
                    VoteChoice choice) {
    return voting_.Cast(who, VoteRequest{motion, urn, choice}).status();
  }

  ProxyAppointment ToChair(const std::string& meeting, const std::string& urn) {
    ProxyAppointment a;
    a.meeting_id = meeting;
    a.school_urn = urn;
    a.chair = true;
    a.kind = ProxyKind::kDiscretionary;
    return a;
  }

  storage::ScratchDatabase scratch_;
  registry::SchoolRegister schools_{scratch_.db()};
  registry::PeopleRegister people_{scratch_.db()};
  membership::Agreements agreements_{scratch_.db()};
  membership::MembershipRegister register_{scratch_.db()};
  Meetings meetings_{scratch_.db(), register_};
  Motions motions_{scratch_.db()};
  Voting voting_{scratch_.db()};
  Proxies proxies_{scratch_.db(), register_};
  MeetingMinutes minutes_{scratch_.db(), register_};
  std::string chair_;
};

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_MEETINGS_TEST_FIXTURE_H_
