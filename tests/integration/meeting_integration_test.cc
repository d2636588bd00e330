// MeetingService through the generated client against the real server, over the demo county
// (about 276 active member schools on the meeting date).
#include <gtest/gtest.h>

#include "partnership/v1/admin.grpc.pb.h"
#include "partnership/v1/meetings.grpc.pb.h"
#include "partnership/v1/membership.grpc.pb.h"
#include "partnership/v1/registry.grpc.pb.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

class MeetingIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    meetings_ = v1::MeetingService::NewStub(server_.channel());
    auto admin = v1::AdminService::NewStub(server_.channel());
    v1::SeedDemoRequest seed;
    seed.set_seed(1);
    v1::SeedDemoResponse seeded;
    grpc::Status s = admin->SeedDemo(Coordinator().get(), seed, &seeded);
    ASSERT_TRUE(s.ok()) << s.error_message();

    auto membership = v1::MembershipService::NewStub(server_.channel());
    v1::ListMembershipRequest list;
    list.set_academic_year("2026-27");
    list.set_status(v1::MEMBERSHIP_STATUS_ACTIVE);
    list.set_page_size(10);
    v1::ListMembershipResponse members;
    s = membership->ListMembership(Coordinator().get(), list, &members);
    ASSERT_TRUE(s.ok()) << s.error_message();
    ASSERT_GE(members.entries_size(), 6);
    for (int i = 0; i < 6; ++i) {
      urns_.push_back(members.entries(i).school_urn());
      tokens_.push_back(server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, urns_.back()));
    }
    auto registry = v1::RegistryService::NewStub(server_.channel());
    v1::ListPeopleRequest people_req;
    people_req.set_page_size(1);
    v1::ListPeopleResponse people;
    ASSERT_TRUE(registry->ListPeople(Coordinator().get(), people_req, &people).ok());
    ASSERT_GE(people.people_size(), 1);
    chair_ = people.people(0).id();
    board_ = server_.IssueToken(v1::ACCESS_ROLE_BOARD_MEMBER);
  }

  std::unique_ptr<grpc::ClientContext> Coordinator() {
    return TestServer::Context(server_.coordinator_token());
  }

  v1::Meeting CreateMeeting(int quorum) {
    v1::CreateMeetingRequest req;
    req.mutable_meeting()->set_kind(v1::MEETING_KIND_AGM);
    req.mutable_meeting()->set_title("Annual general meeting 2026");
    req.mutable_meeting()->set_date("2026-12-10");
    req.mutable_meeting()->set_chair_person_id(chair_);
    req.mutable_meeting()->set_quorum_schools(quorum);
    v1::Meeting m;
    grpc::Status s = meetings_->CreateMeeting(Coordinator().get(), req, &m);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return m;
  }

  v1::Motion AddMotion(const std::string& meeting, v1::MotionKind kind, v1::Ballot ballot) {
    v1::CreateMotionRequest req;
    req.mutable_motion()->set_meeting_id(meeting);
    req.mutable_motion()->set_text("That the partnership adopts the peer review framework");
    req.mutable_motion()->set_kind(kind);
    req.mutable_motion()->set_ballot(ballot);
    v1::Motion m;
    grpc::Status s = meetings_->CreateMotion(Coordinator().get(), req, &m);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return m;
  }

  grpc::Status Attend(int i, const std::string& meeting) {
    v1::RegisterAttendanceRequest req;
    req.set_meeting_id(meeting);
    req.set_school_urn(urns_[i]);
    v1::Meeting out;
    return meetings_->RegisterAttendance(TestServer::Context(tokens_[i]).get(), req, &out);
  }

  grpc::Status Vote(const std::string& token, const std::string& motion, const std::string& urn,
                    v1::VoteChoice choice) {
    v1::CastVoteRequest req;
    req.set_motion_id(motion);
    req.set_school_urn(urn);
    req.set_choice(choice);
    v1::VoteReceipt receipt;
    return meetings_->CastVote(TestServer::Context(token).get(), req, &receipt);
  }

  grpc::Status Appoint(int i, const std::string& meeting, const std::string& holder,
                       v1::ProxyKind kind, const std::string& motion = "",
                       v1::VoteChoice choice = v1::VOTE_CHOICE_UNSPECIFIED) {
    v1::AppointProxyRequest req;
    req.mutable_proxy()->set_meeting_id(meeting);
    req.mutable_proxy()->set_school_urn(urns_[i]);
    if (holder.empty()) {
      req.mutable_proxy()->set_chair(true);
    } else {
      req.mutable_proxy()->set_holder_urn(holder);
    }
    req.mutable_proxy()->set_kind(kind);
    if (!motion.empty()) {
      v1::ProxyDirection* d = req.mutable_proxy()->add_directions();
      d->set_motion_id(motion);
      d->set_choice(choice);
    }
    v1::Proxy out;
    return meetings_->AppointProxy(TestServer::Context(tokens_[i]).get(), req, &out);
  }

  TestServer server_;
  std::unique_ptr<v1::MeetingService::Stub> meetings_;
  std::vector<std::string> urns_, tokens_;
  std::string chair_, board_;
};

