#include "client/membership_arguments.h"

#include "client/exit_codes.h"
#include "gtest/gtest.h"

namespace partnership::cli {
namespace {

void ExpectRefused(const std::string& csv, const std::string& where) {
  auto r = ParseBandingCsv("bands.csv", csv);
  ASSERT_FALSE(r.ok()) << csv;
  EXPECT_TRUE(IsUsageError(r.status()));
  EXPECT_NE(r.status().message().find(where), std::string::npos) << r.status().message();
}

TEST(BandingCsvTest, ReadsPoundsOrPenceInAnyColumnOrder) {
  auto r = ParseBandingCsv("bands.csv",
                           "min_pupils,max_pupils,annual_amount\r\n0,199,250\r\n"
                           "200,599,\"£1,250.5\"\r\n\r\n600,,1000.00\r\n");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->size(), 3);
  EXPECT_EQ((*r)[0].annual_pence(), 25000);
  EXPECT_EQ((*r)[1].annual_pence(), 125050);
  EXPECT_EQ((*r)[1].max_pupils(), 599);
  EXPECT_FALSE((*r)[2].has_max_pupils());
  auto pence = ParseBandingCsv("b.csv", "annual_pence,max_pupils,min_pupils\n500,,0\n");
  ASSERT_TRUE(pence.ok()) << pence.status();
  EXPECT_EQ((*pence)[0].annual_pence(), 500);
}

TEST(BandingCsvTest, ProblemsNameTheRowAndColumn) {
  const std::string header = "min_pupils,max_pupils,annual_amount\n";
  ExpectRefused(header + "0,199,250\n250,,500\n", "row 3, column min_pupils: 250 leaves a gap");
  ExpectRefused(header + "0,199,250\n150,,500\n", "row 3, column min_pupils: 150 overlaps row 2");
  ExpectRefused(header + "5,199,250\n200,,500\n", "row 2, column min_pupils");
  ExpectRefused(header + "0,199,250\n200,999,500\n", "row 3, column max_pupils");
  ExpectRefused(header + "0,,250\n200,,500\n", "row 2, column max_pupils");
  ExpectRefused(header + "0,199,-250\n200,,500\n", "row 2, column annual_amount");
  ExpectRefused(header + "0,abc,250\n200,,500\n", "row 2, column max_pupils");
  ExpectRefused(header + "0,199,250\n200,,twelve\n", "row 3, column annual_amount");
  ExpectRefused("min,max,amount\n0,,1\n", "row 1: no column min_pupils");
  ExpectRefused(header, "no bands");
  ExpectRefused("", "empty");
}

TEST(MembershipArgumentsTest, AcademicYearsAsTheyAreWritten) {
  EXPECT_EQ(ParseAcademicYear("--year", "2026-27").value(), "2026-27");
  EXPECT_EQ(ParseAcademicYear("--year", "2099-00").value(), "2099-00");
  for (const char* bad : {"2026-28", "2026/27", "26-27", "2026-2027", "2026-2x", ""}) {
    auto r = ParseAcademicYear("--year", bad);
    EXPECT_TRUE(IsUsageError(r.status())) << bad;
    EXPECT_NE(r.status().message().find("--year"), std::string::npos);
  }
  EXPECT_TRUE(ParseAcademicYear("y", CurrentAcademicYear()).ok()) << CurrentAcademicYear();
}

TEST(BandingCsvTest, PoundsAsPeopleTypeThem) {
  EXPECT_EQ(ParsePounds("--x", "37500").value(), 3750000);
  EXPECT_EQ(ParsePounds("--x", "37,500.5").value(), 3750050);
  EXPECT_EQ(ParsePounds("--x", "£0.05").value(), 5);
  EXPECT_FALSE(ParsePounds("--x", "-1").ok());
  EXPECT_FALSE(ParsePounds("--x", "1.234").ok());
  EXPECT_FALSE(ParsePounds("--x", "").ok());
  EXPECT_EQ(FormatPence(3750050), "£37,500.50");
}

}  // namespace
}  // namespace partnership::cli
