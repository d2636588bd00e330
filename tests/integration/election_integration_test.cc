// ElectionService through the generated client against the real server, on the demo county:
// concurrent and retried ballots, and the published result.
#include <set>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "partnership/v1/admin.grpc.pb.h"
#include "partnership/v1/elections.grpc.pb.h"
#include "partnership/v1/membership.grpc.pb.h"
#include "partnership/v1/registry.grpc.pb.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

class ElectionIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto admin = v1::AdminService::NewStub(server_.channel());
    v1::SeedDemoRequest seed;
    v1::SeedDemoResponse seeded;
    ASSERT_TRUE(admin->SeedDemo(Coordinator().get(), seed, &seeded).ok());
    elections_ = v1::ElectionService::NewStub(server_.channel());
    // The first three heads whose schools are active members stand.
    auto membership = v1::MembershipService::NewStub(server_.channel());
    v1::ListMembershipRequest list;
    list.set_academic_year("2026-27");
    list.set_status(v1::MEMBERSHIP_STATUS_ACTIVE);
    list.set_page_size(1000);
    v1::ListMembershipResponse members;
    ASSERT_TRUE(membership->ListMembership(Coordinator().get(), list, &members).ok());
    for (const auto& m : members.entries()) members_.push_back(m.school_urn());
    auto registry = v1::RegistryService::NewStub(server_.channel());
    for (int i = 0; heads_.size() < 3; ++i) {
      v1::ListPeopleRequest people;
      people.set_school_urn(members_[i]);
      people.set_role(v1::PERSON_ROLE_HEADTEACHER);
      v1::ListPeopleResponse found;
      ASSERT_TRUE(registry->ListPeople(Coordinator().get(), people, &found).ok());
      if (found.people_size() > 0) heads_.push_back(found.people(0).id());
    }
  }

  std::unique_ptr<grpc::ClientContext> Coordinator() {
    return TestServer::Context(server_.coordinator_token());
  }

  // An all-members STV election for one seat with the three heads standing, open for voting.
  std::string OpenElection() {
    v1::CreateElectionRequest create;
    create.mutable_election()->set_title("Independent chair 2026");
    create.mutable_election()->set_method(v1::COUNT_METHOD_SCOTTISH_STV);
    create.mutable_election()->set_seats(1);
    create.mutable_election()->set_constituency(v1::CONSTITUENCY_ALL_MEMBERS);
    v1::Election e;
    EXPECT_TRUE(elections_->CreateElection(Coordinator().get(), create, &e).ok());
    v1::OpenNominationsRequest open;
    open.set_id(e.id());
    EXPECT_TRUE(elections_->OpenNominations(Coordinator().get(), open, &e).ok());
    for (const std::string& head : heads_) {
      v1::NominateCandidateRequest n;
      n.set_id(e.id());
      n.set_person_id(head);
      grpc::Status s = elections_->NominateCandidate(Coordinator().get(), n, &e);
      EXPECT_TRUE(s.ok()) << s.error_message();
    }
    v1::OpenVotingRequest voting;
    voting.set_id(e.id());
    grpc::Status s = elections_->OpenVoting(Coordinator().get(), voting, &e);
    EXPECT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(e.status(), v1::ELECTION_STATUS_VOTING);
    EXPECT_EQ(e.electorate_size(), static_cast<int>(members_.size()));
    return e.id();
  }

  v1::CastBallotRequest Ballot(const std::string& id, const std::string& key, int first) {
    v1::CastBallotRequest req;
    req.set_id(id);
    req.set_ballot_key(key);
    v1::Preference* p = req.add_preferences();
    p->set_candidate(first);
    p->set_rank(1);
    return req;
  }

  TestServer server_;
  std::unique_ptr<v1::ElectionService::Stub> elections_;
  std::vector<std::string> members_;
  std::vector<std::string> heads_;
};

TEST_F(ElectionIntegrationTest, TheSameBallotSentEightTimesAtOnceIsStoredOnce) {
  const std::string id = OpenElection();
  const std::string token = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, members_[0]);
  std::vector<grpc::Status> statuses(8);
  std::vector<v1::CastBallotResponse> receipts(8);
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      statuses[i] = elections_->CastBallot(TestServer::Context(token).get(),
                                           Ballot(id, std::string(32, 'a'), 2), &receipts[i]);
    });
  }
  for (std::thread& t : threads) t.join();
  int fresh = 0;
  for (int i = 0; i < 8; ++i) {
    ASSERT_TRUE(statuses[i].ok()) << statuses[i].error_message();
    EXPECT_EQ(receipts[i].receipt(), receipts[0].receipt());
    fresh += receipts[i].replayed() ? 0 : 1;
  }
  EXPECT_EQ(fresh, 1);
  v1::GetElectionRequest get;
  get.set_id(id);
  v1::Election e;
  ASSERT_TRUE(elections_->GetElection(Coordinator().get(), get, &e).ok());
  EXPECT_EQ(e.ballots_cast(), 1);
}

