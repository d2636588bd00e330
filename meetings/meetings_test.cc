// General meetings end to end through the domain: attendance, proxies, votes, results and
// minutes over a scratch database of six schools, five of them active members.
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
namespace {

using access::AccessRole;
using access::Principal;

const Principal kCoordinator{"tok_c", AccessRole::kCoordinator, "", 0};
const Principal kBoard{"tok_board", AccessRole::kBoardMember, "", 0};
const Principal kReviewer{"tok_r", AccessRole::kReviewer, "100001", 0};
Principal SchoolToken(const std::string& urn) {
  return Principal{absl::StrCat("tok_", urn), AccessRole::kSchool, urn, 0};
}

// A..E are active members from 2026-07-01; F never joined.
const char* const kA = "100001";
const char* const kB = "100002";
const char* const kC = "100003";
const char* const kD = "100004";
const char* const kE = "100005";
const char* const kF = "100006";

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

TEST_F(MeetingsTest, SpecialMotionPassesOnlyBecauseTheProxiesAreCounted) {
  const std::string meeting = CreateMeeting(4);
  const std::string motion = AddMotion(meeting, MotionKind::kSpecial, Ballot::kRecorded);
  // C gives the chair a discretionary proxy; D directs school A's representative to vote FOR.
  ASSERT_TRUE(proxies_.Appoint(SchoolToken(kC), ToChair(meeting, kC)).ok());
  ProxyAppointment directed;
  directed.meeting_id = meeting;
  directed.school_urn = kD;
  directed.holder_urn = kA;
  directed.kind = ProxyKind::kDirected;
  directed.directions = {{motion, VoteChoice::kFor}};
  auto d = proxies_.Appoint(SchoolToken(kD), directed);
  ASSERT_TRUE(d.ok()) << d.status();
  Attend(meeting, kA);
  Attend(meeting, kB);
  auto opened = meetings_.Open(kCoordinator, meeting);
  ASSERT_TRUE(opened.ok()) << opened.status();
  EXPECT_EQ(opened->attendance.voting_members, 5);
  EXPECT_EQ(opened->attendance.present, 2);
  EXPECT_EQ(opened->attendance.by_proxy, 2);
  EXPECT_TRUE(opened->attendance.quorate());

  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  ASSERT_TRUE(Vote(SchoolToken(kA), motion, kA, VoteChoice::kFor).ok());
  ASSERT_TRUE(Vote(SchoolToken(kB), motion, kB, VoteChoice::kAgainst).ok());
  auto chair_vote = voting_.Cast(kCoordinator, VoteRequest{motion, kC, VoteChoice::kFor});
  ASSERT_TRUE(chair_vote.ok()) << chair_vote.status();
  EXPECT_TRUE(chair_vote->by_proxy);
  EXPECT_EQ(chair_vote->cast_by, "the chair");
  // A may not cast D's directed vote itself: it is cast when the motion closes.
  EXPECT_EQ(Vote(SchoolToken(kA), motion, kD, VoteChoice::kAgainst).code(),
            absl::StatusCode::kFailedPrecondition);

  auto closed = motions_.Close(kCoordinator, motion);
  ASSERT_TRUE(closed.ok()) << closed.status();
  ASSERT_TRUE(closed->result.has_value());
  // Without the proxies: 1 for, 1 against, 2 present of 4 needed. With them: 3 of 4 (75%).
  EXPECT_EQ(closed->result->votes_for, 3);
  EXPECT_EQ(closed->result->votes_against, 1);
  EXPECT_EQ(closed->result->outcome, Outcome::kPassed) << closed->result->explanation;
  ASSERT_EQ(closed->recorded_votes.size(), 4u);
  EXPECT_EQ(closed->recorded_votes[3].school_urn, kD);
  EXPECT_TRUE(closed->recorded_votes[3].by_proxy);
  EXPECT_EQ(closed->recorded_votes[3].cast_by, kA);
}

TEST_F(MeetingsTest, SecondBallotFromTheSameSchoolIsRefusedAndNothingChanges) {
  const std::string meeting = CreateMeeting(1);
  const std::string motion = AddMotion(meeting, MotionKind::kOrdinary, Ballot::kSecret);
  Attend(meeting, kA);
  ASSERT_TRUE(meetings_.Open(kCoordinator, meeting).ok());
  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  ASSERT_TRUE(Vote(SchoolToken(kA), motion, kA, VoteChoice::kFor).ok());
  absl::Status again = Vote(SchoolToken(kA), motion, kA, VoteChoice::kAgainst);
  EXPECT_EQ(again.code(), absl::StatusCode::kAlreadyExists);
  EXPECT_NE(again.message().find(kA), std::string::npos) << again;
  EXPECT_NE(again.message().find(absl::StrCat("motion ", motion)), std::string::npos) << again;
  // The coordinator retrying on the school's behalf is refused too.
  EXPECT_EQ(Vote(kCoordinator, motion, kA, VoteChoice::kFor).code(),
            absl::StatusCode::kAlreadyExists);
  auto m = motions_.Get(kBoard, motion);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->votes_for, 1);
  EXPECT_EQ(m->votes_against, 0);
  EXPECT_EQ(m->schools_voted, 1);
}

