#include "client/arguments.h"

#include "client/exit_codes.h"
#include "gtest/gtest.h"

namespace partnership::cli {
namespace {

// Every refusal is a usage error (exit 2) whose message starts with the flag.
void ExpectRefused(const absl::Status& status, const std::string& message) {
  EXPECT_TRUE(IsUsageError(status)) << status;
  EXPECT_EQ(ExitCodeFor(status), kExitUsage);
  EXPECT_EQ(status.message(), message);
}

TEST(ArgumentsTest, ImpossibleDateIsRefusedNamingTheFlag) {
  ExpectRefused(ParseIsoDate("--trained-on", "2027-02-30").status(),
                "--trained-on: \"2027-02-30\" is not a date (YYYY-MM-DD)");
}

TEST(ArgumentsTest, LeapDayIsADateOnlyInLeapYears) {
  EXPECT_TRUE(ParseIsoDate("--trained-on", "2028-02-29").ok());
  EXPECT_TRUE(ParseIsoDate("--trained-on", "2000-02-29").ok());
  EXPECT_FALSE(ParseIsoDate("--trained-on", "2027-02-29").ok());
  EXPECT_FALSE(ParseIsoDate("--trained-on", "2100-02-29").ok());
}

TEST(ArgumentsTest, DatesMustBeExactlyYyyyMmDd) {
  for (const char* bad : {"2027-1-05", "27-01-05", "2027/01/05", "2027-13-01", "2027-04-31",
                          "2027-01-00", "2027-01-05 ", "", "+027-01-05", "0000-01-01"}) {
    EXPECT_FALSE(ParseIsoDate("--trained-on", bad).ok()) << bad;
  }
  EXPECT_EQ(*ParseIsoDate("--trained-on", "2027-12-31"), "2027-12-31");
}

TEST(ArgumentsTest, DateListsSplitOnCommasAndDropRepeats) {
  auto dates = ParseDateList("--unavailable", "2027-01-04, 2027-01-05,2027-01-04");
  ASSERT_TRUE(dates.ok()) << dates.status();
  EXPECT_EQ(*dates, (std::vector<std::string>{"2027-01-04", "2027-01-05"}));
  EXPECT_TRUE(ParseDateList("--unavailable", "")->empty());
  ExpectRefused(ParseDateList("--unavailable", "2027-01-04,2027-02-30").status(),
                "--unavailable: \"2027-02-30\" is not a date (YYYY-MM-DD)");
}

TEST(ArgumentsTest, UrnsAreDigitsOnly) {
  EXPECT_EQ(*ParseUrn("--school", "115481"), "115481");
  ExpectRefused(ParseUrn("--school", "11548X").status(),
                "--school: \"11548X\" is not a URN (1 to 8 digits, for example 115481)");
  EXPECT_FALSE(ParseUrn("URN", "").ok());
  EXPECT_FALSE(ParseUrn("URN", "-1").ok());
  EXPECT_FALSE(ParseUrn("URN", "12345678901").ok());
}

TEST(ArgumentsTest, LaCodesAreThreeDigits) {
  EXPECT_TRUE(ParseLaCode("--la", "916").ok());
  EXPECT_FALSE(ParseLaCode("--la", "91").ok());
  EXPECT_FALSE(ParseLaCode("--la", "Glos").ok());
}

TEST(ArgumentsTest, EmailNeedsOneAtAndADottedDomain) {
  EXPECT_TRUE(ParseEmail("--email", "head@coneyhill.gloucs.sch.uk").ok());
  for (const char* bad : {"head", "head@", "@school.uk", "head@school", "a@b@c.uk",
                          "head @school.uk", "head@.uk", "head@school.", "head@school..uk"}) {
    EXPECT_FALSE(ParseEmail("--email", bad).ok()) << bad;
  }
  ExpectRefused(ParseEmail("--email", "head").status(),
                "--email: \"head\" is not an e-mail address");
}

TEST(ArgumentsTest, PositiveIntsRefuseZeroNegativesAndOverflow) {
  EXPECT_EQ(*ParsePositiveInt("--limit", "25"), 25);
  for (const char* bad : {"0", "-3", "2.5", "ten", "", "99999999999"}) {
    EXPECT_FALSE(ParsePositiveInt("--limit", bad).ok()) << bad;
  }
  ExpectRefused(ParsePositiveInt("--limit", "0").status(),
                "--limit: \"0\" is not a positive whole number");
}

TEST(ArgumentsTest, SecondsMayHaveDecimalsButMustBePositive) {
  EXPECT_DOUBLE_EQ(*ParseSeconds("--timeout", "0.5"), 0.5);
  EXPECT_FALSE(ParseSeconds("--timeout", "0").ok());
  EXPECT_FALSE(ParseSeconds("--timeout", "-1").ok());
  EXPECT_FALSE(ParseSeconds("--timeout", "soon").ok());
  EXPECT_FALSE(ParseSeconds("--timeout", "nan").ok());
}

TEST(ArgumentsTest, WeightsAndDistancesMayBeZeroButNotNegative) {
  EXPECT_DOUBLE_EQ(*ParseNonNegative("--fairness-per-day", "0"), 0);
  EXPECT_DOUBLE_EQ(*ParseNonNegative("--fairness-per-day", "500"), 500);
  EXPECT_DOUBLE_EQ(*ParseNonNegative("--max-travel-km", "12.5"), 12.5);
  for (const char* bad : {"-1", "heavy", "", "inf", "nan"}) {
    EXPECT_FALSE(ParseNonNegative("--focus-match", bad).ok()) << bad;
  }
  ExpectRefused(ParseNonNegative("--focus-match", "-2").status(),
                "--focus-match: \"-2\" is not a number of 0 or more");
}

TEST(ArgumentsTest, RolesAreCaseInsensitiveAndAcceptUnderscores) {
  EXPECT_EQ(*ParsePersonRole("--role", "Deputy-Head"), v1::PERSON_ROLE_DEPUTY_HEAD);
  EXPECT_EQ(*ParsePersonRole("--role", "LA_OFFICER"), v1::PERSON_ROLE_LA_OFFICER);
  EXPECT_EQ(*ParseAccessRole("--role", "board-member"), v1::ACCESS_ROLE_BOARD_MEMBER);
}

TEST(ArgumentsTest, UnknownRoleListsTheAllowedValues) {
  ExpectRefused(ParsePersonRole("--role", "wizard").status(),
                "--role: \"wizard\" is not one of headteacher, deputy-head, governor, "
                "la-officer, diocesan-representative, coordinator");
}

TEST(ArgumentsTest, EveryPhaseNameRoundTrips) {
  for (const char* name : {"nursery", "primary", "middle", "secondary", "all-through",
                           "special", "alternative-provision", "post-16", "other"}) {
    auto phase = ParsePhase("--phase", name);
    ASSERT_TRUE(phase.ok()) << name;
    EXPECT_EQ(PhaseName(*phase), name);
  }
  EXPECT_EQ(PhaseName(v1::PHASE_UNSPECIFIED), "");
  EXPECT_FALSE(ParsePhase("--phase", "infant").ok());
}

TEST(ArgumentsTest, BlankTextIsRefused) {
  ExpectRefused(ParseNonEmpty("--label", "  ").status(), "--label: must not be empty");
  EXPECT_EQ(*ParseNonEmpty("--label", " Coney Hill office "), "Coney Hill office");
}

}  // namespace
}  // namespace partnership::cli
