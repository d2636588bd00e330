#include "board/eligibility.h"

#include "board/default_seats.h"
#include "gtest/gtest.h"

namespace partnership::board {
namespace {

using registry::PersonRole;
using registry::Phase;

Seat SeatCalled(const std::string& key) {
  for (const Seat& s : ProposalSeats()) {
    if (s.key == key) return s;
  }
  ADD_FAILURE() << "no seat " << key;
  return Seat();
}

Candidate Who(PersonRole role, std::optional<Phase> phase, bool member) {
  Candidate c;
  c.person.id = 12;
  c.person.given_name = "Ann";
  c.person.family_name = "Smith";
  c.person.role = role;
  c.person.school_urn = phase ? "100002" : "";
  c.school_phase = phase;
  c.active_member = member;
  return c;
}

TEST(EligibilityTest, TheHeadOfASecondaryMemberSchoolMayHoldTheSecondaryHeadSeat) {
  EXPECT_TRUE(CheckEligible(SeatCalled("secondary-head"),
                            Who(PersonRole::kHeadteacher, Phase::kSecondary, true), "2027-01-01")
                  .ok());
}

TEST(EligibilityTest, AGovernorIsRefusedTheHeadsSeatNamingTheRole) {
  absl::Status s = CheckEligible(SeatCalled("secondary-head"),
                                 Who(PersonRole::kGovernor, Phase::kSecondary, true), "2027-01-01");
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(s.message(),
            "person 12 (Ann Smith) is a GOVERNOR, but seat secondary-head is for a HEADTEACHER of "
            "a SECONDARY school that is an active member");
}

TEST(EligibilityTest, APrimaryHeadIsRefusedTheSecondarySeatNamingThePhase) {
  absl::Status s = CheckEligible(SeatCalled("secondary-head"),
                                 Who(PersonRole::kHeadteacher, Phase::kPrimary, true), "2027-01-01");
  EXPECT_NE(s.message().find("is PRIMARY"), std::string::npos) << s;
}

TEST(EligibilityTest, AHeadWhoseSchoolIsNotAMemberIsRefusedNamingTheDay) {
  absl::Status s = CheckEligible(SeatCalled("secondary-head"),
                                 Who(PersonRole::kHeadteacher, Phase::kSecondary, false),
                                 "2027-01-01");
  EXPECT_NE(s.message().find("is not an active member on 2027-01-01"), std::string::npos) << s;
}

TEST(EligibilityTest, TheShadowBoardDoesNotNeedMembersYet) {
  EXPECT_TRUE(CheckEligible(SeatCalled("shadow-secondary-head"),
                            Who(PersonRole::kHeadteacher, Phase::kSecondary, false), "2026-04-01")
                  .ok());
}

TEST(EligibilityTest, AnOfficerOfNoSchoolIsRefusedASchoolSeat) {
  absl::Status s = CheckEligible(SeatCalled("teaching-schools"),
                                 Who(PersonRole::kHeadteacher, std::nullopt, false), "2027-01-01");
  EXPECT_NE(s.message().find("belongs to no school"), std::string::npos) << s;
  EXPECT_TRUE(CheckEligible(SeatCalled("la-representative-1"),
                            Who(PersonRole::kLaOfficer, std::nullopt, false), "2027-01-01")
                  .ok());
  EXPECT_TRUE(CheckEligible(SeatCalled("independent-chair"),
                            Who(PersonRole::kCoordinator, std::nullopt, false), "2027-01-01")
                  .ok());
}

}  // namespace
}  // namespace partnership::board
