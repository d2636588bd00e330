#include "elections/board_elections.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>

#include "absl/time/time.h"
#include "elections/blt_file.h"
#include "elections/count_json.h"
#include "elections/scottish_stv.h"
#include "gtest/gtest.h"
#include "membership/membership_test_fixture.h"

namespace partnership::elections {
namespace {

using membership::CodeOf;
using membership::kCoordinator;
using membership::kSchoolA;
using membership::kSchoolB;

const access::Principal kSecondary{"tok_s", access::AccessRole::kSchool, "100003", 0};

NewElection Spec(const std::string& title, CountMethod method, int seats,
                 Constituency constituency, const std::string& candidate_role = "") {
  NewElection spec;
  spec.title = title;
  spec.method = method;
  spec.seats = seats;
  spec.constituency = constituency;
  spec.candidate_role = candidate_role;
  return spec;
}

// A ballot key of one hex digit repeated.
std::string Key(char c) { return std::string(32, c); }

class BoardElectionsTest : public membership::MembershipTest {
 protected:
  void SetUp() override {
    MembershipTest::SetUp();
    MakeActive("100001", head_a_);
    MakeActive("100002", head_b_);
  }

  // A primary election with Ada (head A), Tom (deputy A) and Grace (head B) standing.
  std::string StartPrimaryElection(CountMethod method, int seats, const std::string& closes = "") {
    NewElection spec;
    spec.title = "Primary heads 2026";
    spec.method = method;
    spec.seats = seats;
    spec.constituency = Constituency::kPrimary;
    auto e = elections_.Create(kCoordinator, spec);
    EXPECT_TRUE(e.ok()) << e.status();
    const std::string id = std::to_string(e->id);
    EXPECT_TRUE(elections_.OpenNominations(kCoordinator, id).ok());
    for (const std::string& p : {head_a_, deputy_a_, head_b_}) {
      auto n = elections_.Nominate(kCoordinator, id, p);
      EXPECT_TRUE(n.ok()) << n.status();
    }
    auto open = elections_.OpenVoting(kCoordinator, id, closes);
    EXPECT_TRUE(open.ok()) << open.status();
    return id;
  }