TEST_F(MeetingsTest, SecretMotionStoresNoChoiceBesideTheSchool) {
  const std::string meeting = CreateMeeting(1);
  const std::string motion = AddMotion(meeting, MotionKind::kOrdinary, Ballot::kSecret);
  Attend(meeting, kA);
  Attend(meeting, kB);
  ASSERT_TRUE(meetings_.Open(kCoordinator, meeting).ok());
  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  ASSERT_TRUE(Vote(SchoolToken(kA), motion, kA, VoteChoice::kFor).ok());
  ASSERT_TRUE(Vote(SchoolToken(kB), motion, kB, VoteChoice::kAgainst).ok());
  auto closed = motions_.Close(kCoordinator, motion);
  ASSERT_TRUE(closed.ok());
  EXPECT_TRUE(closed->recorded_votes.empty());
  EXPECT_EQ(closed->result->outcome, Outcome::kFailed);  // 1 for, 1 against: a tie

  SQLite::Database raw(scratch_.path(), SQLite::OPEN_READONLY);
  SQLite::Statement voters(raw, "SELECT school_urn, choice FROM motion_voters ORDER BY 1");
  int rows = 0;
  while (voters.executeStep()) {
    ++rows;
    EXPECT_EQ(voters.getColumn(1).getString(), "") << voters.getColumn(0).getString();
  }
  EXPECT_EQ(rows, 2);
  SQLite::Statement audit(raw, "SELECT detail FROM audit_log WHERE action = 'motion.vote'");
  while (audit.executeStep()) {
    const std::string detail = audit.getColumn(0).getString();
    EXPECT_EQ(detail.find("FOR"), std::string::npos) << detail;
    EXPECT_EQ(detail.find("AGAINST"), std::string::npos) << detail;
  }
}

TEST_F(MeetingsTest, MotionIsNotQuorateWithoutEnoughSchoolsAndTheMinutesSaySo) {
  const std::string meeting = CreateMeeting(3);
  const std::string motion = AddMotion(meeting, MotionKind::kOrdinary, Ballot::kRecorded);
  Attend(meeting, kA);
  Attend(meeting, kB);
  ASSERT_TRUE(meetings_.Open(kCoordinator, meeting).ok());
  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  ASSERT_TRUE(Vote(SchoolToken(kA), motion, kA, VoteChoice::kFor).ok());
  ASSERT_TRUE(Vote(SchoolToken(kB), motion, kB, VoteChoice::kFor).ok());
  auto closed = motions_.Close(kCoordinator, motion);
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->result->outcome, Outcome::kNotQuorate);
  ASSERT_TRUE(meetings_.Close(kCoordinator, meeting).ok());
  auto minutes = minutes_.Get(SchoolToken(kE), meeting);
  ASSERT_TRUE(minutes.ok()) << minutes.status();
  EXPECT_FALSE(minutes->meeting.attendance.quorate());
  EXPECT_EQ(minutes->present.size(), 2u);
  ASSERT_EQ(minutes->motions.size(), 1u);
  EXPECT_NE(minutes->motions[0].result->explanation.find("Not quorate"), std::string::npos);
  EXPECT_NE(minutes->abstention_rule.find("not votes cast"), std::string::npos);
}