TEST_F(MeetingIntegrationTest, SpecialMotionWithProxiesPassesAndTheMinutesShowIt) {
  v1::Meeting meeting = CreateMeeting(5);
  EXPECT_GT(meeting.attendance().voting_members(), 200);
  v1::Motion special = AddMotion(meeting.id(), v1::MOTION_KIND_SPECIAL, v1::BALLOT_RECORDED);
  EXPECT_EQ(special.threshold().numerator(), 3);
  EXPECT_EQ(special.threshold().denominator(), 4);
  for (int i : {0, 1, 2}) ASSERT_TRUE(Attend(i, meeting.id()).ok());
  ASSERT_TRUE(Appoint(3, meeting.id(), "", v1::PROXY_KIND_DISCRETIONARY).ok());
  grpc::Status s = Appoint(4, meeting.id(), urns_[0], v1::PROXY_KIND_DIRECTED, special.id(),
                           v1::VOTE_CHOICE_FOR);
  ASSERT_TRUE(s.ok()) << s.error_message();

  v1::OpenMeetingRequest open;
  open.set_id(meeting.id());
  ASSERT_TRUE(meetings_->OpenMeeting(Coordinator().get(), open, &meeting).ok());
  EXPECT_EQ(meeting.attendance().present(), 3);
  EXPECT_EQ(meeting.attendance().by_proxy(), 2);
  EXPECT_TRUE(meeting.attendance().quorate());

  v1::OpenMotionRequest put;
  put.set_id(special.id());
  ASSERT_TRUE(meetings_->OpenMotion(Coordinator().get(), put, &special).ok());
  ASSERT_TRUE(Vote(tokens_[0], special.id(), urns_[0], v1::VOTE_CHOICE_FOR).ok());
  ASSERT_TRUE(Vote(tokens_[1], special.id(), urns_[1], v1::VOTE_CHOICE_FOR).ok());
  ASSERT_TRUE(Vote(tokens_[2], special.id(), urns_[2], v1::VOTE_CHOICE_AGAINST).ok());
  // The chair's discretionary proxy, cast by the coordinator.
  s = Vote(server_.coordinator_token(), special.id(), urns_[3], v1::VOTE_CHOICE_FOR);
  ASSERT_TRUE(s.ok()) << s.error_message();
  // A retried vote is refused, whoever sends it.
  grpc::Status again = Vote(tokens_[2], special.id(), urns_[2], v1::VOTE_CHOICE_FOR);
  EXPECT_EQ(again.error_code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_NE(again.error_message().find(urns_[2]), std::string::npos);
  // A school voting for one whose proxy it does not hold.
  EXPECT_EQ(Vote(tokens_[1], special.id(), urns_[5], v1::VOTE_CHOICE_FOR).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  v1::CloseMotionRequest close;
  close.set_id(special.id());
  ASSERT_TRUE(meetings_->CloseMotion(Coordinator().get(), close, &special).ok());
  // 4 for (one by the chair's proxy, one directed), 1 against: 80% >= 75%. Without the
  // proxies it would have been 2 to 1 (67%): not carried.
  EXPECT_EQ(special.result().votes_for(), 4);
  EXPECT_EQ(special.result().votes_against(), 1);
  EXPECT_EQ(special.result().outcome(), v1::OUTCOME_PASSED) << special.result().explanation();
  EXPECT_EQ(special.recorded_votes_size(), 5);

  v1::GetMinutesRequest minutes_req;
  minutes_req.set_meeting_id(meeting.id());
  v1::Minutes minutes;
  s = meetings_->GetMinutes(TestServer::Context(board_).get(), minutes_req, &minutes);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(minutes.present_size(), 3);
  EXPECT_EQ(minutes.represented_size(), 2);
  ASSERT_EQ(minutes.motions_size(), 1);
  EXPECT_NE(minutes.abstention_rule().find("not votes cast"), std::string::npos);
  EXPECT_NE(minutes.motions(0).rule().find("3/4 (75%)"), std::string::npos);
}

TEST_F(MeetingIntegrationTest, RefusalsArriveWithTheirCodes) {
  v1::Meeting meeting = CreateMeeting(50);
  v1::Motion motion = AddMotion(meeting.id(), v1::MOTION_KIND_ORDINARY, v1::BALLOT_SECRET);
  // A school may not appoint itself, nor vote on a motion not yet open.
  EXPECT_EQ(Appoint(0, meeting.id(), urns_[0], v1::PROXY_KIND_DISCRETIONARY).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(Vote(tokens_[0], motion.id(), urns_[0], v1::VOTE_CHOICE_FOR).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
  // Only the coordinator creates meetings; a board member reads them.
  v1::CreateMeetingRequest create;
  create.mutable_meeting()->set_kind(v1::MEETING_KIND_GENERAL);
  v1::Meeting out;
  EXPECT_EQ(meetings_->CreateMeeting(TestServer::Context(board_).get(), create, &out).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  v1::GetMeetingRequest get;
  get.set_id(meeting.id());
  EXPECT_TRUE(meetings_->GetMeeting(TestServer::Context(board_).get(), get, &out).ok());
  get.set_id("abc");
  EXPECT_EQ(meetings_->GetMeeting(TestServer::Context(board_).get(), get, &out).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(meetings_->GetMeeting(TestServer::Context("").get(), get, &out).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);

  // Two schools present of 50 needed: the motion is not quorate.
  ASSERT_TRUE(Attend(0, meeting.id()).ok());
  ASSERT_TRUE(Attend(1, meeting.id()).ok());
  EXPECT_EQ(Attend(1, meeting.id()).error_code(), grpc::StatusCode::ALREADY_EXISTS);
  v1::OpenMeetingRequest open;
  open.set_id(meeting.id());
  ASSERT_TRUE(meetings_->OpenMeeting(Coordinator().get(), open, &meeting).ok());
  v1::OpenMotionRequest put;
  put.set_id(motion.id());
  ASSERT_TRUE(meetings_->OpenMotion(Coordinator().get(), put, &motion).ok());
  ASSERT_TRUE(Vote(tokens_[0], motion.id(), urns_[0], v1::VOTE_CHOICE_FOR).ok());
  ASSERT_TRUE(Vote(tokens_[1], motion.id(), urns_[1], v1::VOTE_CHOICE_FOR).ok());
  v1::CloseMotionRequest close;
  close.set_id(motion.id());
  ASSERT_TRUE(meetings_->CloseMotion(Coordinator().get(), close, &motion).ok());
  EXPECT_EQ(motion.result().outcome(), v1::OUTCOME_NOT_QUORATE);
  EXPECT_EQ(motion.recorded_votes_size(), 0);  // a secret ballot
  EXPECT_EQ(motion.result().votes_for(), 2);
}

}  // namespace
}  // namespace partnership::testing
