#include "elections/ballot_rules.h"

#include "gtest/gtest.h"

namespace partnership::elections {
namespace {

BoardElection ThreeStanding(CountMethod method) {
  BoardElection e;
  e.id = 7;
  e.method = method;
  e.seats = 1;
  for (int n = 1; n <= 3; ++n) {
    Candidate c;
    c.number = n;
    c.name = "Candidate " + std::to_string(n);
    e.candidates.push_back(c);
  }
  e.candidates[2].withdrawn = true;
  return e;
}

TEST(CheckBallotTest, ReturnsTheCandidatesInRankOrderWhateverOrderTheyCameIn) {
  auto order = CheckBallot(ThreeStanding(CountMethod::kScottishStv), {{2, 2}, {1, 1}});
  ASSERT_TRUE(order.ok()) << order.status();
  EXPECT_EQ(*order, (std::vector<int>{1, 2}));
}

TEST(CheckBallotTest, RefusesWhatAReturningOfficerWouldRejectNamingTheEntry) {
  const BoardElection e = ThreeStanding(CountMethod::kScottishStv);
  struct Case {
    std::vector<Preference> marks;
    std::string says;
  } cases[] = {
      {{}, "at least one"},
      {{{9, 1}}, "preferences[0]: candidate 9 is not standing"},
      {{{3, 1}}, "has withdrawn"},
      {{{1, 1}, {1, 2}}, "preferences[1]: candidate 1 is already ranked at preferences[0]"},
      {{{1, 1}, {2, 1}}, "rank 1 is given to two candidates"},
      {{{1, 1}, {2, 3}}, "rank 2 is missing"},
      {{{1, 2}}, "rank 1 is missing"},
      {{{1, 0}}, "rank 0 is not a preference"},
  };
  for (const Case& c : cases) {
    auto order = CheckBallot(e, c.marks);
    ASSERT_FALSE(order.ok()) << c.says;
    EXPECT_EQ(order.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(order.status().message().find(c.says), std::string::npos) << order.status();
  }
}

TEST(CheckBallotTest, APluralityBallotMarksOneCandidate) {
  const BoardElection e = ThreeStanding(CountMethod::kPlurality);
  EXPECT_TRUE(CheckBallot(e, {{2, 1}}).ok());
  auto two = CheckBallot(e, {{2, 1}, {1, 2}});
  ASSERT_FALSE(two.ok());
  EXPECT_NE(two.status().message().find("plurality ballot marks one candidate"),
            std::string::npos);
}

TEST(BallotKeyTest, OnlyThirtyTwoLowerCaseHexDigitsAreAKey) {
  EXPECT_TRUE(CheckBallotKey("0123456789abcdef0123456789abcdef").ok());
  EXPECT_FALSE(CheckBallotKey("").ok());
  EXPECT_FALSE(CheckBallotKey("0123456789ABCDEF0123456789ABCDEF").ok());
  EXPECT_FALSE(CheckBallotKey("0123456789abcdef").ok());
  EXPECT_FALSE(CheckBallotKey("0123456789abcdef0123456789abcdeg").ok());
}

TEST(ReceiptCodeTest, TheSameKeyGivesTheSameReceiptAndTheDigestKeptIsNotIt) {
  const std::string key = "00112233445566778899aabbccddeeff";
  const std::string receipt = ReceiptCode(3, key);
  EXPECT_EQ(receipt, ReceiptCode(3, key));
  EXPECT_EQ(receipt.size(), 19u);
  EXPECT_NE(receipt, ReceiptCode(4, key));
  EXPECT_NE(receipt, ReceiptCode(3, "ffeeddccbbaa99887766554433221100"));
  const std::string digest = BallotKeyDigest(3, key);
  EXPECT_EQ(digest.find(receipt.substr(0, 4) + receipt.substr(5, 4)), std::string::npos);
}

}  // namespace
}  // namespace partnership::elections