TEST_F(MeetingsTest, VotesAreRefusedFromNonMembersAbsentSchoolsAndOnClosedMotions) {
  const std::string meeting = CreateMeeting(1);
  const std::string motion = AddMotion(meeting, MotionKind::kOrdinary, Ballot::kRecorded);
  // F never joined: it may not even register.
  EXPECT_EQ(meetings_.RegisterAttendance(SchoolToken(kF), meeting, kF).status().code(),
            absl::StatusCode::kFailedPrecondition);
  Attend(meeting, kA);
  ASSERT_TRUE(meetings_.Open(kCoordinator, meeting).ok());
  EXPECT_EQ(Vote(SchoolToken(kA), motion, kA, VoteChoice::kFor).code(),
            absl::StatusCode::kFailedPrecondition);  // still DRAFT
  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  EXPECT_EQ(Vote(SchoolToken(kF), motion, kF, VoteChoice::kFor).code(),
            absl::StatusCode::kFailedPrecondition);  // not a member
  EXPECT_EQ(Vote(SchoolToken(kB), motion, kB, VoteChoice::kFor).code(),
            absl::StatusCode::kFailedPrecondition);  // not present
  EXPECT_EQ(Vote(SchoolToken(kA), motion, kB, VoteChoice::kFor).code(),
            absl::StatusCode::kPermissionDenied);  // A holds no proxy for B
  EXPECT_EQ(Vote(kBoard, motion, kA, VoteChoice::kFor).code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(Vote(SchoolToken(kA), motion, kA, VoteChoice::kUnspecified).code(),
            absl::StatusCode::kInvalidArgument);
  // A meeting does not close over an open motion.
  EXPECT_EQ(meetings_.Close(kCoordinator, meeting).status().code(),
            absl::StatusCode::kFailedPrecondition);
  ASSERT_TRUE(motions_.Close(kCoordinator, motion).ok());
  EXPECT_EQ(Vote(SchoolToken(kA), motion, kA, VoteChoice::kFor).code(),
            absl::StatusCode::kFailedPrecondition);  // closed
}

TEST_F(MeetingsTest, ProxyRulesAreEnforced) {
  const std::string meeting = CreateMeeting(1);
  const std::string motion = AddMotion(meeting, MotionKind::kOrdinary, Ballot::kRecorded);
  ProxyAppointment self;
  self.meeting_id = meeting;
  self.school_urn = kB;
  self.holder_urn = kB;
  self.kind = ProxyKind::kDiscretionary;
  EXPECT_EQ(proxies_.Appoint(SchoolToken(kB), self).status().code(),
            absl::StatusCode::kInvalidArgument);
  ProxyAppointment to_f = self;
  to_f.holder_urn = kF;
  EXPECT_EQ(proxies_.Appoint(SchoolToken(kB), to_f).status().code(),
            absl::StatusCode::kFailedPrecondition);  // F is not a member
  EXPECT_EQ(proxies_.Appoint(SchoolToken(kA), ToChair(meeting, kB)).status().code(),
            absl::StatusCode::kPermissionDenied);  // A does not act for B
  ASSERT_TRUE(proxies_.Appoint(SchoolToken(kB), ToChair(meeting, kB)).ok());
  ProxyAppointment to_c = self;
  to_c.holder_urn = kC;
  auto replaced = proxies_.Appoint(SchoolToken(kB), to_c);  // replaced before the meeting opens
  ASSERT_TRUE(replaced.ok()) << replaced.status();
  EXPECT_EQ(replaced->holder_urn, kC);
  auto listed = proxies_.List(kBoard, meeting, 0, "");
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->proxies.size(), 1u);
  ASSERT_TRUE(meetings_.Open(kCoordinator, meeting).ok());
  EXPECT_EQ(proxies_.Appoint(SchoolToken(kB), ToChair(meeting, kB)).status().code(),
            absl::StatusCode::kFailedPrecondition);  // no replacing once open
  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  EXPECT_EQ(proxies_.Appoint(SchoolToken(kD), ToChair(meeting, kD)).status().code(),
            absl::StatusCode::kFailedPrecondition);  // voting has begun
}

TEST_F(MeetingsTest, DirectedProxyIsNotCastWhenTheSchoolAttendsAndVotesItself) {
  const std::string meeting = CreateMeeting(1);
  const std::string motion = AddMotion(meeting, MotionKind::kOrdinary, Ballot::kRecorded);
  ProxyAppointment directed = ToChair(meeting, kB);
  directed.kind = ProxyKind::kDirected;
  directed.directions = {{motion, VoteChoice::kFor}};
  ASSERT_TRUE(proxies_.Appoint(SchoolToken(kB), directed).ok());
  Attend(meeting, kB);
  ASSERT_TRUE(meetings_.Open(kCoordinator, meeting).ok());
  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  ASSERT_TRUE(Vote(SchoolToken(kB), motion, kB, VoteChoice::kAgainst).ok());
  auto closed = motions_.Close(kCoordinator, motion);
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->result->votes_for, 0);
  EXPECT_EQ(closed->result->votes_against, 1);
  EXPECT_EQ(closed->result->outcome, Outcome::kFailed);
}

