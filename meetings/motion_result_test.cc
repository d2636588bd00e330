// The rules that decide a motion, on their own: quorum, ordinary and special resolutions,
// ties, abstentions and proxies.
#include "meetings/motion_result.h"

#include "gtest/gtest.h"

namespace partnership::meetings {
namespace {

AttendanceCount Quorate(int present = 10, int required = 5) {
  AttendanceCount a;
  a.voting_members = 20;
  a.present = present;
  a.quorum_required = required;
  return a;
}

constexpr Fraction kThreeQuarters{3, 4};
constexpr Fraction kTwoThirds{2, 3};

TEST(MotionResultTest, OrdinaryMotionPassesWithMoreForThanAgainst) {
  MotionResult r = Decide(MotionKind::kOrdinary, {}, 6, 5, 0, Quorate());
  EXPECT_EQ(r.outcome, Outcome::kPassed);
  EXPECT_NE(r.explanation.find("carried"), std::string::npos) << r.explanation;
}

TEST(MotionResultTest, OrdinaryMotionFailsOnATie) {
  MotionResult r = Decide(MotionKind::kOrdinary, {}, 5, 5, 0, Quorate());
  EXPECT_EQ(r.outcome, Outcome::kFailed);
  EXPECT_NE(r.explanation.find("equal"), std::string::npos) << r.explanation;
}

TEST(MotionResultTest, OrdinaryMotionWithNoVotesCastFails) {
  EXPECT_EQ(Decide(MotionKind::kOrdinary, {}, 0, 0, 7, Quorate()).outcome, Outcome::kFailed);
}

TEST(MotionResultTest, AbstentionsAreNotVotesCastAndDoNotDefeatAnOrdinaryMotion) {
  // 3 for, 2 against, 10 abstentions: carried, since abstentions count for nothing.
  MotionResult r = Decide(MotionKind::kOrdinary, {}, 3, 2, 10, Quorate());
  EXPECT_EQ(r.outcome, Outcome::kPassed);
  EXPECT_EQ(r.votes_cast(), 5);
  EXPECT_EQ(r.abstentions, 10);
  EXPECT_NE(r.explanation.find("not votes cast"), std::string::npos) << r.explanation;
  EXPECT_NE(r.explanation.find("10 abstentions"), std::string::npos) << r.explanation;
}

TEST(MotionResultTest, SpecialMotionPassesExactlyAtTheThreshold) {
  EXPECT_EQ(Decide(MotionKind::kSpecial, kThreeQuarters, 3, 1, 0, Quorate()).outcome,
            Outcome::kPassed);
  EXPECT_EQ(Decide(MotionKind::kSpecial, kThreeQuarters, 6, 2, 0, Quorate()).outcome,
            Outcome::kPassed);
}

TEST(MotionResultTest, SpecialMotionFailsJustBelowTheThreshold) {
  // 5 of 7 is 71%: short of 75% although it is a clear majority.
  MotionResult r = Decide(MotionKind::kSpecial, kThreeQuarters, 5, 2, 0, Quorate());
  EXPECT_EQ(r.outcome, Outcome::kFailed);
  EXPECT_NE(r.explanation.find("at least 6 needed"), std::string::npos) << r.explanation;
  EXPECT_NE(r.explanation.find("3/4 (75%)"), std::string::npos) << r.explanation;
}

TEST(MotionResultTest, TwoThirdsIsExactInWholeNumbers) {
  // 2 of 3 is exactly two thirds: carried (a rounded 66.67% would refuse it).
  EXPECT_EQ(Decide(MotionKind::kSpecial, kTwoThirds, 2, 1, 0, Quorate()).outcome,
            Outcome::kPassed);
  EXPECT_EQ(Decide(MotionKind::kSpecial, kTwoThirds, 3, 2, 0, Quorate()).outcome,
            Outcome::kFailed);
  EXPECT_EQ(VotesForNeeded(kTwoThirds, 3), 2);
  EXPECT_EQ(VotesForNeeded(kThreeQuarters, 7), 6);
}

TEST(MotionResultTest, AbstentionsDoNotRaiseTheSpecialThreshold) {
  // 3 for, 1 against, 20 abstentions: 3 of 4 votes cast is 75%.
  EXPECT_EQ(Decide(MotionKind::kSpecial, kThreeQuarters, 3, 1, 20, Quorate()).outcome,
            Outcome::kPassed);
}

TEST(MotionResultTest, SpecialMotionWithNoVotesCastFails) {
  EXPECT_EQ(Decide(MotionKind::kSpecial, kThreeQuarters, 0, 0, 4, Quorate()).outcome,
            Outcome::kFailed);
}

TEST(MotionResultTest, NotQuorateWhateverTheVotes) {
  MotionResult r = Decide(MotionKind::kOrdinary, {}, 4, 0, 0, Quorate(4, 5));
  EXPECT_EQ(r.outcome, Outcome::kNotQuorate);
  EXPECT_NE(r.explanation.find("Not quorate"), std::string::npos) << r.explanation;
  EXPECT_NE(r.explanation.find("5 required"), std::string::npos) << r.explanation;
}

TEST(MotionResultTest, ProxiesMakeUpTheQuorum) {
  AttendanceCount a = Quorate(3, 5);
  a.by_proxy = 2;
  EXPECT_TRUE(a.quorate());
  EXPECT_EQ(Decide(MotionKind::kOrdinary, {}, 3, 2, 0, a).outcome, Outcome::kPassed);
}

TEST(MotionResultTest, QuorumAsAShareOfMembersIsRoundedUp) {
  Quorum q;
  q.fraction = {1, 4};
  EXPECT_EQ(QuorumRequired(q, 276), 69);
  EXPECT_EQ(QuorumRequired(q, 277), 70);
  EXPECT_EQ(QuorumRequired(q, 1), 1);
  EXPECT_EQ(QuorumRequired(q, 0), 1);
  q = Quorum{};
  q.schools = 12;
  EXPECT_EQ(QuorumRequired(q, 276), 12);
}

TEST(MotionResultTest, AttendanceCountsProxiesWhoseHolderIsThereOnce) {
  const std::set<std::string> members = {"1", "2", "3", "4", "5", "6"};
  Proxy to_chair;  // 3 -> the chair: always there
  to_chair.school_urn = "3";
  Proxy to_present;  // 4 -> 1, who is present
  to_present.school_urn = "4";
  to_present.holder_urn = "1";
  Proxy to_absent;  // 5 -> 6, who is not there: 5 is not represented
  to_absent.school_urn = "5";
  to_absent.holder_urn = "6";
  Proxy of_present;  // 2 is present itself: counted once
  of_present.school_urn = "2";
  Proxy outsider;  // 9 is not a member
  outsider.school_urn = "9";
  Quorum q;
  q.schools = 4;
  AttendanceCount c = CountAttendance(members, {"1", "2", "9"},
                                      {to_chair, to_present, to_absent, of_present, outsider}, q);
  EXPECT_EQ(c.voting_members, 6);
  EXPECT_EQ(c.present, 2);
  EXPECT_EQ(c.by_proxy, 2);
  EXPECT_EQ(c.total(), 4);
  EXPECT_TRUE(c.quorate());
}

TEST(MotionResultTest, QuorumAndThresholdInputsAreChecked) {
  Quorum both;
  both.schools = 3;
  both.fraction = {1, 4};
  EXPECT_EQ(CheckQuorum(both, "quorum").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckQuorum(Quorum{}, "quorum").code(), absl::StatusCode::kInvalidArgument);
  Quorum over;
  over.fraction = {5, 4};
  EXPECT_EQ(CheckQuorum(over, "quorum").code(), absl::StatusCode::kInvalidArgument);
  Quorum fine;
  fine.fraction = {1, 10};
  EXPECT_TRUE(CheckQuorum(fine, "quorum").ok());
  EXPECT_EQ(CheckSpecialThreshold({1, 2}, "threshold").code(),
            absl::StatusCode::kInvalidArgument);  // a simple majority is not special
  EXPECT_EQ(CheckSpecialThreshold({4, 3}, "threshold").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(CheckSpecialThreshold(kTwoThirds, "threshold").ok());
  EXPECT_NE(CheckSpecialThreshold({1, 2}, "threshold").message().find("threshold"),
            std::string::npos);
}

TEST(MotionResultTest, FractionsAreDescribedAsPeopleSayThem) {
  EXPECT_EQ(DescribeFraction(kThreeQuarters), "3/4 (75%)");
  EXPECT_EQ(DescribeFraction(kTwoThirds), "2/3 (66.7%)");
}

}  // namespace
}  // namespace partnership::meetings
