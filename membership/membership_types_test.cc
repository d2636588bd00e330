// Academic years, the banding rules, the standard text and ActiveOn: no database.
#include "gtest/gtest.h"
#include "membership/academic_year.h"
#include "membership/agreement.h"
#include "membership/agreement_text.h"
#include "membership/banding.h"

namespace partnership::membership {
namespace {

TEST(AcademicYearTest, ReadsTheUsualSpellingAndRefusesOthersNamingTheField) {
  auto y = ParseAcademicYear("2026-27", "academic_year");
  ASSERT_TRUE(y.ok()) << y.status();
  EXPECT_EQ(y->Name(), "2026-27");
  EXPECT_EQ(y->FirstDay(), "2026-09-01");
  EXPECT_EQ(y->LastDay(), "2027-08-31");
  EXPECT_EQ(y->Next().Name(), "2027-28");
  EXPECT_EQ(ParseAcademicYear("2099-00", "y")->Name(), "2099-00");
  for (const char* bad : {"2026-28", "2026/27", "26-27", "2026-2027", "", "abcd-ef"}) {
    auto r = ParseAcademicYear(bad, "academic_year");
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_NE(r.status().message().find("academic_year"), std::string::npos) << bad;
  }
}

TEST(AcademicYearTest, AugustBelongsToTheYearBeforeAndSeptemberStartsTheNext) {
  EXPECT_EQ(AcademicYearOf("2027-08-31").Name(), "2026-27");
  EXPECT_EQ(AcademicYearOf("2027-09-01").Name(), "2027-28");
  EXPECT_EQ(AcademicYearOf("2027-01-15").Name(), "2026-27");
  EXPECT_TRUE(AcademicYear(2026).Contains("2026-09-01"));
  EXPECT_FALSE(AcademicYear(2026).Contains("2027-09-01"));
}

Banding ThreeBands() {
  Banding b;
  b.academic_year = "2026-27";
  b.bands = {{0, 199, 25000}, {200, 599, 50000}, {600, std::nullopt, 100000}};
  b.la_contribution_pence = 3750000;
  return b;
}

TEST(BandingTest, EverySchoolFallsInExactlyOneBand) {
  Banding b = ThreeBands();
  ASSERT_TRUE(CheckBanding(b).ok()) << CheckBanding(b);
  EXPECT_EQ(ContributionFor(b, 0), 25000);
  EXPECT_EQ(ContributionFor(b, 199), 25000);
  EXPECT_EQ(ContributionFor(b, 200), 50000);
  EXPECT_EQ(ContributionFor(b, 1900), 100000);
  EXPECT_EQ(ContributionFor(b, std::nullopt), std::nullopt);
}

void ExpectRefused(const Banding& b, const std::string& field) {
  absl::Status s = CheckBanding(b);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << field;
  EXPECT_NE(s.message().find(field), std::string::npos) << s.message();
}

TEST(BandingTest, GapsOverlapsOpenEndsAndNegativeAmountsAreRefusedNamingTheBand) {
  Banding gap = ThreeBands();
  gap.bands[1].min_pupils = 250;
  ExpectRefused(gap, "banding.bands[1].min_pupils");
  Banding overlap = ThreeBands();
  overlap.bands[2].min_pupils = 500;
  ExpectRefused(overlap, "banding.bands[2].min_pupils");
  Banding late_start = ThreeBands();
  late_start.bands[0].min_pupils = 1;
  ExpectRefused(late_start, "banding.bands[0].min_pupils");
  Banding capped = ThreeBands();
  capped.bands[2].max_pupils = 3000;
  ExpectRefused(capped, "banding.bands[2].max_pupils");
  Banding open_middle = ThreeBands();
  open_middle.bands[0].max_pupils.reset();
  ExpectRefused(open_middle, "banding.bands[0].max_pupils");
  Banding upside_down = ThreeBands();
  upside_down.bands = {{0, 100, 1}, {101, 50, 1}, {51, std::nullopt, 1}};
  ExpectRefused(upside_down, "banding.bands[1].max_pupils");
  Banding negative = ThreeBands();
  negative.bands[1].annual_pence = -1;
  ExpectRefused(negative, "banding.bands[1].annual_pence");
  Banding la = ThreeBands();
  la.la_contribution_pence = -5;
  ExpectRefused(la, "banding.la_contribution_pence");
  Banding none = ThreeBands();
  none.bands.clear();
  ExpectRefused(none, "banding.bands");
  Banding year = ThreeBands();
  year.academic_year = "2026";
  ExpectRefused(year, "banding.academic_year");
}

TEST(BandingTest, PoundsAreWrittenAsPeopleWriteThem) {
  EXPECT_EQ(FormatPounds(0), "£0.00");
  EXPECT_EQ(FormatPounds(25050), "£250.50");
  EXPECT_EQ(FormatPounds(7500000), "£75,000.00");
}

AgreementText FourClauses() {
  AgreementText t;
  t.title = "Membership agreement";
  t.first_academic_year = "2026-27";
  t.clauses = {{1, ClauseSection::kRights, "Votes", "Votes for the board and at the AGM."},
               {2, ClauseSection::kWaysOfWorking, "Ways of working", "Together."},
               {3, ClauseSection::kBenefits, "Peer review", "One a year."},
               {4, ClauseSection::kCommitments, "Sharing data", "The school shares data."}};
  return t;
}

TEST(AgreementTextTest, TextMissingASectionOrMisnumberedIsRefused) {
  ASSERT_TRUE(CheckAgreementText(FourClauses()).ok());
  AgreementText t = FourClauses();
  t.clauses[2].number = 9;
  EXPECT_NE(CheckAgreementText(t).message().find("text.clauses[2].number"), std::string::npos);
  AgreementText no_data = FourClauses();
  while (no_data.clauses.back().section == ClauseSection::kCommitments) no_data.clauses.pop_back();
  EXPECT_NE(CheckAgreementText(no_data).message().find("COMMITMENTS"), std::string::npos);
  AgreementText backwards = FourClauses();
  backwards.last_academic_year = "2025-26";
  EXPECT_NE(CheckAgreementText(backwards).message().find("text.last_academic_year"),
            std::string::npos);
}

TEST(AgreementTest, ActiveOnFollowsSuspensionAndReinstatementDates) {
  Agreement a;
  a.academic_year = "2026-27";
  auto step = [&](AgreementAction action, const char* on, AgreementStatus after) {
    a.history.push_back(AgreementEvent{action, on, after, "", "", ""});
  };
  step(AgreementAction::kApply, "2026-06-01", AgreementStatus::kApplied);
  step(AgreementAction::kApprove, "2026-06-20", AgreementStatus::kApproved);
  step(AgreementAction::kSign, "2026-10-01", AgreementStatus::kActive);
  step(AgreementAction::kSuspend, "2027-01-10", AgreementStatus::kSuspended);
  step(AgreementAction::kReinstate, "2027-02-01", AgreementStatus::kActive);
  EXPECT_FALSE(ActiveOn(a, "2026-07-01"));   // before the year
  EXPECT_FALSE(ActiveOn(a, "2026-09-15"));   // in the year, not yet signed
  EXPECT_TRUE(ActiveOn(a, "2026-10-01"));
  EXPECT_FALSE(ActiveOn(a, "2027-01-10"));
  EXPECT_TRUE(ActiveOn(a, "2027-02-01"));
  EXPECT_TRUE(ActiveOn(a, "2027-08-31"));
  EXPECT_FALSE(ActiveOn(a, "2027-09-01"));   // the next year needs its own agreement
}

}  // namespace
}  // namespace partnership::membership
