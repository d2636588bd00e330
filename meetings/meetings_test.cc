// General meetings end to end through the domain: attendance, proxies, votes, results and
// minutes over a scratch database of six schools, five of them active members.
#include "gtest/gtest.h"
#include "meetings/meetings_test_fixture.h"

namespace partnership::meetings {
namespace {

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