TEST_F(MeetingsTest, ProxiesAndMotionsComePageByPageAndSchoolsSeeOnlyTheirOwnProxies) {
  const std::string meeting = CreateMeeting(1);
  for (int i = 0; i < 3; ++i) AddMotion(meeting, MotionKind::kOrdinary, Ballot::kRecorded);
  for (const char* urn : {kB, kC, kD}) {
    ASSERT_TRUE(proxies_.Appoint(SchoolToken(urn), ToChair(meeting, urn)).ok());
  }
  auto first = proxies_.List(kCoordinator, meeting, 2, "");
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_EQ(first->proxies.size(), 2u);
  EXPECT_EQ(first->next_page_token, kC);
  auto second = proxies_.List(kCoordinator, meeting, 2, first->next_page_token);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->proxies.size(), 1u);
  EXPECT_EQ(second->proxies[0].school_urn, kD);
  EXPECT_EQ(second->next_page_token, "");
  auto own = proxies_.List(SchoolToken(kC), meeting, 0, "");
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->proxies.size(), 1u);
  EXPECT_EQ(own->proxies[0].school_urn, kC);
  EXPECT_EQ(proxies_.List(kCoordinator, meeting, -1, "").status().code(),
            absl::StatusCode::kInvalidArgument);

  auto motions = motions_.List(kBoard, meeting, 2, "");
  ASSERT_TRUE(motions.ok());
  EXPECT_EQ(motions->total_size, 3);
  ASSERT_EQ(motions->motions.size(), 2u);
  auto rest = motions_.List(kBoard, meeting, 2, motions->next_page_token);
  ASSERT_TRUE(rest.ok());
  ASSERT_EQ(rest->motions.size(), 1u);
  EXPECT_EQ(rest->motions[0].number, 3);
  EXPECT_EQ(motions_.List(kBoard, meeting, 0, "x").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(MeetingsTest, DirectedProxyIsNotCastWhenItsHolderStaysAway) {
  const std::string meeting = CreateMeeting(1);
  const std::string motion = AddMotion(meeting, MotionKind::kOrdinary, Ballot::kRecorded);
  ProxyAppointment directed;
  directed.meeting_id = meeting;
  directed.school_urn = kD;
  directed.holder_urn = kE;  // E never registers present
  directed.kind = ProxyKind::kDirected;
  directed.directions = {{motion, VoteChoice::kFor}};
  ASSERT_TRUE(proxies_.Appoint(SchoolToken(kD), directed).ok());
  Attend(meeting, kA);
  auto opened = meetings_.Open(kCoordinator, meeting);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(opened->attendance.by_proxy, 0);  // an absent holder represents no one
  ASSERT_TRUE(motions_.Open(kCoordinator, motion).ok());
  ASSERT_TRUE(Vote(SchoolToken(kA), motion, kA, VoteChoice::kAgainst).ok());
  auto closed = motions_.Close(kCoordinator, motion);
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->result->votes_for, 0);
  EXPECT_EQ(closed->result->votes_against, 1);
  EXPECT_EQ(closed->result->outcome, Outcome::kFailed);
}

TEST_F(MeetingsTest, OnlyTheCoordinatorRunsMeetingsAndReviewersReadNothing) {
  NewMeeting m;
  m.kind = MeetingKind::kGeneral;
  m.title = "Extraordinary meeting";
  m.date = "2026-12-10";
  m.chair_person_id = chair_;
  m.quorum.fraction = {1, 4};
  EXPECT_EQ(meetings_.Create(kBoard, m).status().code(), absl::StatusCode::kPermissionDenied);
  auto created = meetings_.Create(kCoordinator, m);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->attendance.quorum_required, 2);  // a quarter of 5, rounded up
  const std::string id = absl::StrCat(created->id);
  EXPECT_EQ(meetings_.Get(kReviewer, id).status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(meetings_.Open(SchoolToken(kA), id).status().code(),
            absl::StatusCode::kPermissionDenied);
  m.date = "2026-13-01";
  EXPECT_EQ(meetings_.Create(kCoordinator, m).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(meetings_.Get(kBoard, "999").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace partnership::meetings
