// ReviewService through the generated client against the real server and the demo county.
#include <chrono>
#include <set>

#include "gtest/gtest.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

class ReviewIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto admin = v1::AdminService::NewStub(server_.channel());
    v1::SeedDemoRequest seed;
    seed.set_seed(2027);
    v1::SeedDemoResponse seeded;
    ASSERT_TRUE(admin->SeedDemo(Coordinator().get(), seed, &seeded).ok());
    members_ = seeded.members();
    stub_ = v1::ReviewService::NewStub(server_.channel());
  }

  std::unique_ptr<grpc::ClientContext> Coordinator() {
    return TestServer::Context(server_.coordinator_token());
  }

  grpc::Status CreateCycle(const std::string& name) {
    v1::CreateReviewCycleRequest req;
    req.mutable_cycle()->set_name(name);
    for (const char* d : {"2027-05-04", "2027-05-05", "2027-05-06"}) {
      req.mutable_cycle()->add_dates(d);
    }
    v1::ReviewCycle created;
    return stub_->CreateReviewCycle(Coordinator().get(), req, &created);
  }

  TestServer server_;
  std::unique_ptr<v1::ReviewService::Stub> stub_;
  int members_ = 0;
};

TEST_F(ReviewIntegrationTest, CoordinatorSchedulesTheCountyAndEverySchoolSeesTheDraft) {
  ASSERT_TRUE(CreateCycle("2026-27").ok());
  v1::ScheduleReviewCycleRequest req;
  req.set_name("2026-27");
  v1::ReviewSchedule drafted;
  // The solver may take its whole default limit (60 s) on a loaded machine.
  auto scheduling = Coordinator();
  scheduling->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
  grpc::Status s = stub_->ScheduleReviewCycle(scheduling.get(), req, &drafted);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(drafted.status(), v1::REVIEW_CYCLE_STATUS_DRAFTED);
  // Every member school is reviewed or explained; schools that did not join are in neither.
  EXPECT_EQ(drafted.reviews_size() + drafted.unreviewed_size(), members_);
  EXPECT_GT(drafted.reviews_size(), 200);
  std::set<std::string> reviewed;
  for (const v1::ScheduledReview& r : drafted.reviews()) {
    EXPECT_TRUE(reviewed.insert(r.reviewee_urn()).second) << r.reviewee_urn() << " twice";
    EXPECT_EQ(r.team_size(), 3);
    EXPECT_FALSE(r.reviewee_name().empty());
    for (const v1::ReviewTeamMember& m : r.team()) {
      EXPECT_NE(m.school_urn(), r.reviewee_urn());
      EXPECT_FALSE(m.leader_name().empty());
    }
  }
  EXPECT_LE(drafted.bound(), drafted.cost().total() + 1e-6);

  const std::string school =
      server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, drafted.reviews(0).reviewee_urn());
  v1::GetReviewScheduleRequest get;
  get.set_name("2026-27");
  v1::ReviewSchedule seen;
  ASSERT_TRUE(stub_->GetReviewSchedule(TestServer::Context(school).get(), get, &seen).ok());
  EXPECT_EQ(seen.reviews_size(), drafted.reviews_size());
  // A school reads the schedule but cannot make or confirm one.
  EXPECT_EQ(stub_->ScheduleReviewCycle(TestServer::Context(school).get(), req, &seen).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  v1::ConfirmReviewScheduleRequest confirm;
  confirm.set_name("2026-27");
  v1::ReviewCycle cycle;
  EXPECT_EQ(stub_->ConfirmReviewSchedule(TestServer::Context(school).get(), confirm, &cycle)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  ASSERT_TRUE(stub_->ConfirmReviewSchedule(Coordinator().get(), confirm, &cycle).ok());
  EXPECT_EQ(cycle.status(), v1::REVIEW_CYCLE_STATUS_CONFIRMED);
  v1::ListDaysLedgerResponse ledger;
  ASSERT_TRUE(stub_->ListDaysLedger(Coordinator().get(), v1::ListDaysLedgerRequest(), &ledger).ok());
  EXPECT_EQ(ledger.entries_size(), members_);
}

TEST_F(ReviewIntegrationTest, BadCycleRequestsNameTheFieldAndChangeNothing) {
  EXPECT_EQ(CreateCycle("2026/27").error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  ASSERT_TRUE(CreateCycle("2026-27").ok());
  EXPECT_EQ(CreateCycle("2026-27").error_code(), grpc::StatusCode::ALREADY_EXISTS);
  v1::CreateReviewCycleRequest bad;
  bad.mutable_cycle()->set_name("2027-28");
  bad.mutable_cycle()->add_dates("2028-05-04");
  bad.mutable_cycle()->mutable_policy()->set_team_size(0);
  v1::ReviewCycle created;
  grpc::Status s = stub_->CreateReviewCycle(Coordinator().get(), bad, &created);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("policy.team_size"), std::string::npos) << s.error_message();
  v1::ListReviewCyclesResponse cycles;
  ASSERT_TRUE(stub_->ListReviewCycles(Coordinator().get(), v1::ListReviewCyclesRequest(), &cycles).ok());
  EXPECT_EQ(cycles.cycles_size(), 1);

  v1::ScheduleReviewCycleRequest missing;
  missing.set_name("2031-32");
  v1::ReviewSchedule schedule;
  EXPECT_EQ(stub_->ScheduleReviewCycle(Coordinator().get(), missing, &schedule).error_code(),
            grpc::StatusCode::NOT_FOUND);
  v1::ConfirmReviewScheduleRequest confirm;
  confirm.set_name("2026-27");
  v1::ReviewCycle cycle;
  EXPECT_EQ(stub_->ConfirmReviewSchedule(Coordinator().get(), confirm, &cycle).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
}

}  // namespace
}  // namespace partnership::testing
