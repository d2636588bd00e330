// BoardService through the generated client against the real server.
#include <gtest/gtest.h>

#include "partnership/v1/board.grpc.pb.h"
#include "partnership/v1/membership.grpc.pb.h"
#include "tests/integration/test_server.h"

namespace partnership::testing {
namespace {

constexpr char kUrn[] = "115481";

class BoardIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    board_ = v1::BoardService::NewStub(server_.channel());
    registry_ = v1::RegistryService::NewStub(server_.channel());
    v1::ImportSchoolsResponse report;
    grpc::Status s = server_.Import(server_.coordinator_token(), SampleExtract(), "916", &report);
    ASSERT_TRUE(s.ok()) << s.error_message();
    head_ = AddPerson(kUrn, v1::PERSON_ROLE_HEADTEACHER, "Hannah", "Head");
    officer_ = AddPerson("", v1::PERSON_ROLE_LA_OFFICER, "Olive", "Officer");
    school_ = server_.IssueToken(v1::ACCESS_ROLE_SCHOOL, kUrn);
    member_ = server_.IssueToken(v1::ACCESS_ROLE_BOARD_MEMBER);
    reviewer_ = server_.IssueToken(v1::ACCESS_ROLE_REVIEWER, kUrn, head_);
    v1::InstallDefaultSeatsResponse installed;
    s = board_->InstallDefaultSeats(Context(server_.coordinator_token()).get(),
                                    v1::InstallDefaultSeatsRequest(), &installed);
    ASSERT_TRUE(s.ok()) << s.error_message();
    ASSERT_EQ(installed.created_size(), 34);
  }

  static std::unique_ptr<grpc::ClientContext> Context(const std::string& token) {
    return TestServer::Context(token);
  }

  std::string AddPerson(const std::string& urn, v1::PersonRole role, const std::string& given,
                        const std::string& family) {
    v1::CreatePersonRequest req;
    req.mutable_person()->set_school_urn(urn);
    req.mutable_person()->set_role(role);
    req.mutable_person()->set_given_name(given);
    req.mutable_person()->set_family_name(family);
    req.mutable_person()->set_email(given + "@example.org.uk");
    if (role == v1::PERSON_ROLE_LA_OFFICER) {
      req.mutable_person()->set_organisation("Gloucestershire County Council");
    }
    v1::Person person;
    grpc::Status s =
        registry_->CreatePerson(Context(server_.coordinator_token()).get(), req, &person);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return person.id();
  }

  grpc::Status Fill(const std::string& token, const std::string& seat, const std::string& person,
                    const std::string& from, v1::FillSeatResponse* out,
                    const std::string& election = "") {
    v1::FillSeatRequest req;
    req.set_seat_key(seat);
    req.set_person_id(person);
    req.set_from_date(from);
    req.set_election_reference(election);
    return board_->FillSeat(Context(token).get(), req, out);
  }

  TestServer server_;
  std::unique_ptr<v1::BoardService::Stub> board_;
  std::unique_ptr<v1::RegistryService::Stub> registry_;
  std::string head_, officer_, school_, member_, reviewer_;
};

TEST_F(BoardIntegrationTest, TheCoordinatorAppointsAndSchoolsReadTheRoster) {
  v1::FillSeatResponse filled;
  grpc::Status s = Fill(server_.coordinator_token(), "la-representative-1", officer_,
                        "2026-10-01", &filled);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(filled.holding().basis(), v1::HOLDING_BASIS_APPOINTED);
  EXPECT_EQ(filled.holding().appointed_by(), v1::SEAT_SELECTOR_LOCAL_AUTHORITY);
  EXPECT_EQ(filled.holding().to_date(), "2029-09-30");

  v1::GetRosterRequest req;
  req.set_on("2027-01-01");
  req.set_body(v1::BOARD_BODY_BOARD);
  v1::Roster roster;
  s = board_->GetRoster(Context(school_).get(), req, &roster);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(roster.entries_size(), 11);
  EXPECT_EQ(roster.filled(), 1);
  bool found = false;
  for (const v1::RosterEntry& e : roster.entries()) {
    if (e.seat().key() == "la-representative-1") {
      found = true;
      EXPECT_EQ(e.holding().person_name(), "Olive Officer");
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(board_->GetRoster(Context(reviewer_).get(), req, &roster).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(BoardIntegrationTest, RefusalsArriveWithTheirCodesAndNothingIsStored) {
  v1::FillSeatResponse out;
  // Not a member: the sample school has signed no agreement.
  grpc::Status s = Fill(server_.coordinator_token(), "primary-head", head_, "2027-01-01", &out,
                        "election-3");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << s.error_message();
  EXPECT_EQ(Fill(server_.coordinator_token(), "secondary-head", officer_, "2027-01-01", &out,
                 "election-3")
                .error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
  s = Fill(server_.coordinator_token(), "la-representative-1", officer_, "2027-13-01", &out);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("from_date"), std::string::npos);
  EXPECT_EQ(Fill(server_.coordinator_token(), "no-such-seat", officer_, "2027-01-01", &out)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Fill(member_, "la-representative-1", officer_, "2027-01-01", &out).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Fill("", "la-representative-1", officer_, "2027-01-01", &out).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);

  v1::ListHoldingsResponse history;
  ASSERT_TRUE(
      board_->ListHoldings(Context(member_).get(), v1::ListHoldingsRequest(), &history).ok());
  EXPECT_EQ(history.total_size(), 0);
}

TEST_F(BoardIntegrationTest, ASeatIsCreatedChangedAndRetired) {
  v1::CreateSeatRequest create;
  v1::Seat* seat = create.mutable_seat();
  seat->set_key("co-opted-member");
  seat->set_body(v1::BOARD_BODY_BOARD);
  seat->set_title("Co-opted member");
  seat->set_term_years(1);
  seat->set_fill_method(v1::SEAT_FILL_METHOD_APPOINTED);
  seat->set_selector(v1::SEAT_SELECTOR_BOARD);
  v1::Seat created;
  grpc::Status s = board_->CreateSeat(Context(server_.coordinator_token()).get(), create, &created);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(created.position(), 12);
  EXPECT_EQ(created.eligibility().summary(), "anyone");

  v1::UpdateSeatRequest update;
  update.set_key("co-opted-member");
  update.set_term_years(2);
  v1::Seat updated;
  ASSERT_TRUE(board_->UpdateSeat(Context(server_.coordinator_token()).get(), update, &updated).ok());
  EXPECT_EQ(updated.term_years(), 2);
  EXPECT_EQ(updated.title(), "Co-opted member");

  v1::RetireSeatRequest retire;
  retire.set_key("co-opted-member");
  retire.set_retired_on("2027-09-01");
  v1::Seat retired;
  ASSERT_TRUE(board_->RetireSeat(Context(server_.coordinator_token()).get(), retire, &retired).ok());
  EXPECT_EQ(retired.retired_on(), "2027-09-01");
  v1::ListSeatsRequest list;
  list.set_body(v1::BOARD_BODY_BOARD);
  v1::ListSeatsResponse seats;
  ASSERT_TRUE(board_->ListSeats(Context(school_).get(), list, &seats).ok());
  EXPECT_EQ(seats.total_size(), 11);
  EXPECT_EQ(board_->CreateSeat(Context(server_.coordinator_token()).get(), create, &created)
                .error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
}

}  // namespace
}  // namespace partnership::testing
