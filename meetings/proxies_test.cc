// Proxies: who may hold them, directed and discretionary, and when they are cast.
#include "gtest/gtest.h"
#include "meetings/meetings_test_fixture.h"

namespace partnership::meetings {
namespace {

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

}  // namespace
}  // namespace partnership::meetings