  absl::Time now_ = absl::FromCivil(absl::CivilSecond(2026, 11, 22, 10, 0, 0), absl::UTCTimeZone());
  BoardElections elections_{scratch_.db(), register_, [this] { return now_; }};
};

TEST_F(BoardElectionsTest, RunsFromNominationsToAPublishedResultAnyoneCanRecount) {
  const std::string id = StartPrimaryElection(CountMethod::kScottishStv, 2);
  auto opened = elections_.Get(kSchoolA, id);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(opened->status, ElectionStatus::kVoting);
  EXPECT_EQ(opened->electorate_size, 2);  // the two active primary members; not the secondary
  auto a = elections_.CastBallot(kSchoolA, id, "", {{3, 1}, {1, 2}}, Key('a'));
  ASSERT_TRUE(a.ok()) << a.status();
  auto b = elections_.CastBallot(kSchoolB, id, "100002", {{1, 1}}, Key('b'));
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_NE(a->receipt, b->receipt);

  EXPECT_EQ(CodeOf(elections_.Count(kCoordinator, id)), absl::StatusCode::kFailedPrecondition);
  ASSERT_TRUE(elections_.CloseVoting(kCoordinator, id).ok());
  auto counted = elections_.Count(kCoordinator, id);
  ASSERT_TRUE(counted.ok()) << counted.status();
  EXPECT_EQ(counted->status, ElectionStatus::kCounted);
  EXPECT_EQ(counted->elected.size(), 2u);
  // Not for the schools' eyes until published.
  EXPECT_EQ(CodeOf(elections_.GetResult(kSchoolA, id)), absl::StatusCode::kPermissionDenied);
  ASSERT_TRUE(elections_.Publish(kCoordinator, id).ok());

  auto result = elections_.GetResult(kSchoolA, id);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->receipts.size(), 2u);
  EXPECT_TRUE(std::find(result->receipts.begin(), result->receipts.end(), a->receipt) !=
              result->receipts.end());
  auto ballots = ParseBlt(result->ballot_file);
  ASSERT_TRUE(ballots.ok()) << ballots.status();
  EXPECT_EQ(ballots->candidates[0], "Ada Lovelace (Amberley Parochial School)");
  auto recount = CountScottishStv(*ballots);
  ASSERT_TRUE(recount.ok());
  EXPECT_EQ(CountJson(*recount), result->result_json);
}

TEST_F(BoardElectionsTest, ASecondBallotIsRefusedAndARetryGetsTheFirstReceipt) {
  const std::string id = StartPrimaryElection(CountMethod::kInstantRunoff, 1);
  auto first = elections_.CastBallot(kSchoolA, id, "", {{1, 1}}, Key('1'));
  ASSERT_TRUE(first.ok());
  auto retry = elections_.CastBallot(kSchoolA, id, "", {{1, 1}}, Key('1'));
  ASSERT_TRUE(retry.ok());
  EXPECT_TRUE(retry->replayed);
  EXPECT_EQ(retry->receipt, first->receipt);
  auto second = elections_.CastBallot(kSchoolA, id, "", {{2, 1}}, Key('2'));
  EXPECT_EQ(CodeOf(second), absl::StatusCode::kAlreadyExists);
  EXPECT_NE(second.status().message().find("already voted"), std::string::npos);
  EXPECT_EQ(elections_.Get(kCoordinator, id)->ballots_cast, 1);
}

TEST_F(BoardElectionsTest, RefusesVotesFromOutsideTheElectorateOrOutsideTheWindow) {
  const std::string id = StartPrimaryElection(CountMethod::kPlurality, 1, "2026-11-29T17:00:00Z");
  // The secondary school is not in the primary constituency.
  auto outsider = elections_.CastBallot(kSecondary, id, "", {{1, 1}}, Key('c'));
  EXPECT_EQ(CodeOf(outsider), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(outsider.status().message().find("not in the electorate"), std::string::npos);
  // Nobody votes for another school, the coordinator included.
  EXPECT_EQ(CodeOf(elections_.CastBallot(kSchoolA, id, "100002", {{1, 1}}, Key('e'))),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(CodeOf(elections_.CastBallot(kCoordinator, id, "100001", {{1, 1}}, Key('e'))),
            absl::StatusCode::kPermissionDenied);
  // A bad ballot stores nothing.
  EXPECT_EQ(CodeOf(elections_.CastBallot(kSchoolA, id, "", {{1, 1}, {2, 2}}, Key('e'))),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(elections_.CastBallot(kSchoolA, id, "", {{1, 1}}, "short")),
            absl::StatusCode::kInvalidArgument);
  now_ += absl::Hours(24 * 8);
  auto late = elections_.CastBallot(kSchoolA, id, "", {{1, 1}}, Key('d'));
  EXPECT_EQ(CodeOf(late), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(late.status().message().find("closed at 2026-11-29T17:00:00Z"), std::string::npos);
  EXPECT_EQ(elections_.Get(kCoordinator, id)->ballots_cast, 0);
}

TEST_F(BoardElectionsTest, NothingStoredLinksABallotToItsSchool) {
  const std::string id = StartPrimaryElection(CountMethod::kScottishStv, 1);
  auto a = elections_.CastBallot(kSchoolA, id, "", {{2, 1}}, Key('a'));
  ASSERT_TRUE(a.ok());
  SQLite::Database raw(scratch_.path(), SQLite::OPEN_READONLY);
  SQLite::Statement columns(raw, "SELECT name FROM pragma_table_info('election_ballots')");
  std::vector<std::string> names;
  while (columns.executeStep()) names.push_back(columns.getColumn(0).getString());
  EXPECT_EQ(names, (std::vector<std::string>{"election_id", "receipt", "ranking"}));
  SQLite::Statement voter(raw,
                          "SELECT cast_by || key_digest FROM election_electorate "
                          "WHERE school_urn = '100001'");
  ASSERT_TRUE(voter.executeStep());
  EXPECT_EQ(voter.getColumn(0).getString().find(a->receipt.substr(0, 4)), std::string::npos);
}

TEST_F(BoardElectionsTest, ClosingTheVoteEmptiesTheLogThatPairsBallotsWithVoters) {
  const std::string id = StartPrimaryElection(CountMethod::kScottishStv, 1);
  ASSERT_TRUE(elections_.CastBallot(kSchoolA, id, "", {{2, 1}}, Key('a')).ok());
  const std::string wal = scratch_.path() + "-wal";
  EXPECT_GT(std::filesystem::file_size(wal), 0u);
  ASSERT_TRUE(elections_.CloseVoting(kCoordinator, id).ok());
  EXPECT_EQ(std::filesystem::file_size(wal), 0u);
}

TEST_F(BoardElectionsTest, TheCoordinatorSeesWhoHasNotVotedButNotHowAnyoneVoted) {
  const std::string id = StartPrimaryElection(CountMethod::kScottishStv, 1);
  ASSERT_TRUE(elections_.CastBallot(kSchoolA, id, "", {{2, 1}}, Key('a')).ok());
  auto turnout = elections_.GetTurnout(kCoordinator, id);
  ASSERT_TRUE(turnout.ok()) << turnout.status();
  EXPECT_EQ(turnout->electorate, 2);
  EXPECT_EQ(turnout->voted, 1);
  ASSERT_EQ(turnout->not_voted.size(), 1u);
  EXPECT_EQ(turnout->not_voted[0].school_urn, "100002");
  EXPECT_EQ(CodeOf(elections_.GetTurnout(kSchoolA, id)), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(CodeOf(elections_.GetResult(kCoordinator, id)), absl::StatusCode::kFailedPrecondition);
}

TEST_F(BoardElectionsTest, AnUncontestedSeatIsFilledWithoutAPoll) {
  NewElection spec =
      Spec("Primary governor 2026", CountMethod::kPlurality, 1, Constituency::kPrimary);
  auto e = elections_.Create(kCoordinator, spec);
  ASSERT_TRUE(e.ok());
  const std::string id = std::to_string(e->id);
  ASSERT_TRUE(elections_.OpenNominations(kCoordinator, id).ok());
  ASSERT_TRUE(elections_.Nominate(kSchoolB, id, head_b_).ok());
  auto open = elections_.OpenVoting(kCoordinator, id, "");
  ASSERT_TRUE(open.ok()) << open.status();
  EXPECT_EQ(open->status, ElectionStatus::kCounted);
  EXPECT_TRUE(open->uncontested);
  EXPECT_EQ(open->elected, (std::vector<int>{1}));
  EXPECT_EQ(CodeOf(elections_.CastBallot(kSchoolA, id, "", {{1, 1}}, Key('a'))),
            absl::StatusCode::kFailedPrecondition);
}

TEST_F(BoardElectionsTest, NominationsFollowTheElectionsRulesAndVerbsTheirOrder) {
  NewElection spec =
      Spec("Primary heads", CountMethod::kPlurality, 1, Constituency::kPrimary, "HEADTEACHER");
  auto e = elections_.Create(kCoordinator, spec);
  ASSERT_TRUE(e.ok());
  const std::string id = std::to_string(e->id);
  EXPECT_EQ(CodeOf(elections_.Nominate(kCoordinator, id, head_a_)),
            absl::StatusCode::kFailedPrecondition);  // still DRAFT
  ASSERT_TRUE(elections_.OpenNominations(kCoordinator, id).ok());
  auto deputy = elections_.Nominate(kCoordinator, id, deputy_a_);
  EXPECT_EQ(CodeOf(deputy), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(deputy.status().message().find("for a HEADTEACHER"), std::string::npos);
  // A school nominates its own people only.
  EXPECT_EQ(CodeOf(elections_.Nominate(kSchoolA, id, head_b_)),
            absl::StatusCode::kPermissionDenied);
  ASSERT_TRUE(elections_.Nominate(kSchoolA, id, head_a_).ok());
  EXPECT_EQ(CodeOf(elections_.Nominate(kCoordinator, id, head_a_)),
            absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(CodeOf(elections_.OpenVoting(kCoordinator, id, "2026-11-01T00:00:00Z")),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(elections_.Get(kCoordinator, "x")), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(elections_.Get(kCoordinator, "99")), absl::StatusCode::kNotFound);
  EXPECT_EQ(CodeOf(elections_.Create(
                kCoordinator,
                Spec("Bad \"title\"", CountMethod::kPlurality, 1, Constituency::kPrimary))),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(elections_.Create(
                kCoordinator,
                Spec("Two seats", CountMethod::kInstantRunoff, 2, Constituency::kPrimary))),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace partnership::elections