TEST_F(ElectionIntegrationTest, RacingDifferentBallotsFromOneSchoolLeaveExactlyOne) {
  const std::string id = OpenElection();
  const std::string token = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, members_[1]);
  std::vector<grpc::Status> statuses(6);
  std::vector<std::thread> threads;
  for (int i = 0; i < 6; ++i) {
    threads.emplace_back([&, i] {
      v1::CastBallotResponse r;
      statuses[i] = elections_->CastBallot(TestServer::Context(token).get(),
                                           Ballot(id, std::string(32, "012345"[i]), 1 + i % 3),
                                           &r);
    });
  }
  for (std::thread& t : threads) t.join();
  int ok = 0;
  for (const grpc::Status& s : statuses) {
    if (s.ok()) {
      ++ok;
    } else {
      EXPECT_EQ(s.error_code(), grpc::StatusCode::ALREADY_EXISTS) << s.error_message();
    }
  }
  EXPECT_EQ(ok, 1);
}

TEST_F(ElectionIntegrationTest, APublishedResultListsEveryReceiptOnceAndNoSchool) {
  const std::string id = OpenElection();
  std::set<std::string> receipts;
  for (int i = 0; i < 12; ++i) {
    const std::string token = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, members_[i]);
    v1::CastBallotResponse r;
    grpc::Status s = elections_->CastBallot(
        TestServer::Context(token).get(), Ballot(id, std::string(31, 'b') + "0123456789ab"[i], 1 + i % 3), &r);
    ASSERT_TRUE(s.ok()) << s.error_message();
    receipts.insert(r.receipt());
  }
  v1::Election e;
  v1::CloseVotingRequest close;
  close.set_id(id);
  ASSERT_TRUE(elections_->CloseVoting(Coordinator().get(), close, &e).ok());
  v1::CountElectionRequest count;
  count.set_id(id);
  ASSERT_TRUE(elections_->CountElection(Coordinator().get(), count, &e).ok());
  v1::PublishResultRequest publish;
  publish.set_id(id);
  ASSERT_TRUE(elections_->PublishResult(Coordinator().get(), publish, &e).ok());
  v1::GetElectionResultRequest get;
  get.set_id(id);
  v1::ElectionResult result;
  const std::string board = server_.IssueToken(v1::ACCESS_ROLE_BOARD_MEMBER);
  ASSERT_TRUE(elections_->GetElectionResult(TestServer::Context(board).get(), get, &result).ok());
  EXPECT_EQ(std::set<std::string>(result.receipts().begin(), result.receipts().end()), receipts);
  EXPECT_EQ(result.receipts_size(), 12);
  for (int i = 0; i < 12; ++i) {
    EXPECT_EQ(result.ballot_file().find(members_[i]), std::string::npos);
  }
  EXPECT_EQ(result.election().elected_size(), 1);
}

TEST_F(ElectionIntegrationTest, BadRequestsGetTheRightCodes) {
  v1::CreateElectionRequest create;
  create.mutable_election()->set_title("x");
  create.mutable_election()->set_method(static_cast<v1::CountMethod>(9));
  create.mutable_election()->set_seats(1);
  create.mutable_election()->set_constituency(v1::CONSTITUENCY_ALL_MEMBERS);
  v1::Election e;
  grpc::Status s = elections_->CreateElection(Coordinator().get(), create, &e);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("election.method"), std::string::npos);
  const std::string school = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, members_[0]);
  create.mutable_election()->set_method(v1::COUNT_METHOD_PLURALITY);
  s = elections_->CreateElection(TestServer::Context(school).get(), create, &e);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  v1::GetElectionRequest get;
  get.set_id("42");
  EXPECT_EQ(elections_->GetElection(Coordinator().get(), get, &e).error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(elections_->GetElection(TestServer::Context("").get(), get, &e).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
}

}  // namespace
}  // namespace partnership::testing
